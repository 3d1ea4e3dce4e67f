using DocIngest.Cli.Tools;
using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Timing;

namespace DocIngest.Cli.Tests.Tools;

public sealed class OcrCallsTableTests
{
    private static StagedOcrCall Call(string stage, string engine, int width, double cpu, params string[] lines) =>
        new(stage, new OcrCall(engine, width, 40, SegmentationMode.SingleBlock, TimeSpan.FromMilliseconds(2 * cpu), TimeSpan.FromMilliseconds(cpu),
            lines.Select(t => new RecognizedLine(t, new BoundingBox(0, 0, width, 40), 0.9, [])).ToList()));

    [Fact]
    public void WriteSummary_CallsOfTwoReads_PerPageByStageAndEngineCostliestFirst()
    {
        var output = new StringWriter();
        StagedOcrCall[] calls =
        [
            Call("cell OCR", "tha", 100, 10), Call("cell OCR", "tha", 300, 30), Call("page OCR", "tha+eng", 2000, 800),
            Call("cell OCR", "tha+eng", 200, 50),
        ];

        OcrCallsTable.WriteSummary(output, calls, pagesRead: 2);

        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(r => r.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["page OCR", "tha+eng", "0.5", "400.0", "800.0", "2000"], rows[0]);
        Assert.Equal(["cell OCR", "tha+eng", "0.5", "25.0", "50.0", "200"], rows[1]);
        Assert.Equal(["cell OCR", "tha", "1.0", "20.0", "40.0", "200"], rows[2]);
        Assert.Equal(["all", "2.0", "445.0", "890.0", "650"], rows[3]);
    }

    [Fact]
    public void WriteRows_LinesWithTabs_OneTabSeparatedRowPerCall()
    {
        var output = new StringWriter();

        OcrCallsTable.WriteRows(output, "p5.tif p1", 2, [Call("cell re-read", "tha", 328, 12.34, "๕๐\tบาท", "รวม")]);

        Assert.Equal(["p5.tif p1", "2", "cell re-read", "tha", "328", "40", "6", "12.3", "24.7", "2", "๕๐ บาท | รวม"],
            output.ToString().TrimEnd('\n', '\r').Split('\t'));
        Assert.Equal(11, OcrCallsTable.Header.Split('\t').Length);
    }
}
