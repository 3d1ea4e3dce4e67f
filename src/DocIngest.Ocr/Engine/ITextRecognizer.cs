using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Engine;

/// <summary>How Tesseract should read a region (its page segmentation modes that we use).</summary>
public enum SegmentationMode
{
    /// <summary>PSM 3: a whole page or text region of unknown layout.</summary>
    Auto = 3,
    /// <summary>PSM 4: a single column of text of variable sizes (table cells with several lines).</summary>
    SingleColumn = 4,
    /// <summary>PSM 6: a single uniform block of text.</summary>
    SingleBlock = 6,
    /// <summary>PSM 7: exactly one text line.</summary>
    SingleLine = 7,
}

/// <summary>One recognised symbol (glyph) with its box, for the digit recogniser.</summary>
public sealed record RecognizedSymbol(string Text, BoundingBox Box, double Confidence);

/// <summary>One recognised line: text (cleaned), box, confidence 0..1, and its symbols.</summary>
public sealed record RecognizedLine(string Text, BoundingBox Box, double Confidence, IReadOnlyList<RecognizedSymbol> Symbols)
{
    /// <summary>The same line with its box and its symbols' boxes moved by (dx, dy): a line read from a crop, placed on the page.</summary>
    public RecognizedLine Offset(int dx, int dy) => this with
    {
        Box = Box with { X = Box.X + dx, Y = Box.Y + dy },
        Symbols = Symbols.Select(s => s with { Box = s.Box with { X = s.Box.X + dx, Y = s.Box.Y + dy } }).ToList(),
    };
}

/// <summary>
/// Reads text from an image region. Implementations are NOT thread-safe: one per worker thread
/// (take them from the engine pool). Boxes are in the coordinates of the whole image passed in.
/// </summary>
public interface ITextRecognizer : IDisposable
{
    IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode);

    /// <summary>
    /// As <see cref="Recognize"/>, with <paramref name="excluded"/> characters never written (Tesseract's
    /// tessedit_char_blacklist, which the LSTM models honour): a Thai line re-read without Latin letters. A recogniser
    /// that cannot exclude characters reads as usual; callers judge the result either way.
    /// </summary>
    IReadOnlyList<RecognizedLine> RecognizeExcluding(GrayImage image, BoundingBox? region, SegmentationMode mode, string excluded) =>
        Recognize(image, region, mode);
}
