using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Tests.TestSupport;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class ScanImageTests
{
    [Fact]
    public void Placed_BoxOfTheSameShape_KeepsTheAxes()
    {
        var scan = ScanImage.Placed(2480, 3508, 595, 842);

        Assert.Equal((2480, 3508), (scan.Width, scan.Height));
        Assert.Equal(300, scan.DeclaredDpi);
    }

    [Fact]
    public void Placed_PictureStoredTurnedAQuarter_SwapsItsAxes()
    {
        // A fax stored landscape, turned upright by the page's transform.
        var scan = ScanImage.Placed(2339, 1700, 595, 842);

        Assert.Equal((1700, 2339), (scan.Width, scan.Height));
    }

    [Fact]
    public void Resolutions_ScanDeclaredAt96Dpi_RendersItsOwnPixelsReadAtThePaperScale()
    {
        // A 300-dpi A4 scan declared at 96 dpi: a page 25.8 inches wide.
        var scan = ScanImage.Placed(2480, 3508, 2480 / 96.0 * 72, 3508 / 96.0 * 72);

        var (render, read) = scan.Resolutions(2480 / 96.0 * 72, 3508 / 96.0 * 72, maxReadDpi: 300);

        Assert.Equal(96, render);
        Assert.Equal(300, read);
    }

    [Fact]
    public void Resolutions_FineScan_ShrunkToTheReadResolution()
    {
        var scan = ScanImage.Placed(4960, 7016, 595, 842);

        var (render, read) = scan.Resolutions(595, 842, maxReadDpi: 300);

        Assert.Equal(300, render);
        Assert.Equal(300, read);
    }

    [Fact]
    public void Resolutions_200DpiScan_EnlargedToTheReadResolution()
    {
        var scan = ScanImage.Placed(1653, 2339, 595, 842);

        Assert.Equal((300, 300), scan.Resolutions(595, 842, maxReadDpi: 300));
    }

    [Fact]
    public void Resolutions_CoarseScan_EnlargedAtMostTwofold()
    {
        var scan = ScanImage.Placed(620, 877, 595, 842); // 75 dpi

        var (render, read) = scan.Resolutions(595, 842, maxReadDpi: 300);

        Assert.Equal(150, render);
        Assert.Equal(150, read);
    }

    [Fact]
    public void Load_ScanDeclaredAtScreenResolution_ReadAtItsOwnPixelsNotBlownUp()
    {
        // 150-dpi A4 pixels placed as if at 96 dpi: a page 12.9 inches wide that a fixed 300-dpi render would make 3875 px wide.
        var pixels = new GrayImage(1240, 1754, dpi: 150);
        for (int x = 100; x < 1140; x++) pixels[x, 200] = 0;
        double width = 1240 / 96.0 * 72, height = 1754 / 96.0 * 72;
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(width, height);
        page.AddPng(TestPng.Encode(pixels), new PdfRectangle(0, 0, width, height));
        var path = TestPdfs.WriteTemp(builder.Build());
        try
        {
            var loader = new PdfLoader(new PdfPageRasterizer(), new ExtractionOptions());
            var source = Assert.IsType<ImageSourcePage>(Assert.Single(loader.Load(new SourceFile(path, File.ReadAllBytes(path)), CancellationToken.None).Pages));

            var image = source.Render();

            // The 150-dpi scan enlarged twofold and read at 300 dpi, not 3875 px wide (a claimed 300 dpi over 12.9 inches).
            Assert.InRange(image.Width, 2470, 2490);
            Assert.Equal(300, image.Dpi);
            Assert.Contains(source.Warnings, w => w.Contains("declared at 96 dpi"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
