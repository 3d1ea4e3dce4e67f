using System.Text.RegularExpressions;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Removes dotted leaders (the "........" or "____" that forms print between a label and its filled-in value).
/// Three dots are left alone: "/ มาตรการ..." is the continued-on-next-page marker and "..." an ordinary ellipsis.
/// </summary>
public static partial class DottedLeaders
{
    /// <summary>The text with every leader replaced by one space (later normalisation folds spaces).</summary>
    public static string Remove(string text) => Leader().Replace(text, " ");

    // Four or more dots, middle dots or underscores (single spaces between them allowed, OCR often reads
    // spaced dots), or two or more ellipsis characters.
    [GeneratedRegex(@"(?:[.\u00B7_] ?){4,}|(?:[\u2025\u2026][.\u00B7\u2025\u2026_]* ?){2,}")]
    private static partial Regex Leader();
}
