using DocIngest.Ocr.Engine;

namespace DocIngest.Pipeline.Tests;

public sealed class DefaultEnginesTests
{
    private static TesseractEngineOptions Options(string languages) => new("/tessdata", languages, TesseractEngineOptions.DefaultVariables);

    [Theory]
    [InlineData("tha+eng", "tha")]
    [InlineData("eng+tha", "tha")]
    [InlineData("tha+eng+lao", "tha+lao")]
    public void WithoutEnglish_EnglishAmongOthers_OthersKept(string languages, string expected)
    {
        var options = DefaultEngines.WithoutEnglish(Options(languages));

        Assert.Equal(expected, options?.Languages);
        Assert.Equal("/tessdata", options?.TessdataPath);
    }

    [Theory]
    [InlineData("tha")]
    [InlineData("eng")]
    public void WithoutEnglish_NoEnglishOrOnlyEnglish_Null(string languages) =>
        Assert.Null(DefaultEngines.WithoutEnglish(Options(languages)));

    [Fact]
    public void PassNames_PagePassesLinePassesCorrectors_InThePageOrder()
    {
        var names = DefaultEngines.PassNames;

        Assert.True(names.ToList().IndexOf("deskew") < names.ToList().IndexOf("missed lines"));
        Assert.True(names.ToList().IndexOf("cell re-read") < names.ToList().IndexOf("missed lines"));
        // The correctors, then the item numbers, which judge a line by the items the correctors put right.
        Assert.Equal("lexicon", names[^2], ignoreCase: true);
        Assert.Equal("item numbers", names[^1]);
    }

    [Theory]
    [InlineData("deskew")]
    [InlineData("table-grids")]
    [InlineData("Latin-words")]
    [InlineData("cued-numbers")]
    [InlineData("item-numbers")]
    public void RequireKnownPasses_PageOrLinePassName_Accepted(string name) => DefaultEngines.RequireKnownPasses([name]);

    [Fact]
    public void RequireKnownPasses_UnknownName_ThrowsListingThePasses()
    {
        var error = Assert.Throws<ArgumentException>(() => DefaultEngines.RequireKnownPasses(["binarise"]));

        Assert.Contains("cell-re-read", error.Message);
    }

    [Fact]
    public void Create_LanguagesOption_EnginesLoadThoseLanguages()
    {
        // A language with no traineddata in the committed tessdata: the check names it, so the option reached the engines.
        var error = Assert.Throws<TessdataNotFoundException>(() => DefaultEngines.Create(new ExtractionOptions { Languages = "tha+kor" }));

        Assert.Contains("kor.traineddata", error.Message);
    }

    [Fact]
    public void Create_TessdataPathNotAFolder_ErrorNamesIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"tessdata-{Guid.NewGuid():N}");

        var error = Assert.Throws<TessdataNotFoundException>(() => DefaultEngines.Create(new ExtractionOptions { TessdataPath = missing }));

        Assert.Contains(missing, error.Message);
    }
}
