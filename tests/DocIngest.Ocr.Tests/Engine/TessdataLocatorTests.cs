using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Tests.Engine;

public sealed class TessdataLocatorTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("docingest-locator-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void Locate_OverrideFolderExists_ReturnsIt()
    {
        Assert.Equal(root.FullName, TessdataLocator.Locate(root.FullName, []));
    }

    [Fact]
    public void Locate_OverrideMissing_ThrowsNamingVariable()
    {
        var error = Assert.Throws<TessdataNotFoundException>(() => TessdataLocator.Locate(Path.Combine(root.FullName, "nope"), []));

        Assert.Contains(TessdataLocator.EnvironmentVariable, error.Message);
    }

    [Fact]
    public void Locate_TessdataAboveStartFolder_FoundByWalkingUp()
    {
        var tessdata = root.CreateSubdirectory("tessdata");
        var deep = root.CreateSubdirectory("bin/Debug/net10.0");

        Assert.Equal(tessdata.FullName, TessdataLocator.Locate(null, [deep.FullName]));
    }

    [Fact]
    public void Locate_NoneAnywhere_ThrowsOneLineMessage()
    {
        var error = Assert.Throws<TessdataNotFoundException>(() => TessdataLocator.Locate(null, [root.CreateSubdirectory("a").FullName]));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(TessdataLocator.EnvironmentVariable, error.Message);
    }

    [Fact]
    public void Locate_FromTestBinaries_FindsCommittedModels()
    {
        var folder = TessdataLocator.Locate();

        TraineddataValidator.Validate(folder, TesseractEngineOptions.DefaultLanguages);
    }

    [Fact]
    public void ValidateFile_Empty_SaysEmpty()
    {
        var path = Path.Combine(root.FullName, "tha.traineddata");
        File.WriteAllBytes(path, []);

        var error = Assert.Throws<TessdataNotFoundException>(() => TraineddataValidator.ValidateFile(path));

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void ValidateFile_TextFile_SaysNotTraineddata()
    {
        var path = Path.Combine(root.FullName, "tha.traineddata");
        File.WriteAllText(path, "<html>404 Not Found</html>");

        var error = Assert.Throws<TessdataNotFoundException>(() => TraineddataValidator.ValidateFile(path));

        Assert.Contains("not a traineddata file", error.Message);
    }

    [Fact]
    public void Engine_TruncatedModel_RefusesToStartWithClearMessage()
    {
        var real = File.ReadAllBytes(Path.Combine(TessdataLocator.Locate(), "tha.traineddata"));
        File.WriteAllBytes(Path.Combine(root.FullName, "tha.traineddata"), real[..1000]);

        var error = Assert.Throws<TessdataNotFoundException>(() => new TesseractEngine(new TesseractEngineOptions(root.FullName, "tha", TesseractEngineOptions.DefaultVariables)));

        Assert.Contains("tha.traineddata", error.Message);
    }
}
