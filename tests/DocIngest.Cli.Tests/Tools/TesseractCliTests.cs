using DocIngest.Ocr.Imaging;
using DocIngest.Cli.Evaluation;
using DocIngest.Cli.Tools;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests.Tools;

public class TesseractCliTests : TempDirectoryTest
{
    [Fact]
    public void Run_RenderedThaiLine_ReadsItBackAndReportsPeakMemory()
    {
        const string line = "บันทึกข้อความ ส่วนราชการ สำนักปลัด";
        var pdf = Write("line.pdf", TestPdfs.WithLines(line));
        var pgm = Path.Combine(Directory, "line.pgm");
        File.WriteAllBytes(pgm, PgmCodec.Write(new PdfPageRasterizer().Render(pdf, 1, 300)));

        var run = new TesseractCli().Run(pgm);

        Assert.InRange(TextDistance.CharacterErrorRate(line, run.Text), 0, 0.3);
        Assert.True(run.PeakMemoryBytes > 1024 * 1024, $"peak {run.PeakMemoryBytes} bytes");
    }
}
