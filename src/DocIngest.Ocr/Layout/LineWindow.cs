using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// A stretch of a read line around some of its ink, the columns <see cref="Left"/> to <see cref="Right"/>, cut where the
/// line's band holds no ink. A lost mark over a wide cell line is got back by reading a few letters either side of it,
/// not the whole line: an engine call costs about what the text it reads (docs/ablation.md, session 15).
/// </summary>
/// <param name="Left">First column of the window.</param>
/// <param name="Right">Column after its last.</param>
public sealed record LineWindow(int Left, int Right)
{
    /// <summary>A window reaching over more than this share of the line's letters is not worth cutting: the line is read whole.</summary>
    private const double MaxLetterShare = 0.75;

    /// <summary>
    /// The window of <paramref name="line"/> around the columns <paramref name="ink"/>: the letters the ink lies over and
    /// <paramref name="letters"/> more either side (by the symbols' boxes), its edges moved out a letter at a time until
    /// each falls on a column of <paramref name="band"/> without ink in <paramref name="binary"/>. Null (read the whole
    /// line) when <paramref name="letters"/> is 0, when the line's letters do not run left to right, or when the window
    /// would hold most of the line.
    /// </summary>
    /// <param name="line">The line, its symbols in the coordinates of <paramref name="binary"/>.</param>
    /// <param name="band">The rows and columns the line is read from.</param>
    /// <param name="ink">The columns of the ink the window is for.</param>
    /// <param name="binary">The binarised crop the line was read from (0 = ink).</param>
    /// <param name="letters">Letters either side of the ink.</param>
    public static LineWindow? Around(RecognizedLine line, BoundingBox band, (int Left, int Right) ink, GrayImage binary, int letters)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(binary);
        if (letters <= 0) return null;
        // The letters: symbols that are not marks above or below another (their boxes sit in a slot after their letter).
        var boxes = line.Symbols.Where(x => x.Text.Length > 0 && !ThaiCharacters.IsCombiningMark(x.Text[0])).Select(x => x.Box).ToList();
        if (boxes.Count < 2) return null;
        for (int k = 1; k < boxes.Count; k++)
            if (boxes[k].X < boxes[k - 1].X) return null;
        int first = boxes.FindIndex(b => b.Right > ink.Left), last = boxes.FindLastIndex(b => b.X < ink.Right);
        if (first < 0) first = boxes.Count - 1;
        if (last < 0) last = 0;
        if (last < first) (first, last) = (last, first);
        int s = Math.Max(0, first - letters), e = Math.Min(boxes.Count - 1, last + letters);
        while (s > 0 && InkFreeColumn(binary, band, boxes[s - 1], boxes[s]) is null) s--;
        while (e < boxes.Count - 1 && InkFreeColumn(binary, band, boxes[e], boxes[e + 1]) is null) e++;
        if (e - s + 1 > MaxLetterShare * boxes.Count) return null;
        int left = s > 0 ? InkFreeColumn(binary, band, boxes[s - 1], boxes[s])!.Value : band.X;
        int right = e < boxes.Count - 1 ? InkFreeColumn(binary, band, boxes[e], boxes[e + 1])!.Value + 1 : band.Right;
        return new LineWindow(left, right);
    }

    /// <summary>
    /// <paramref name="line"/> with a stretch replaced by the window's reading <paramref name="window"/> (in the line's
    /// coordinates), when that reading, its first and last letter left out (the symbols' boxes are a few pixels off, so a
    /// window's edge may hold a piece of a letter), spells letters that occur once in the line and completes them
    /// (<see cref="CellLineRereader.IsCompletion"/>: marks added, no letter changed); null otherwise. The line keeps its
    /// spaces; its box grows to hold the new symbols; its confidence is its symbols' mean.
    /// </summary>
    /// <param name="line">The line the window was cut from.</param>
    /// <param name="window">The window's reading.</param>
    public static RecognizedLine? Splice(RecognizedLine line, RecognizedLine window)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(window);
        if (Positions(line) is not { } oldPositions || Positions(window) is not { } newPositions) return null;
        var newLetters = LetterIndices(window.Text);
        if (newLetters.Count < 3) return null;
        int coreStart = newLetters[1], coreEnd = newLetters[^1];
        string core = window.Text[coreStart..coreEnd].Trim();
        var coreLetters = OneLineCells.Letters(core);
        var oldLetters = LetterIndices(line.Text);
        string oldLetterText = string.Concat(oldLetters.Select(i => line.Text[i]));
        int at = oldLetterText.IndexOf(coreLetters, StringComparison.Ordinal);
        if (at < 0 || oldLetterText.IndexOf(coreLetters, at + 1, StringComparison.Ordinal) >= 0) return null;
        int start = oldLetters[at], end = at + coreLetters.Length < oldLetters.Count ? oldLetters[at + coreLetters.Length] : line.Text.Length;
        while (end > start && char.IsWhiteSpace(line.Text[end - 1])) end--;
        string old = line.Text[start..end];
        if (!CellLineRereader.IsCompletion(old, core)) return null;
        var symbols = Enumerable.Range(0, line.Symbols.Count).Where(i => oldPositions[i] < start).Select(i => line.Symbols[i])
            .Concat(Enumerable.Range(0, window.Symbols.Count).Where(i => newPositions[i] >= coreStart && newPositions[i] < coreEnd).Select(i => window.Symbols[i]))
            .Concat(Enumerable.Range(0, line.Symbols.Count).Where(i => oldPositions[i] >= end).Select(i => line.Symbols[i])).ToList();
        string text = line.Text[..start] + WithSpacesOf(old, core) + line.Text[end..];
        var box = window.Symbols.Aggregate(line.Box, (b, x) => b.Union(x.Box));
        return new RecognizedLine(text, box, symbols.Count == 0 ? line.Confidence : symbols.Average(x => x.Confidence), symbols);
    }

    /// <summary>Indices of the letters of <paramref name="text"/>: characters neither spaces nor marks above or below a letter.</summary>
    private static List<int> LetterIndices(string text) =>
        Enumerable.Range(0, text.Length).Where(i => !char.IsWhiteSpace(text[i]) && !ThaiCharacters.IsCombiningMark(text[i])).ToList();

    /// <summary><paramref name="completed"/> (which holds <paramref name="old"/>'s characters in order, and marks more) with <paramref name="old"/>'s spaces where they were.</summary>
    private static string WithSpacesOf(string old, string completed)
    {
        var squeezed = completed.Where(c => !char.IsWhiteSpace(c)).ToList();
        var result = new System.Text.StringBuilder();
        int p = 0;
        foreach (char c in old)
        {
            if (char.IsWhiteSpace(c)) { result.Append(c); continue; }
            while (p < squeezed.Count && squeezed[p] != c) result.Append(squeezed[p++]);
            if (p < squeezed.Count) result.Append(squeezed[p++]);
        }
        while (p < squeezed.Count) result.Append(squeezed[p++]);
        return result.ToString();
    }

    /// <summary>Where each symbol's text starts in the line's text, or null when the symbols do not spell the text in order.</summary>
    private static int[]? Positions(RecognizedLine line)
    {
        var positions = new int[line.Symbols.Count];
        int position = 0;
        for (int i = 0; i < line.Symbols.Count; i++)
        {
            while (position < line.Text.Length && char.IsWhiteSpace(line.Text[position])) position++;
            string text = line.Symbols[i].Text;
            if (string.CompareOrdinal(line.Text, position, text, 0, text.Length) != 0) return null;
            positions[i] = position;
            position += text.Length;
        }
        return positions;
    }

    /// <summary>
    /// A column between two neighbouring letters' boxes (from the first's right edge to the second's left) with no ink in the
    /// band's rows, the one nearest the middle of that stretch; null when there is none.
    /// </summary>
    private static int? InkFreeColumn(GrayImage binary, BoundingBox band, BoundingBox before, BoundingBox after)
    {
        // Between the boxes, not inside a letter: แ is two strokes with paper between them.
        int from = Math.Max(band.X, Math.Min(before.Right, after.X)), to = Math.Min(band.Right - 1, after.X);
        int middle = (from + to) / 2;
        for (int d = 0; middle - d >= from || middle + d <= to; d++)
        {
            if (middle - d >= from && IsInkFree(binary, band, middle - d)) return middle - d;
            if (d > 0 && middle + d <= to && IsInkFree(binary, band, middle + d)) return middle + d;
        }
        return null;
    }

    private static bool IsInkFree(GrayImage binary, BoundingBox band, int x)
    {
        for (int y = band.Y; y < band.Bottom; y++)
            if (binary[x, y] < InkMask.InkThreshold) return false;
        return true;
    }
}
