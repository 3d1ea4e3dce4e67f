using System.Text.Json;
using DocIngest.Training.Digits;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests.Commands;

public class HarvestDigitsCommandTests : TempDirectoryTest
{
    /// <summary>A split file at DIR/eval/corpus/split.json over PDFs in DIR/pdfs: one tuning and one held-out document.</summary>
    private string WriteSplit()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "pdfs"));
        File.WriteAllBytes(Path.Combine(Directory, "pdfs", "memo-tune.pdf"), TestPdfs.WithLines(["เรื่อง รายงานผล ประจำปีงบประมาณ ๒๕๖๒", "ที่ ชบ ๐๐๓๓.๓๐๖/๘๑๔๐"]));
        File.WriteAllBytes(Path.Combine(Directory, "pdfs", "memo-held.pdf"), TestPdfs.WithLines(["ปีงบประมาณ ๒๕๖๗ ๙๙๙"]));
        var split = new
        {
            corpus = "pdfs",
            documents = new[] { new { name = "memo-tune", kind = "memo", split = "tune" }, new { name = "memo-held", kind = "memo", split = "held-out" } },
        };
        string path = Path.Combine(Directory, "eval", "corpus", "split.json");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(split));
        return path;
    }

    [Fact]
    public void HarvestDigits_TuneSide_CutsThatSidesPrintedDigitsOnly()
    {
        string split = WriteSplit(), output = Path.Combine(Directory, "glyphs.bin");

        var run = CliRun.Invoke("harvest-digits", "--out", output, "--split", split);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var glyphs = CleanGlyphCache.Load(output);
        var digits = glyphs.Where(g => g.Label.Length == 1).Select(g => g.Label).ToHashSet();
        // ๒๕๖๒ and ๐๐๓๓.๓๐๖/๘๑๔๐ are printed in the tuning document (a glyph whose ink crosses its box may be dropped);
        // ๗ and ๙ only in the held-out one.
        Assert.Subset(new HashSet<string> { "0", "1", "2", "3", "4", "5", "6", "8" }, digits);
        Assert.True(digits.Count >= 6, string.Join(",", digits));
        Assert.All(glyphs, g => Assert.Equal("corpus memo-tune", g.Font.Family));
    }

    [Fact]
    public void HarvestDigits_ExceptUnknownDocument_UsageError()
    {
        var run = CliRun.Invoke("harvest-digits", "--out", Path.Combine(Directory, "g.bin"), "--split", WriteSplit(), "--except", "memo-nowhere");

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains("memo-nowhere", run.Error);
    }

    /// <summary>
    /// A corpus folder as tools/corpus/prepare.py writes it: a tuning page rasterised at 300 dpi from a PDF whose layer is
    /// its truth, and a held-out page whose image does not exist (reading it would fail the command).
    /// </summary>
    private string WriteCorpusPages()
    {
        string corpus = Path.Combine(Directory, "corpus");
        System.IO.Directory.CreateDirectory(corpus);
        string pdf = Path.Combine(Directory, "memo-tune.pdf");
        File.WriteAllBytes(pdf, TestPdfs.WithLines(
            "บันทึกข้อความ ส่วนราชการ สำนักงานเขตพื้นที่การศึกษา",
            "ที่ ชบ ๐๐๓๓.๓๐๖/๘๑๔๐ วันที่ ๑๙ ตุลาคม ๒๕๖๒",
            "เรื่อง รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๒",
            "ตามที่ได้รับมอบหมาย ให้ดำเนินการ จำนวน ๑๒ โครงการ",
            "งบประมาณทั้งสิ้น ๓๔๕,๐๐๐ บาท โทร ๐๓๘ ๒๗๔ ๑๕๐"));
        var start = new System.Diagnostics.ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var arg in new[] { "-r", "300", "-gray", "-png", "-singlefile", pdf, Path.Combine(corpus, "memo-tune.p1") }) start.ArgumentList.Add(arg);
        using (var process = System.Diagnostics.Process.Start(start)!) { process.WaitForExit(); Assert.Equal(0, process.ExitCode); }
        var manifest = new
        {
            version = 1,
            pages = new object[]
            {
                new { id = "memo-tune.p1", document = "memo-tune", page = 1, kind = "memo", split = "tune", profile = "clean", image = "memo-tune.p1.png", pdf },
                new { id = "memo-held.p1", document = "memo-held", page = 1, kind = "memo", split = "held-out", profile = "clean", image = "memo-held.p1.png", pdf },
            },
        };
        File.WriteAllText(Path.Combine(corpus, "manifest.json"), JsonSerializer.Serialize(manifest));
        return corpus;
    }

    [Fact]
    public void HarvestDigits_CorpusPages_LabelsTheTuningPagesPrintedDigits()
    {
        string corpus = WriteCorpusPages(), train = Path.Combine(Directory, "train.bin"), heldBack = Path.Combine(Directory, "held.bin");

        var run = CliRun.Invoke("harvest-digits", "--corpus-pages", corpus, "--out", train, "--held-back", heldBack);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var glyphs = CleanGlyphCache.Load(train);
        // The page's runs that are placed for certain: the digits printed there, nothing else (๗ is printed nowhere).
        Assert.True(glyphs.Count >= 10, run.Out + run.Error);
        Assert.All(glyphs, g => Assert.Contains(g.Label, new[] { "0", "1", "2", "3", "4", "5", "6", "8", "9" }));
        Assert.All(glyphs, g => Assert.Equal("memo-tune", g.Font.Family));
        // One page of its document: the first of every four trains, nothing is held back.
        Assert.Empty(CleanGlyphCache.Load(heldBack));
    }
}
