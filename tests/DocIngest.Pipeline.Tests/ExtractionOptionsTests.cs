namespace DocIngest.Pipeline.Tests;

public class ExtractionOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new ExtractionOptions().Validate();

        Assert.Equal(Environment.ProcessorCount, options.Workers);
        Assert.Equal(120_000_000, options.MaxImagePixels);
    }

    [Fact]
    public void Validate_ZeroWorkers_NamesTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExtractionOptions { Workers = 0 }.Validate());

        Assert.Contains("Workers", error.Message);
    }

    [Fact]
    public void Validate_TinyRenderDpi_Throws() =>
        Assert.Throws<ArgumentException>(() => new ExtractionOptions { RenderDpi = 10 }.Validate());

    [Fact]
    public void Validate_BlankModelDirectory_NamesTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExtractionOptions { ModelDirectory = " " }.Validate());

        Assert.Contains("ModelDirectory", error.Message);
    }

    [Fact]
    public void Validate_ModelDirectoryNotYetCreated_Passes() =>
        Assert.Equal("data/models", new ExtractionOptions { ModelDirectory = "data/models" }.Validate().ModelDirectory);

    [Theory]
    [InlineData("TessdataPath")]
    [InlineData("Languages")]
    [InlineData("TrainingDirectory")]
    public void Validate_BlankHostSetting_NamesTheOption(string name)
    {
        var options = name switch
        {
            "TessdataPath" => new ExtractionOptions { TessdataPath = " " },
            "Languages" => new ExtractionOptions { Languages = "" },
            _ => new ExtractionOptions { TrainingDirectory = "  " },
        };

        var error = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.Contains(name, error.Message);
    }
}
