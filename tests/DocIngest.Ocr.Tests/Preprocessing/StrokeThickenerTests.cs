using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class StrokeThickenerTests
{
    private readonly StrokeThickener thickener = new();

    [Fact]
    public void Thicken_OnePixelGreyLine_SpreadsItAPixelEachWayKeepingItsLevel()
    {
        var page = new GrayImage(40, 20, dpi: 300);
        for (int x = 5; x < 35; x++) page[x, 10] = 120;

        var thick = thickener.Thicken(page);

        Assert.Equal(120, thick[20, 9]);
        Assert.Equal(120, thick[20, 10]);
        Assert.Equal(120, thick[20, 11]);
        Assert.Equal(255, thick[20, 8]);
        Assert.Equal(255, thick[20, 12]);
        Assert.Equal(120, thick[4, 10]);
        Assert.Equal(255, thick[3, 10]);
    }

    [Theory]
    [InlineData(0.6, 150, 120, true)]   // strokes broken into dots, caught grey: thin or faint ink
    [InlineData(0.6, 150, 95, true)]    // the same, its surviving strokes darker (bold labels survive)
    [InlineData(0.6, 40, 0, false)]     // as many short pieces, but black: speckle on a bilevel copy
    [InlineData(0.67, 103, 0, false)]   // grey pieces beside black letters: a copy's speckle, turned straight
    [InlineData(0.3, 150, 150, false)]  // grey ink in whole strokes: a grey JPEG or a phone photo
    public void IsThin_BrokenAndGreyInkOnly(double broken, int level, int strokeLevel, bool thin)
    {
        var measured = new StrokeWidth(2, 20, StrokeInk: (long)Math.Round(1000 * (1 - broken)), Ink: 1000, InkLevel: level, StrokeLevel: strokeLevel);

        Assert.Equal(thin, thickener.IsThin(measured));
    }

    [Fact]
    public void Constructor_RadiusOutsideOneToThree_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StrokeThickener(radius: 4));

    /// <summary>
    /// The header of a tuning memo (memo-district-1) as tools/corpus/hard-headers.py's scan300-thin capture renders it:
    /// ink thinned by a pixel each way, as a worn ribbon or light toner prints it, then blurred and noised.
    /// </summary>
    private static GrayImage ThinInkHeader() => EngineFixtures.Image("memo-header-thin-ink.png");

    [Fact]
    public void Process_ThinInkHeader_ThickensAndMendsTheBrokenStrokes()
    {
        var plain = new PagePreprocessor(switches: new PagePassSwitches(["thin-strokes"])).Process(ThinInkHeader());

        var page = new PagePreprocessor().Process(ThinInkHeader());

        Assert.Contains(page.Warnings, w => w.StartsWith("thin or faint strokes thickened"));
        double before = StrokeWidth.Measure(plain.Binary).BrokenShare, after = StrokeWidth.Measure(page.Binary).BrokenShare;
        Assert.True(before > 0.6 && after < 0.4, $"broken ink {before:P0} -> {after:P0}");
    }

    [Fact]
    public void Process_ThinStrokesSwitchedOff_LeavesThePage()
    {
        var page = new PagePreprocessor(switches: new PagePassSwitches(["thin-strokes"])).Process(ThinInkHeader());

        Assert.DoesNotContain(page.Warnings, w => w.StartsWith("thin or faint strokes"));
    }

    /// <summary>
    /// The short last page of a tuning photocopy (announcement-measures-1 p2 as tools/corpus/prepare.py --documents scans
    /// it, photocopy300-bilevel): six lines of black letters over a page of speckle, which the deskew turns grey.
    /// </summary>
    [Fact]
    public void Process_PhotocopyShortLastPage_LeftAlone()
    {
        var page = EngineFixtures.Image("announcement-photocopy-last-page.png");
        var plain = new PagePreprocessor(switches: new PagePassSwitches(["thin-strokes"])).Process(page);
        var measured = StrokeWidth.Measure(plain.Binary, plain.Gray);

        var processed = new PagePreprocessor().Process(page);

        // What made the pass fire: most of the ink in short pieces, and grey.
        Assert.True(measured.BrokenShare > 0.6 && measured.InkLevel >= 100, $"broken {measured.BrokenShare:P0}, ink level {measured.InkLevel}");
        Assert.True(measured.StrokeLevel < 30, $"stroke level {measured.StrokeLevel}");
        Assert.DoesNotContain(processed.Warnings, w => w.StartsWith("thin or faint strokes"));
    }

    [Theory]
    [InlineData("thai-prose.png")]
    [InlineData("thai-prose-scan.png")]
    public void Process_PrintedPage_LeftAlone(string fixture)
    {
        var page = new PagePreprocessor().Process(EngineFixtures.Image(fixture));

        Assert.DoesNotContain(page.Warnings, w => w.StartsWith("thin or faint strokes"));
    }
}
