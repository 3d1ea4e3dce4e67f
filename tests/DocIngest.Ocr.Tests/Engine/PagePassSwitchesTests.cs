using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Tests.Engine;

public sealed class PagePassSwitchesTests
{
    [Fact]
    public void IsOn_NameTypedWithDashes_SwitchesOffThatPassOnly()
    {
        var switches = new PagePassSwitches(["cell-re-read", "Deskew"]);

        Assert.False(switches.IsOn(PageStages.CellReread));
        Assert.False(switches.IsOn(PageStages.Skew));
        Assert.True(switches.IsOn(PageStages.TableGrids));
        Assert.True(PagePassSwitches.AllOn.IsOn(PageStages.CellReread));
    }

    [Fact]
    public void Constructor_UnknownOrUnswitchableName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PagePassSwitches(["deskw"]));
        // Every later pass reads the binary page: binarisation cannot be left out.
        Assert.Throws<ArgumentException>(() => new PagePassSwitches([PageStages.Binarise]));
    }
}
