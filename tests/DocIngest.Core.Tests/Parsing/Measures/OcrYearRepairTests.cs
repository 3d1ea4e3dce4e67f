using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class OcrYearRepairTests
{
    [Theory]
    [InlineData("๒๕๖๖", 2566, 2566)]
    [InlineData("๒๕๒๐๒๐", 2566, 2566)]
    [InlineData("๒๕๒๐๕", 2566, 2565)]
    [InlineData("๒๕๓๐", 2570, 2570)]
    [InlineData("๒๕๐๕", 2566, 2565)]
    [InlineData("2565", 2566, 2565)]
    [InlineData("๖๕", 2566, 2565)]
    public void Resolve_PrintedOrGarbledYear_NearestPlausibleReading(string printed, int reference, int expected)
    {
        Assert.Equal(expected, OcrYearRepair.Resolve(printed, reference));
    }

    [Theory]
    [InlineData("2520205", 2566)]
    [InlineData("๑๑", 2566)]
    [InlineData("๒๕๑๑", 2566)]
    public void Resolve_NoPlausibleReading_Null(string printed, int reference)
    {
        Assert.Null(OcrYearRepair.Resolve(printed, reference));
    }

    [Fact]
    public void Readings_GarbledSix_IncludesPrintedDigit()
    {
        Assert.Contains("๒๕๖๖", OcrYearRepair.Readings("๒๕๒๐๒๐"));
    }
}
