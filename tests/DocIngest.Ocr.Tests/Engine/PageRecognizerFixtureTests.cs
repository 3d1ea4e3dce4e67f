using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Engine;

/// <summary>The whole OCR stage order with real Tesseract (CLI) on the rendered fixtures.</summary>
public sealed class PageRecognizerFixtureTests(ITestOutputHelper output)
{
    private PageContent Recognize(string fixture)
    {
        using var recognizer = new PageRecognizer(new TesseractCliRecognizer(), new ThresholdPreprocessor(), new TableGridDetector(), []);
        var content = recognizer.Recognize(PgmImage.Load(Fixtures.Layout(fixture)), 1);
        foreach (var block in content.Blocks) output.WriteLine($"[{block.GetType().Name}] {block.Text}\n");
        foreach (var warning in content.Warnings) output.WriteLine($"warning: {warning}");
        output.WriteLine($"mean confidence {content.MeanConfidence:F3}");
        return content;
    }

    [Fact]
    public void Recognize_RenderedMemoWithTable_HeaderParagraphTableClosingInOrder()
    {
        var content = Recognize("measure-table.png");

        var kinds = content.Blocks.Select(b => b is TableBlock ? "table" : "text").ToList();
        Assert.Equal(["text", "text", "text", "table", "text"], kinds);
        Assert.StartsWith("ส่วนราชการ สำนักปลัด โทร.", content.Blocks[0].Text);
        Assert.DoesNotContain("....", content.Blocks[0].Text);
        Assert.True(MemoHeaderLine.IsKeyValue(content.Blocks[1].Text), "เรื่อง line is its own block");
        Assert.Equal(3, ((TextBlock)content.Blocks[2]).Lines.Count);
        Assert.Contains("เรียนมาเพื่อโปรดทราบ", content.Blocks[4].Text);
        var table = content.Tables.Single();
        Assert.Equal((5, 4), (table.RowCount, table.ColumnCount));
        Assert.Contains("บุคลากรทุกระดับ", table.CellAt(3, 2)!.Text);
        Assert.Equal(3, table.CellAt(1, 1)!.Lines.Count); // two bullets, the second wrapped; no stray mark line
        Assert.Equal(2, table.CellAt(2, 0)!.RowSpan);
        Assert.InRange(content.MeanConfidence!.Value, 0.8, 1.0);
        Assert.Empty(content.Warnings);
    }

    [Fact]
    public void Recognize_RenderedTableCutAtTop_WarnsContinuedAndKeepsMarker()
    {
        var content = Recognize("continued-table.png");

        Assert.Contains("table 1: no top rule, rows continue from the previous page", content.Warnings);
        Assert.IsType<TableBlock>(content.Blocks[0]);
        Assert.Equal("/ มาตรการ...", content.Blocks[^1].Text);
        Assert.Equal(["-", "-"], content.Tables.Single().CellAt(1, 1)!.Lines.Select(l => l[..1]));
    }
}
