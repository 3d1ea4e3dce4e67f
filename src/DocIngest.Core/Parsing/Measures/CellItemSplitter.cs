using System.Text;
using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>How the lines of one item that wrapped onto several lines are joined back.</summary>
public enum WrapJoin
{
    /// <summary>Thai runs are glued (a line wrap inside Thai text is not a space); a space is kept next to Latin text and digits.</summary>
    ThaiAware,
    /// <summary>Always a space: unit names and periods are phrases.</summary>
    Space,
}

/// <summary>
/// Splits a table cell (or a field of running text) into its listed items: bullets (-, •, ▪, »…), numbered items
/// (๑. 1) (๒)), one item per marker, with lines wrapped inside an item joined back. Numbered markers in the
/// middle of a line count only when they continue the cell's sequence, so dates and times (ลว. ๕ มิ.ย., ๑๓.๓๐ น.)
/// are not taken for items.
/// </summary>
public static partial class CellItemSplitter
{
    // (+ is how OCR reads a small bullet or dash on a speckled scan.)
    private const string BulletChars = "-–—•●▪■◆○◦»✓*➢➤►+";

    /// <summary>The items of a cell, markers removed, in order.</summary>
    /// <param name="lines">The cell's lines as recognised or extracted.</param>
    /// <param name="linesAreParagraphs">True when each line is a paragraph of its own (DOCX), false for visual lines (OCR, PDF text).</param>
    /// <param name="join">How wrapped lines are joined.</param>
    public static IReadOnlyList<string> Split(IEnumerable<string> lines, bool linesAreParagraphs, WrapJoin join)
    {
        var cleaned = lines.Select(l => ThaiText.Normalize(l).Trim()).Where(l => l.Length > 0).ToList();
        if (cleaned.Count == 0) return [];
        var lineBullets = cleaned.Select(LeadingBullet).Where(b => b is not null).Select(b => b!.Value).ToHashSet();
        bool anyMarker = lineBullets.Count > 0 || cleaned.Any(l => LeadingNumber().IsMatch(l));

        var items = new List<StringBuilder>();
        int? lastNumber = null;
        foreach (var line in cleaned)
        {
            bool firstSegment = true;
            foreach (var (segment, marked) in SplitLine(line, lineBullets, ref lastNumber))
            {
                bool startsItem = marked || items.Count == 0 || (firstSegment && linesAreParagraphs && !anyMarker);
                if (startsItem) items.Add(new StringBuilder(segment));
                else Append(items[^1], segment, join);
                firstSegment = false;
            }
        }
        return items.Select(i => i.ToString().Trim()).Where(i => i.Length > 0).ToList();
    }

    /// <summary>
    /// The items of several cells that belong to one measure (rows of a merged cell, parts of a row cut by a page
    /// break). Each cell starts a new item, except a cell that opens without a marker after a cell with markers:
    /// that is the rest of the last item, carried over the page break.
    /// </summary>
    public static IReadOnlyList<string> SplitChunks(IEnumerable<IReadOnlyList<string>> chunks, bool linesAreParagraphs, WrapJoin join)
    {
        var items = new List<string>();
        bool previousHadMarkers = false;
        foreach (var chunk in chunks)
        {
            var cleaned = chunk.Select(l => ThaiText.Normalize(l).Trim()).Where(l => l.Length > 0).ToList();
            if (cleaned.Count == 0) continue;
            var chunkItems = Split(cleaned, linesAreParagraphs, join).ToList();
            bool opensWithMarker = HasMarker(cleaned[0]);
            if (previousHadMarkers && !opensWithMarker && items.Count > 0 && chunkItems.Count > 0)
            {
                var joined = new StringBuilder(items[^1]);
                Append(joined, chunkItems[0], join);
                items[^1] = joined.ToString();
                chunkItems.RemoveAt(0);
            }
            items.AddRange(chunkItems);
            previousHadMarkers = cleaned.Any(HasMarker);
        }
        return items;
    }

    /// <summary>
    /// The steps of a measure: the items of its step cells (<see cref="SplitChunks"/>) without a lead-in. Text that
    /// opens the first cell without a marker and is followed by a list numbered from one at a line start
    /// ("จัดให้มีช่องทาง… ดังนี้" / "๑. จัดทำ…" / "๒. …") introduces the list; the numbered items are the steps.
    /// A list that begins in the middle of a line (ได้แก่ (๑) …) is part of its sentence and is not a lead-in case.
    /// </summary>
    public static IReadOnlyList<string> SplitSteps(IEnumerable<IReadOnlyList<string>> chunks, bool linesAreParagraphs, WrapJoin join)
    {
        var list = chunks.ToList();
        var items = SplitChunks(list, linesAreParagraphs, join);
        var first = list.Select(c => c.Select(l => ThaiText.Normalize(l).Trim()).Where(l => l.Length > 0).ToList()).FirstOrDefault(c => c.Count > 0);
        return first is not null && OpensWithLeadIn(first) && items.Count > 1 ? items.Skip(1).ToList() : items;
    }

    /// <summary>Marked items a lead-in must be followed by to be read as a list.</summary>
    private const int MinimumListedItems = 2;

    /// <summary>
    /// A cell's lines cut into a lead-in and the list it introduces: the lead-in (unmarked lines, the last ending in
    /// ได้แก่, ดังนี้, ดังต่อไปนี้, ประกอบด้วย or คือ, a colon allowed) and the lines after it, each item at a line start
    /// with a marker (๘.๑, ๑., -), at least two of them. Null when the lines are not so.
    /// </summary>
    public static (IReadOnlyList<string> LeadIn, IReadOnlyList<string> Items)? SplitListedItems(IReadOnlyList<string> lines)
    {
        var cleaned = lines.Select(l => ThaiText.Normalize(l).Trim()).Where(l => l.Length > 0).ToList();
        int first = cleaned.FindIndex(HasMarker);
        if (first < 1 || cleaned.Take(first).Any(HasMarker) || !ListLeadIn().IsMatch(cleaned[first - 1])) return null;
        if (cleaned.Skip(first).Count(HasMarker) < MinimumListedItems) return null;
        return (cleaned.Take(first).ToList(), cleaned.Skip(first).ToList());
    }

    // The words that close a sentence introducing a list: ได้แก่, ดังนี้, ดังต่อไปนี้, ประกอบด้วย, คือ (a colon may follow).
    [GeneratedRegex(@"(?:ได้แก่|ดัง(?:ต่อไป)?นี้|ประกอบด้วย|คือ)\s*[:：]?$")]
    private static partial Regex ListLeadIn();

    /// <summary>True when the lines open without a marker and the first marked line starts a list at number one.</summary>
    private static bool OpensWithLeadIn(List<string> lines)
    {
        if (HasMarker(lines[0])) return false;
        var firstMarked = lines.FirstOrDefault(HasMarker);
        if (firstMarked is null) return false;
        var number = LeadingNumber().Match(firstMarked);
        return number.Success && int.Parse(ThaiDigits.ToArabic(number.Groups["n"].Value)) == 1;
    }

    private static bool HasMarker(string line) => LeadingNumber().IsMatch(line) || LeadingBullet(line) is not null || LeadingSubMarker().IsMatch(line);

    /// <summary>The cells' text with items on their own lines, markers removed; null when empty.</summary>
    public static string? JoinItems(IEnumerable<IReadOnlyList<string>> chunks, bool linesAreParagraphs)
    {
        var items = SplitChunks(chunks, linesAreParagraphs, WrapJoin.ThaiAware);
        return items.Count == 0 ? null : string.Join('\n', items);
    }

    /// <summary>All lines as one text, wrapped lines joined as <paramref name="join"/> says; markers kept.</summary>
    public static string JoinWrapped(IEnumerable<string> lines, WrapJoin join)
    {
        var text = new StringBuilder();
        foreach (var line in lines.Select(l => ThaiText.Normalize(l).Trim()).Where(l => l.Length > 0)) Append(text, line, join);
        return text.ToString();
    }

    /// <summary>Removes one leading bullet or number marker ("- ", "๑.", "(2)", "3)") from an item.</summary>
    public static string StripMarker(string text)
    {
        var t = text.TrimStart();
        var number = LeadingNumber().Match(t);
        if (number.Success) return t[number.Length..].TrimStart();
        var sub = LeadingSubMarker().Match(t);
        if (sub.Success) return t[sub.Length..].TrimStart();
        if (LeadingBullet(t) is not null) return t[1..].TrimStart();
        return t;
    }

    private static IEnumerable<(string Segment, bool Marked)> SplitLine(string line, HashSet<char> cellBullets, ref int? lastNumber)
    {
        var result = new List<(string, bool)>();
        // Cut points: the line start when it carries a marker, and inline markers that are either a bullet the cell
        // already uses at a line start, or the next number of the sequence.
        var cuts = new List<int>();
        var startNumber = LeadingNumber().Match(line);
        bool startMarked = startNumber.Success || LeadingBullet(line) is not null || LeadingSubMarker().IsMatch(line);
        if (startNumber.Success) lastNumber = int.Parse(ThaiDigits.ToArabic(startNumber.Groups["n"].Value));
        int scanFrom = startMarked ? 1 : 0;
        for (int i = Math.Max(1, scanFrom); i < line.Length; i++)
        {
            if (!char.IsWhiteSpace(line[i - 1])) continue;
            if (cellBullets.Contains(line[i]) && IsBulletAt(line, i)) { cuts.Add(i); continue; }
            var number = LeadingNumber().Match(line, i);
            int expected = (lastNumber ?? 0) + 1;
            if (number.Success && number.Index == i && int.Parse(ThaiDigits.ToArabic(number.Groups["n"].Value)) == expected)
            {
                cuts.Add(i);
                lastNumber = expected;
            }
        }
        int from = 0;
        bool marked = startMarked;
        foreach (int cut in cuts)
        {
            var segment = line[from..cut].Trim();
            if (segment.Length > 0) result.Add((marked ? StripMarker(segment) : segment, marked));
            from = cut;
            marked = true;
        }
        var last = line[from..].Trim();
        if (last.Length > 0) result.Add((marked ? StripMarker(last) : last, marked));
        return result;
    }

    private static bool IsBulletAt(string line, int i)
    {
        // A dash followed by a digit is a range (๒๕๖๖ – ๒๕๗๐), not a bullet.
        int next = i + 1;
        while (next < line.Length && line[next] == ' ') next++;
        return next < line.Length && !ThaiDigits.IsDigit(line[next]);
    }

    /// <summary>True when the line opens with a bullet (-, •, ▪ …) marking an item, not a range's dash before a number.</summary>
    public static bool OpensWithBullet(string line) => LeadingBullet(ThaiText.Normalize(line).Trim()) is not null;

    private static char? LeadingBullet(string line) =>
        line.Length > 1 && BulletChars.Contains(line[0]) && IsBulletAt(line, 0) ? line[0] : null;

    private static void Append(StringBuilder item, string segment, WrapJoin join)
    {
        if (item.Length == 0) { item.Append(segment); return; }
        char before = item[^1], after = segment[0];
        bool glue = join == WrapJoin.ThaiAware && IsThaiLetter(before) && IsThaiLetter(after);
        if (!glue) item.Append(' ');
        item.Append(segment);
    }

    private static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E4E';

    /// <summary>
    /// A sub-item marker at a line start: a decimal number (1.1, ๒.๓.) or a Thai letter (ก. ข)), followed by a word of
    /// three letters or more, so that a time (๑๓.๓๐ น.) or an abbreviation (ก.พ.) is none.
    /// </summary>
    // (OCR may space the decimal point or lose it: "2. 2", "1 2".) A number in brackets that OCR garbled, "(lo)" for (๒)
    // or "[๑]" for (๑), one speck token after it allowed ("[๑] 5 จัดทำ…"), is a marker too; "(๒)" itself is a number.
    [GeneratedRegex(@"^(?:[0-9๐-๙]{1,2}(?:\.\s?|\s)[0-9๐-๙]{1,2}\.?|[ก-ฮ][.)]|(?:\(\s*[^\s()\[\]{}0-9๐-๙\u0E01-\u0E2E]{1,2}\s*\)|[\[{]\s*[^\s()\[\]{}\u0E01-\u0E2E]{1,2}\s*[\]})])(?:\s+[^\s\u0E01-\u0E2E]{1,2}(?=\s))?)\s*(?=[\u0E01-\u0E4E]{3})")]
    internal static partial Regex LeadingSubMarker();

    // (๑) ๑) ๑. 1. followed by a letter, never by a digit (๑๓.๓๐ น.) and never a decimal. \G anchors it where matching starts.
    // OCR reads the number's dot as a comma ("๓, มอบหมาย"): a comma counts when a space and a Thai letter follow
    // (a list of numbers, ๑, ๒, is followed by digits; inline numbers must continue the sequence anyway).
    [GeneratedRegex(@"\G\(?(?<n>[0-9๐-๙]{1,2})(?:\)|\.(?![0-9๐-๙])|,(?=\s+[ก-ฮเ-ไ]))\s*(?=[^\s0-9๐-๙])")]
    private static partial Regex LeadingNumber();
}
