using DocIngest.Cli.Tools;
using DocIngest.Ocr.Timing;

namespace DocIngest.Cli.Tests.Tools;

public sealed class StageTimesTableTests
{
    [Fact]
    public void Write_TwoStages_RowsPerPageWithRemainderAndTotal()
    {
        var output = new StringWriter();
        StageTotal[] stages =
        [
            new("page OCR", TimeSpan.FromMilliseconds(600), 2, 2, TimeSpan.FromMilliseconds(590), AllocatedBytes: 4 * 1048576,
                ProcessorTime: TimeSpan.FromMilliseconds(500)),
            new("digit glyphs", TimeSpan.FromMilliseconds(100), 40, 0, TimeSpan.Zero),
        ];

        StageTimesTable.Write(output, stages, pagesRead: 2, measured: TimeSpan.FromMilliseconds(800));

        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(r => r.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["page OCR", "300.0", "75.0%", "250.0", "1.0", "295.0", "2.0"], rows[0]);
        Assert.Equal(["digit glyphs", "50.0", "12.5%", "0.0", "0.0", "0.0", "0.0"], rows[1]);
        Assert.Equal(["outside the stages", "50.0", "12.5%", "–", "0.0", "0.0", "–"], rows[2]);
        Assert.Equal(["all", "400.0", "100.0%", "250.0", "1.0", "295.0", "2.0"], rows[3]);
    }
}
