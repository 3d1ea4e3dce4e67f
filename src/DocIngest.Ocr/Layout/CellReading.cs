using DocIngest.Core.Content;

namespace DocIngest.Ocr.Layout;

/// <summary>What reading one table cell gave.</summary>
/// <param name="Lines">Cleaned lines top to bottom, boxes in page pixels (bullet items stay separate lines).</param>
/// <param name="Confidence">Mean line confidence 0..1; 0 when nothing was read.</param>
/// <param name="HasInk">False when the cell was blank and was not sent to OCR.</param>
public sealed record CellReading(IReadOnlyList<TextLine> Lines, double Confidence, bool HasInk)
{
    /// <summary>The cell has ink but OCR read no text from it.</summary>
    public bool IsUnreadable => HasInk && Lines.Count == 0;

    /// <summary>The cell's lines as one text, a line break between lines.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    public static CellReading Empty { get; } = new([], 0, HasInk: false);
}
