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
}
