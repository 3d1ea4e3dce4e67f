using DocIngest.Core.Content;
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

    /// <summary>A text-free picture (a screenshot, a chart) covering this share of the page leaves the layer short of what the page shows.</summary>
    public const double MaxPictureShare = 0.08;

    /// <summary>Latin letters wedged between Thai letters (ดlาน for ด้าน) past this share mean a broken glyph map.</summary>
    public const double MaxWedgedLatinShare = 0.002;

    /// <summary>
    /// The page's text layer as lines, read as the product reads a text layer (presentation forms mapped back, IT๙ digits
    /// as printed, lines from glyph positions), but without judging it: the fold below copes with what it loses. Also the
    /// share of the page covered by pictures with no layer text on them: text printed in a picture is on the page image
    /// but in no layer, so such a page cannot be scored against its layer.
    /// </summary>
    public static LayerPage Read(string pdfPath, int pageNumber)
    {
        using var document = PdfDocument.Open(pdfPath, new ParsingOptions { UseLenientParsing = true, UseActualText = true });
        var page = document.GetPage(pageNumber);
        var letters = page.Letters.Where(l => PdfGlyph.IsLegible(l) && !string.IsNullOrWhiteSpace(l.Value)).ToList();
        // Laid out as the product lays out a text layer, ruled tables cell by cell: a layer's lines run across a table's
        // columns, which is the order no reader (and no cell-by-cell OCR) follows.
        var blocks = PdfTextLayerPageReader.ReadBlocks(page, letters.Select(PdfGlyph.From).ToList(), new PdfPageGeometry(page.Width, page.Height, 300));
        string text = string.Join("\n", blocks.Select(b => b.Text).Where(t => t.Length > 0));
        var pictures = page.GetImages().Select(i => ScanImage.Extent(i.BoundingBox))
            .Select(e => (e.Left, e.Bottom, Right: e.Left + e.Width, Top: e.Bottom + e.Height))
            .Where(b => !letters.Any(l => l.BoundingBox.Centroid is var c && c.X >= b.Left && c.X <= b.Right && c.Y >= b.Bottom && c.Y <= b.Top));
        // A frame around text (one row or one column) is a box, not a grid: its "cell" is running text, scored by the CER.
        var cells = blocks.OfType<TableBlock>().Where(t => t.Table.RowCount >= 2 && t.Table.ColumnCount >= 2).SelectMany(t => t.Table.Cells)
            .Select(c => Fold(string.Join("\n", c.Lines))).Where(c => c.Length > 0).ToList();
        return new LayerPage(text, CoveredShare(pictures, page.Width, page.Height)) { Cells = cells };
    }

    /// <summary>The share of the page (width x height) the union of the rectangles covers, on a 200 x 200 grid.</summary>
    public static double CoveredShare(IEnumerable<(double Left, double Bottom, double Right, double Top)> rectangles, double width, double height)
    {
        const int Grid = 200;
        var covered = new bool[Grid, Grid];
        int count = 0;
        foreach (var (left, bottom, right, top) in rectangles)
        {
            int x0 = Math.Clamp((int)(left / width * Grid), 0, Grid), x1 = Math.Clamp((int)Math.Ceiling(right / width * Grid), 0, Grid);
            int y0 = Math.Clamp((int)(bottom / height * Grid), 0, Grid), y1 = Math.Clamp((int)Math.Ceiling(top / height * Grid), 0, Grid);
            for (int y = y0; y < y1; y++)
                for (int x = x0; x < x1; x++)
                    if (!covered[x, y]) { covered[x, y] = true; count++; }
        }
        return (double)count / (Grid * Grid);
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
    public static string? Problem(LayerPage layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        string text = layer.Text;
        int letters = 0, privateUse = 0, wedgedLatin = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            letters++;
            if (IsPrivateUse(c)) privateUse++;
            if (char.IsAsciiLetter(c) && i > 0 && i + 1 < text.Length && ThaiCharacters.IsThaiLetter(text[i - 1]) && ThaiCharacters.IsThaiLetter(text[i + 1]))
                wedgedLatin++;
        }
        if (letters < MinLetters) return $"text layer has {letters} letters (< {MinLetters})";
        if (privateUse > letters * MaxPrivateUseShare) return $"text layer has {privateUse} private-use glyphs of {letters}";
        if (wedgedLatin > letters * MaxWedgedLatinShare) return $"text layer has {wedgedLatin} Latin letters inside Thai words (a broken glyph map)";
        if (layer.PictureShare > MaxPictureShare) return $"pictures without layer text cover {layer.PictureShare:P0} of the page";
        return null;
    }

    private static bool IsPrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';
}

/// <summary>A page's text layer and the share of the page covered by pictures that carry no layer text.</summary>
public sealed record LayerPage(string Text, double PictureShare)
{
    /// <summary>The text of the layer's ruled-table cells (grids of two rows and two columns or more), folded, empty cells left out.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];
}
