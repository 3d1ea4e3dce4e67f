using System.Text;
using DocIngest.Core.Thai;
using DocIngest.Pipeline.Loading.Pdf;
using UglyToad.PdfPig;

namespace DocIngest.Cli.Evaluation.Corpus;

/// <summary>
/// A corpus page's text layer as truth for OCR. The layers are Word exports: they lose sara am (สานัก for สำนัก), order marks
/// oddly and carry a few private-use glyphs. Both sides are therefore folded before comparing: ำ counts as า, marks in
/// canonical order, private-use glyphs dropped, leaders and whitespace removed. What the fold hides (ำ read as า) is not
/// measured here; everything else is.
/// </summary>
public static class LayerTruth
{
    /// <summary>A page with fewer letters than this says too little to score (a cover, a drawn page).</summary>
    public const int MinLetters = 80;

    /// <summary>More private-use glyphs than this share means the layer's glyph map is broken and cannot be truth.</summary>
    public const double MaxPrivateUseShare = 0.005;

    /// <summary>
    /// The page's text layer as lines, read as the product reads a text layer (presentation forms mapped back, IT๙ digits
    /// as printed, lines from glyph positions), but without judging it: the fold below copes with what it loses.
    /// </summary>
    public static string Read(string pdfPath, int pageNumber)
    {
        using var document = PdfDocument.Open(pdfPath, new ParsingOptions { UseLenientParsing = true, UseActualText = true });
        var glyphs = document.GetPage(pageNumber).Letters.Select(PdfGlyph.From).Where(g => !string.IsNullOrWhiteSpace(g.Value));
        return string.Join("\n", PdfTextLineBuilder.Build(glyphs).Select(l => l.Text));
    }

    /// <summary>The text both sides are compared on.</summary>
    public static string Fold(string text)
    {
        // Whitespace goes before normalising: a layer that splits a mark from its letter by a space (ปฏิ บั ติ) then
        // puts it back on its letter, and the marks are ordered as one cluster.
        var sb = new StringBuilder(text.Length);
        foreach (char c in ThaiText.RemoveDottedLeaders(text, ""))
        {
            if (!char.IsWhiteSpace(c) && c != '|' && !IsPrivateUse(c)) sb.Append(c);
        }
        var normalized = ThaiText.Normalize(sb.ToString());
        sb.Clear();
        foreach (char c in normalized)
        {
            if (c == '\u0E4D') continue;
            sb.Append(c == '\u0E33' ? '\u0E32' : c);
        }
        return sb.ToString();
    }

    /// <summary>Null when the layer can serve as truth; otherwise why not (the page is then left out of the scores).</summary>
    public static string? Problem(string text)
    {
        int letters = 0, privateUse = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            letters++;
            if (IsPrivateUse(c)) privateUse++;
        }
        if (letters < MinLetters) return $"text layer has {letters} letters (< {MinLetters})";
        if (privateUse > letters * MaxPrivateUseShare) return $"text layer has {privateUse} private-use glyphs of {letters}";
        return null;
    }

    private static bool IsPrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';
}
