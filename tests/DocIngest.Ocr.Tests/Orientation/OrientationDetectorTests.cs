using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Orientation;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Orientation;

/// <summary>Tesseract's osd model on a rendered Thai table page (real engine).</summary>
public sealed class OrientationDetectorTests : IDisposable
{
    private readonly OrientationDetector detector = new(OrientationDetector.FindModelFolder(TessdataLocator.Locate())
        ?? throw new InvalidOperationException("osd.traineddata is missing: install tesseract-ocr-osd (scripts/setup.sh)"));

    private static GrayImage TablePage() => new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout("measure-table.png")), 0);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(180, 180)]
    [InlineData(90, 270)]
    [InlineData(270, 90)]
    public void Detect_PageTurnedClockwise_TheTurnThatStandsItUpright(int turnedBy, int expected)
    {
        var page = QuarterTurn.Rotate(TablePage(), turnedBy);

        var found = detector.Detect(page);

        Assert.NotNull(found);
        Assert.Equal(expected, found.Value.ClockwiseTurn);
    }

    [Fact]
    public void Detect_BlankPage_Null()
    {
        Assert.Null(detector.Detect(new GrayImage(2000, 2600, dpi: 300)));
    }

    [Fact]
    public void FindModelFolder_TessdataWithoutOsd_TheSystemFolderWhenItHasTheModel()
    {
        var empty = Directory.CreateTempSubdirectory("docingest-tessdata-").FullName;
        try
        {
            bool system = File.Exists(Path.Combine(OrientationDetector.SystemTessdata, "osd.traineddata"));

            Assert.Equal(system ? OrientationDetector.SystemTessdata : null, OrientationDetector.FindModelFolder(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    public void Dispose() => detector.Dispose();
}
