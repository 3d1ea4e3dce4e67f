using DocIngest.Core.Extraction;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests.Commands;

public class EvalCommandTests : TempDirectoryTest
{
    private void WriteCase(string name, params string[] pageTexts)
    {
        Write(name + ".png", TestImages.PngHeader(50, 70));
        var expected = new ExtractionResult
        {
            Source = new SourceInfo(name + ".png", new string('0', 64), "image/png", pageTexts.Length),
            Pages = pageTexts.Select((t, i) => new PageResult { Number = i + 1, Method = "ocr", Text = t }).ToList(),
            Documents = [new Document { Kind = DocumentKind.Other, PageStart = 1, PageEnd = pageTexts.Length }],
        };
        File.WriteAllText(Path.Combine(Directory, name + ".expected.json"), ExtractionJson.Serialize(expected));
    }

    private string Thresholds(string json) => Write("thresholds.json", System.Text.Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Eval_ExactResults_PrintsRowsAndPasses()
    {
        WriteCase("scan", "หน้า 1 50x70", "หน้า 2 50x70");

        var run = CliRun.Invoke("eval", Directory, "--thresholds", Thresholds("""{"pageCer": {"max": 0.05}, "documentKind": {"min": 1}}"""));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length); // header, scan, OVERALL
        Assert.StartsWith("scan", rows[1]);
        Assert.Contains(" 0.000", rows[1]);
        Assert.StartsWith("OVERALL", rows[2]);
    }

    [Fact]
    public void Eval_Section_JudgesByThatSectionOfTheThresholdsFile()
    {
        WriteCase("scan", "หน้า 1 50x70 และข้อความที่ไม่ได้อ่าน", "หน้า 2 50x70");
        string file = Thresholds("""{"samplesRegression": {"pageCer": {"max": 0.9}}, "heldOutDocuments": {"pageCer": {"max": 0.05}}}""");

        var samples = CliRun.Invoke("eval", Directory, "--thresholds", file, "--section", "samplesRegression");
        var heldOut = CliRun.Invoke("eval", Directory, "--thresholds", file, "--section", "heldOutDocuments");

        Assert.Equal(ExitCodes.Success, samples.ExitCode);
        Assert.Equal(ExitCodes.Failure, heldOut.ExitCode);
        Assert.StartsWith("docingest: eval: pageCer ", Assert.Single(heldOut.ErrorLines));
    }

    [Fact]
    public void Eval_BelowThreshold_ExitsNonZeroAndSaysWhich()
    {
        WriteCase("scan", "หน้า 1 50x70 และข้อความที่ไม่ได้อ่าน", "หน้า 2 50x70");

        var run = CliRun.Invoke("eval", Directory, "--thresholds", Thresholds("""{"pageCer": {"max": 0.05}}"""));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("docingest: eval: pageCer ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Eval_ExpectedWithoutInput_ReportsTheCaseAndFails()
    {
        WriteCase("scan", "หน้า 1 50x70", "หน้า 2 50x70");
        File.WriteAllText(Path.Combine(Directory, "orphan.expected.json"), "{}");

        var run = CliRun.Invoke("eval", Directory, "--thresholds", Thresholds("{}"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("docingest: orphan: no input file orphan.* beside orphan.expected.json", Assert.Single(run.ErrorLines));
    }
}
