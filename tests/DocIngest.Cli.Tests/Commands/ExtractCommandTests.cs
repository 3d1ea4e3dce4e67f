using System.Text;
using DocIngest.Cli.Tests.Schema;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests.Commands;

public class ExtractCommandTests : TempDirectoryTest
{
    private static void AssertSchemaValid(string json)
    {
        var errors = ExtractionSchema.Validator.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Extract_BatchWithBadFiles_ReportsOneLineEachAndGoesOn()
    {
        var good = Write("memo.pdf", TestPdfs.WithLines("บันทึกข้อความ ส่วนราชการ กองคลัง"));
        var empty = Write("empty.pdf", []);
        var text = Write("notes.pdf", Encoding.UTF8.GetBytes("นี่คือข้อความธรรมดา ไม่ใช่ PDF\n"));
        var scan = Write("scan.png", TestImages.PngHeader(50, 70));
        var outDir = Path.Combine(Directory, "out");

        var run = CliRun.Invoke("extract", good, empty, text, scan, "--out", outDir);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(
            [$"docingest: {empty}: file is empty (0 bytes)", $"docingest: {text}: not a supported document (looks like plain text)"],
            run.ErrorLines);
        Assert.Equal(["memo.json", "scan.json"], System.IO.Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        AssertSchemaValid(File.ReadAllText(Path.Combine(outDir, "memo.json")));
        AssertSchemaValid(File.ReadAllText(Path.Combine(outDir, "scan.json")));
    }

    [Fact]
    public void Extract_UnknownPassToSwitchOff_SaysWhichPassesThereAre()
    {
        var scan = Write("scan.png", TestImages.PngHeader(50, 70));

        var run = CliRun.Invoke("extract", scan, "--without", "missed-lines,no-such-pass");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains("no-such-pass", error);
        Assert.Contains("Latin-words", error);
    }

    [Fact]
    public void Extract_PipelineOptionsFile_ReachesTheEnginesWithItsSwitchedOffPasses()
    {
        var scan = Write("scan.png", TestImages.PngHeader(50, 70));
        // The service's appsettings shape, keys in any case, as configuration binds them.
        var settings = Write("appsettings.json", Encoding.UTF8.GetBytes(
            """{ "DocIngest": { "Workers": 2, "pipeline": { "Without": ["page-numbers"], "MissedLines": { "minConfidence": 0.75 }, "Cells": { "Reread": { "MaxLines": 3 } }, "DigitGlyphs": { "MinConfidence": 0.85 } } } }"""));
        var seen = new List<ExtractionOptions>();

        var run = CliRun.Invoke(o => { seen.Add(o); return CliRun.TestEngines(o); }, "extract", scan, "--pipeline-options", settings);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var pipeline = Assert.Single(seen).Pipeline;
        Assert.Equal(0.75, pipeline.MissedLines.MinConfidence);
        Assert.Equal(3, pipeline.Cells.Reread.MaxLines);
        Assert.Equal(0.85f, pipeline.DigitGlyphs.MinConfidence);
        Assert.Equal(4, pipeline.DigitGlyphs.MaxStrayLength); // left out: the default
        Assert.Equal(["page-numbers"], pipeline.Without);
        Assert.Equal(0.12, pipeline.PageNumbers.MarginShare); // left out: the default
    }

    [Theory]
    [InlineData("""{ "DocIngest": { "Pipeline": { "MissedLines": { "MinConfidence": 7 } } } }""", "MinConfidence")]
    [InlineData("""{ "DocIngest": { "Pipeline": { "MissedLines": { "MinConfidense": 0.7 } } } }""", "MinConfidense")]
    [InlineData("""{ "DocIngest": { "Workers": 2 } }""", "no \"DocIngest\" > \"Pipeline\" section")]
    public void Extract_BadPipelineOptionsFile_UsageErrorNamingIt(string json, string named)
    {
        var scan = Write("scan.png", TestImages.PngHeader(50, 70));
        var settings = Write("pipeline.json", Encoding.UTF8.GetBytes(json));

        var run = CliRun.Invoke("extract", scan, "--pipeline-options", settings);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(named, run.ErrorLines[0]);
    }

    [Fact]
    public void Extract_ManyFilesInParallel_WritesStdoutInTheOrderGiven()
    {
        var files = Enumerable.Range(1, 6).Select(n => Write($"scan{n}.png", TestImages.PngHeader(50 + n, 70))).ToArray();

        var run = CliRun.Invoke(["extract", .. files, "--format", "text", "--workers", "3"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var firstLines = run.Out.Split('\n').Where(l => l.StartsWith("หน้า 1 ")).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"หน้า 1 {50 + n}x70"), firstLines);
    }

    [Fact]
    public void Extract_ImageToStdout_PrintsSchemaValidJson()
    {
        var scan = Write("scan.tif", TestImages.PngHeader(50, 70));

        var run = CliRun.Invoke("extract", scan);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        AssertSchemaValid(run.Out);
        var result = ExtractionJson.Deserialize(run.Out);
        Assert.Equal(("scan.tif", "image/png", 2), (result.Source.FileName, result.Source.MediaType, result.Source.PageCount));
        Assert.Equal("หน้า 2 50x70", result.Pages[1].Text);
    }

    [Fact]
    public void Extract_DocxWithTable_IsSchemaValid()
    {
        var docx = Write("order.docx", TestDocx.Build(
            TestDocx.Paragraph("คำสั่งองค์การบริหารส่วนตำบล"),
            TestDocx.Table(2, TestDocx.Row(TestDocx.Cell(["ชื่อ"]), TestDocx.Cell(["ตำแหน่ง"])), TestDocx.Row(TestDocx.Cell(["นายสมชาย ใจดี"]), TestDocx.Cell(["ประธานกรรมการ"])))));

        var run = CliRun.Invoke("extract", docx, "--out", Directory);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var json = File.ReadAllText(Path.Combine(Directory, "order.json"));
        AssertSchemaValid(json);
        var page = Assert.Single(ExtractionJson.Deserialize(json).Pages);
        Assert.Equal("docx", page.Method);
        Assert.Equal("นายสมชาย ใจดี", page.Tables![0].Cells[2].Text);
    }

    [Fact]
    public void Extract_TextFormatWithOut_WritesNameDotTxtWithPagesSeparatedByFormFeed()
    {
        var scan = Write("scan.jpeg", TestImages.PngHeader(20, 30));

        var run = CliRun.Invoke("extract", scan, "--format", "text", "--out", Directory);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("หน้า 1 20x30\n\fหน้า 2 20x30\n", File.ReadAllText(Path.Combine(Directory, "scan.txt")));
    }

    [Fact]
    public void Extract_SameNameTwice_DoesNotOverwrite()
    {
        var pdf = Write("a.pdf", TestPdfs.WithLines("บันทึกข้อความ ส่วนราชการ กองคลัง"));
        var png = Write("a.png", TestImages.PngHeader(20, 30));

        var run = CliRun.Invoke("extract", pdf, png, "--out", Directory);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(Directory, "a.json")));
        Assert.True(File.Exists(Path.Combine(Directory, "a.png.json")));
    }

    [Fact]
    public void Extract_NoOcrEngine_SaysSoInOneLine()
    {
        var scan = Write("scan.png", TestImages.PngHeader(20, 30));

        var run = CliRun.Invoke(_ => new Pipeline.PipelineEngines(new PngHeaderDecoder(), null, null), "extract", scan);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith($"docingest: {scan}: no OCR engine is configured", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Extract_NoTessdataFolder_SaysWhereItLookedInOneLine()
    {
        var scan = Write("scan.png", TestImages.PngHeader(50, 70));

        var run = CliRun.Invoke(
            _ => throw new Ocr.Engine.TessdataNotFoundException("no 'tessdata' folder found above /opt/app"), "extract", scan);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("docingest: no 'tessdata' folder found above /opt/app", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "x.pdf", "--format", "xml")]
    [InlineData("extract", "x.pdf", "--bogus", "1")]
    [InlineData("frobnicate")]
    public void Run_BadCommandLine_ExitsWithUsage(params string[] args)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("docingest: ", run.Error);
        Assert.Contains("usage: docingest extract", run.Error);
    }
}
