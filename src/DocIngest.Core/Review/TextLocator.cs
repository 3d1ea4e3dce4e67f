using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Review;

/// <summary>Where a value was read: a page, a box [x, y, width, height] in page pixels, and the OCR confidence there.</summary>
public sealed record TextLocation(int Page, int[] Box, double Confidence);

/// <summary>
/// Finds where on the pages a parsed value was printed, so the review screen can highlight it. Parsed values are
/// cleaned and re-joined, so the search compares folded text (no spaces, Arabic digits, NFC): a short value is the
/// line or cell that contains it (or resembles it most); a long one is the union of the lines it is made of.
/// </summary>
public sealed class TextLocator
{
    private readonly List<Piece> _pieces = [];

    private sealed record Piece(int Page, int[] Box, double Confidence, string Folded);

    /// <summary>Indexes the lines and table cells (with boxes) of the pages.</summary>
    public TextLocator(IEnumerable<PageResult> pages)
    {
        foreach (var page in pages)
        {
            foreach (var line in page.Lines ?? [])
                if (line.Box is { Length: 4 }) Add(page.Number, line.Box, line.Confidence, line.Text);
            foreach (var table in page.Tables ?? [])
                foreach (var cell in table.Cells)
                    if (cell.Box is { Length: 4 }) Add(page.Number, cell.Box, cell.Confidence, cell.Text);
        }
    }

    private void Add(int page, int[] box, double confidence, string text)
    {
        string folded = Fold(text);
        if (folded.Length > 0) _pieces.Add(new Piece(page, box, confidence, folded));
    }

    /// <summary>Spaces removed, Thai digits as Arabic, NFC and ำ recomposed: how OCR lines and parsed values are compared.</summary>
    public static string Fold(string text)
    {
        string normalized = ThaiDigits.ToArabic(ThaiText.Normalize(text));
        return string.Concat(normalized.Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '…'));
    }

    /// <summary>Whether any line or cell on pages firstPage..lastPage has a box (text-layer PDF and DOCX pages have none).</summary>
    public bool HasBoxes(int firstPage = 1, int lastPage = int.MaxValue) => _pieces.Any(p => p.Page >= firstPage && p.Page <= lastPage);

    /// <summary>The best location of <paramref name="value"/> on pages firstPage..lastPage, or null when nothing fits well enough.</summary>
    public TextLocation? Locate(string? value, int firstPage = 1, int lastPage = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string folded = Fold(value);
        if (folded.Length < 2) return null;
        var candidates = _pieces.Where(p => p.Page >= firstPage && p.Page <= lastPage).ToList();
        if (candidates.Count == 0) return null;

        // A long value spans several lines: anchor on the line where it begins, then take the lines right below
        // that belong to it (a paragraph, a wrapped subject). Lines elsewhere on the page that happen to repeat a
        // phrase of it stay out.
        if (folded.Length > 60)
        {
            var anchor = Best(candidates, folded[..40]);
            if (anchor is null) return null;
            var lines = candidates.Where(p => p.Page == anchor.Page && p.Box[1] > anchor.Box[1]).OrderBy(p => p.Box[1]).ToList();
            var taken = new List<Piece> { anchor };
            foreach (var next in lines)
            {
                var last = taken[^1];
                if (next.Box[1] > last.Box[1] + last.Box[3] + last.Box[3]) break; // a gap: the value ended
                if (Coverage(next.Folded, folded) >= 0.8) taken.Add(next);
            }
            return new TextLocation(anchor.Page, Union(taken.Select(p => p.Box)), taken.Min(p => p.Confidence));
        }

        var match = Best(candidates, folded);
        return match is null ? null : new TextLocation(match.Page, match.Box, match.Confidence);
    }

    /// <summary>The line or cell that holds the value (the tightest), or resembles it most; null below the similarity floor.</summary>
    private static Piece? Best(IEnumerable<Piece> candidates, string folded)
    {
        Piece? best = null;
        double bestScore = 0;
        foreach (var piece in candidates)
        {
            // A contained value scores above any near match, the tightest line first; otherwise the share of the
            // value's bigrams found in the line (a misread character costs two of them), ties to the closer length.
            double score = piece.Folded.Contains(folded, StringComparison.Ordinal)
                ? 2.0 + (double)folded.Length / piece.Folded.Length
                : Coverage(folded, piece.Folded) + 0.01 * Dice(folded, piece.Folded);
            if (score > bestScore) (best, bestScore) = (piece, score);
        }
        return bestScore >= 0.7 ? best : null;
    }

    private static int[] Union(IEnumerable<int[]> boxes)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = int.MinValue, y1 = int.MinValue;
        foreach (var b in boxes)
        {
            x0 = Math.Min(x0, b[0]); y0 = Math.Min(y0, b[1]);
            x1 = Math.Max(x1, b[0] + b[2]); y1 = Math.Max(y1, b[1] + b[3]);
        }
        return [x0, y0, x1 - x0, y1 - y0];
    }

    /// <summary>The share of <paramref name="value"/>'s character bigrams that occur in <paramref name="line"/>.</summary>
    public static double Coverage(string value, string line)
    {
        if (value.Length < 2) return line.Contains(value, StringComparison.Ordinal) ? 1 : 0;
        return (double)CommonBigrams(value, line) / (value.Length - 1);
    }

    /// <summary>Sørensen–Dice over character bigrams: robust to the odd misread character.</summary>
    public static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2) return a == b ? 1 : 0;
        return 2.0 * CommonBigrams(a, b) / (a.Length - 1 + b.Length - 1);
    }

    /// <summary>How many character bigrams the two strings share, each occurrence used once.</summary>
    private static int CommonBigrams(string a, string b)
    {
        var counts = new Dictionary<(char, char), int>();
        for (int i = 0; i + 1 < b.Length; i++)
            counts[(b[i], b[i + 1])] = counts.GetValueOrDefault((b[i], b[i + 1])) + 1;
        int common = 0;
        for (int i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i], a[i + 1]);
            if (counts.TryGetValue(key, out int n) && n > 0) { counts[key] = n - 1; common++; }
        }
        return common;
    }
}
