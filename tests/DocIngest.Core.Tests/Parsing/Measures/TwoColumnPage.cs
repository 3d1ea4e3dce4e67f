using DocIngest.Core.Content;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Builds OCR-like page content for measures printed as a borderless two-column grid: headings across the page,
/// then rows of a label (left column, may wrap) and its value lines (right column). Lines get boxes the way
/// Tesseract reports them: a value line's box grows upwards with stacked marks, so a row's first value line may
/// start above its label; the layout reads the label column and the value column as separate blocks.
/// </summary>
internal sealed class TwoColumnPage(int labelLeft = 200, int valueLeft = 560, int pitch = 50)
{
    private readonly List<TextLine> labels = [];
    private readonly List<TextLine> values = [];
    private readonly List<TextLine> across = [];
    private int y = 150;

    /// <summary>A line across both columns (heading, prose) starting at the label column.</summary>
    public TwoColumnPage Heading(params string[] lines)
    {
        foreach (var line in lines)
        {
            across.Add(new TextLine(line, new BoundingBox(labelLeft, y, 1100, 44), 0.9));
            y += pitch;
        }
        return this;
    }

    /// <summary>A labelled row: the label's lines on the left, the value's lines on the right, starting level.</summary>
    public TwoColumnPage Row(string[] label, params string[] value)
    {
        int top = y;
        for (int i = 0; i < label.Length; i++)
            labels.Add(new TextLine(label[i], new BoundingBox(labelLeft, top + i * pitch, 300, 44), 0.9));
        for (int i = 0; i < value.Length; i++)
        {
            // Every other value line carries tone marks above it: a taller box starting higher.
            int extra = i % 2 == 0 ? 22 : 0;
            values.Add(new TextLine(value[i], new BoundingBox(valueLeft + (i % 3) * 3, top + i * pitch - extra, 800, 44 + extra), 0.9));
        }
        y = top + Math.Max(label.Length, value.Length) * pitch + 8;
        return this;
    }

    public TwoColumnPage Row(string label, params string[] value) => Row([label], value);

    /// <summary>The page as the layout reads it: headings, then the label column, then the value column, each a block.</summary>
    public PageContent Build(int number) => new(number, PageMethod.Ocr,
    [
        new TextBlock(across.Concat(labels).OrderBy(l => l.Box!.Value.Y).ToList()),
        new TextBlock(values),
    ]);
}
