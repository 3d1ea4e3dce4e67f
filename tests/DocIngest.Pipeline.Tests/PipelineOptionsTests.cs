using DocIngest.Ocr.Layout;

namespace DocIngest.Pipeline.Tests;

public class PipelineOptionsTests
{
    [Fact]
    public void Check_Defaults_Pass() => new PipelineOptions().Check();

    [Fact]
    public void Check_ConfidenceAboveOne_NamesThePassAndTheValue()
    {
        var options = new PipelineOptions { MissedLines = new MissedLineOptions { MinConfidence = 1.5 } };

        var error = Assert.Throws<ArgumentException>(() => options.Check());

        Assert.Contains("DocIngest:Pipeline:MissedLines:MinConfidence", error.Message);
    }

    [Fact]
    public void Check_NestedCellRereadOutOfRange_Throws()
    {
        var options = new PipelineOptions { Cells = new CellOcrOptions { Reread = new CellRereadOptions { MaxLines = 0 } } };

        var error = Assert.Throws<ArgumentException>(() => options.Check());

        Assert.Contains("Cells:Reread:MaxLines", error.Message);
    }

    [Fact]
    public void Check_PageSpecksLargerThanLetters_Throws()
    {
        // A tenth of an inch is a letter's size: whitening that would erase text.
        var error = Assert.Throws<ArgumentException>(() => new PipelineOptions { PageSpecks = new PageSpeckOptions { SideInches = 0.1 } }.Check());

        Assert.Contains("PageSpecks:SideInches", error.Message);
    }

    [Fact]
    public void Check_ThinStrokeRadiusOverThree_Throws()
    {
        // Spreading ink by more than three pixels closes the loops of body-text letters at 300 dpi.
        var error = Assert.Throws<ArgumentException>(() => new PipelineOptions { ThinStrokes = new() { Radius = 4 } }.Check());

        Assert.Contains("ThinStrokes:Radius", error.Message);
    }

    [Fact]
    public void Check_DigitModelConfidenceAboveOne_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new PipelineOptions { DigitGlyphs = new() { MinConfidence = 2f } }.Check());

        Assert.Contains("DigitGlyphs:MinConfidence", error.Message);
    }

    [Fact]
    public void Check_UnknownPassSwitchedOff_ListsThePasses()
    {
        var error = Assert.Throws<ArgumentException>(() => new PipelineOptions { Without = ["tall-lines"] }.Check());

        Assert.Contains("tall-lines", error.Message);
        Assert.Contains("missed-lines", error.Message);
    }

    [Fact]
    public void Check_SectionLeftEmpty_Throws() =>
        Assert.Throws<ArgumentException>(() => new PipelineOptions { PageNumbers = null! }.Check());

    [Fact]
    public void ExtractionOptionsValidate_BadPassOption_Throws() =>
        Assert.Throws<ArgumentException>(() => new ExtractionOptions { Pipeline = new PipelineOptions { LatinWords = new LatinWordOptions { MinThaiLength = 0 } } }.Validate());
}
