using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>Where a date's day or year was misread: the stretch from day to year, the month it names, and the misread tokens.</summary>
/// <param name="Start">Start of the stretch (the day, or the month when there is no day).</param>
/// <param name="End">End of the stretch (the year, or the month).</param>
/// <param name="Month">The month named (1-12).</param>
/// <param name="Day">The day's token when it is misread.</param>
/// <param name="Year">The year's token when it is misread.</param>
public readonly record struct DateMisreading(int Start, int End, int Month, Range? Day, Range? Year);

/// <summary>
/// Puts back the day and year of a date whose digits the engine (with its English model loaded) read as Latin letters:
/// "วันที่ om พฤศจิกายน ๒๕๖๒", "๑๔ พฤศจิกายน Wedel", "สั่ง ณ TUN ow มกราคม WA. wes" on the tuning material
/// (docs/real-documents.md). A month name is the cue (one letter off allowed: marks are still missing at this stage,
/// "พฤศจกายน"): the word before it is a day and the word after it (or after พ.ศ.) a year, and neither ever holds a
/// Latin letter; after ณ of an issuing formula the word before the month may be วันที่ and the day read as one Latin word
/// ("ประกาศ ณ Tuam พฤศจิกายน พ.ศ. ๒๕๖๒", session 22), which then takes the label and the day the re-read has. When one is Latin letters, the date's stretch is read again with Latin excluded (alone,
/// then the whole line), and the misread token takes the digits the re-read has in its place, only when the re-read is
/// a whole date (day, the same month, a four-digit year). The digit model then re-reads those digits glyph by glyph like
/// every other run of Thai digits (Tesseract's Thai model has no ๖ or ๘ and writes others for them).
/// </summary>
public static partial class DateDigitsRereader
{
    /// <summary>The lines with misread dates put back; the list itself when none is.</summary>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer latinFree)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(latinFree);
        return LatinMisreadRereader.ReplaceEach(lines, line => Reread(line, image, latinFree));
    }

    /// <summary>The first date of the text whose day or year holds Latin letters (or a year digits mixed with letters); null when none.</summary>
    public static DateMisreading? MisreadDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Token().Matches(text).ToList();
        for (int k = 0; k < tokens.Count; k++)
        {
            if (HeaderFields.MonthOf(tokens[k].Value) is not { } month) continue;
            Match? day = k > 0 ? tokens[k - 1] : null;
            int y = k + 1;
            // พ.ศ. or a short token read for it ("WA.", "พ. A."): a dot and no digit.
            while (y < tokens.Count && y <= k + 2 && IsEra(tokens[y].Value)) y++;
            Match? year = y < tokens.Count ? tokens[y] : null;
            // A token holding Thai digits is the digit model's already (it reads runs of Thai digits with their look-alikes).
            bool dayMisread = day is not null && day.Length <= MaxDayLength && day.Value.Any(char.IsAsciiLetter) && !day.Value.Any(ThaiDigits.IsThaiDigit);
            // After ณ of an issuing formula (ประกาศ ณ วันที่ ๑๓ …) the label and the day may come out as one Latin word ("Tuam").
            dayMisread |= day is not null && k > 1 && tokens[k - 2].Value == "ณ" && day.Length <= MergedLabelDayLength &&
                          day.Value.All(char.IsAsciiLetter);
            bool yearMisread = year is not null && year.Length is >= 3 and <= 6 && IsMisreadYear(year.Value);
            if (!dayMisread && !yearMisread) continue;
            int start = dayMisread ? day!.Index : tokens[k].Index;
            int end = yearMisread ? year!.Index + year.Length : tokens[k].Index + tokens[k].Length;
            return new DateMisreading(start, end, month,
                dayMisread ? new Range(day!.Index, day.Index + day.Length) : null,
                yearMisread ? new Range(year!.Index, year.Index + year.Length) : null);
        }
        return null;
    }

    /// <summary>The longest token a day alone is read as ("om", "ow").</summary>
    private const int MaxDayLength = 3;

    /// <summary>The longest Latin word a day and the วันที่ before it may be read as together, after ณ.</summary>
    private const int MergedLabelDayLength = 6;

    /// <summary>An era read as anything short with a point and no digit ("พ.ศ.", "พ,ศ.", "WA.").</summary>
    internal static bool IsEra(string token) => token.Length <= 5 && token.Contains('.') && !token.Any(ThaiDigits.IsDigit);

    /// <summary>
    /// A year's token of Latin letters ("Wedel", "wes"), at most one Thai digit among them. One with more Thai digits
    /// ("๒๕๖a", "๒๔งฒ") is left to the digit model, which reads runs of Thai digits with their look-alikes: a re-read
    /// there cost a year its last digit on a tuning document.
    /// </summary>
    private static bool IsMisreadYear(string token) =>
        token.Count(char.IsAsciiLetter) >= 2 && token.Count(ThaiDigits.IsThaiDigit) <= 1;

    private static RecognizedLine? Reread(RecognizedLine line, GrayImage image, ITextRecognizer latinFree)
    {
        if (MisreadDate(line.Text) is not { } date) return null;
        if (SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        Match? parts = null;
        // The date's stretch alone (the label and the reference left out), then the whole line.
        var box = BoxOf(line.Symbols, spans, date.Start, date.End) ?? line.Box;
        var alone = line with { Box = line.Box with { X = box.X, Width = box.Width } };
        var reread = LatinMisreadRereader.Reread(alone, image, latinFree, (_, r) => (parts = WholeDate(r.Text, date.Month)) is not null)
                     ?? LatinMisreadRereader.Reread(line, image, latinFree, (_, r) => (parts = WholeDate(r.Text, date.Month)) is not null);
        if (reread is null || parts is null) return null;
        var rereadText = ThaiText.Normalize(reread.Text);
        var rereadSpans = rereadText == reread.Text ? SymbolTextAlignment.Align(reread.Text, reread.Symbols) : null;

        string text = line.Text;
        var symbols = line.Symbols.ToList();
        // The year first: replacing it leaves the day's positions as they were.
        foreach (var (token, name) in new[] { (date.Year, "year"), (date.Day, "day") })
        {
            if (token is not { } range) continue;
            var group = parts.Groups[name];
            var (from, to) = (range.Start.Value, range.End.Value);
            int first = Array.FindIndex(spans, s => s.Length > 0 && s.Start >= from);
            int after = Array.FindIndex(spans, s => s.Length > 0 && s.Start >= to);
            if (first < 0) return null;
            if (after < 0) after = spans.Length;
            var tokenBox = BoxOf(line.Symbols, spans, from, to) ?? box;
            // A day token that held its label too (after ณ, longer than a day) takes the label the re-read found with it.
            if (name == "day" && to - from > MaxDayLength && parts.Groups["label"].Success)
            {
                var labelled = parts.Groups["label"].Value + " " + group.Value;
                text = text[..from] + labelled + text[to..];
                symbols.RemoveRange(first, after - first);
                symbols.InsertRange(first, labelled.Where(c => !char.IsWhiteSpace(c)).Select(c => new RecognizedSymbol(c.ToString(), tokenBox, reread.Confidence)));
                continue;
            }
            var replacement = rereadSpans is not null
                ? reread.Symbols.Where((_, i) => rereadSpans[i].Length > 0 && rereadSpans[i].Start >= group.Index && rereadSpans[i].Start < group.Index + group.Length).ToList()
                : [];
            if (replacement.Count == 0 || string.Concat(replacement.Select(s => s.Text)) != group.Value)
                replacement = group.Value.Select(c => new RecognizedSymbol(c.ToString(), tokenBox, reread.Confidence)).ToList();
            text = text[..from] + group.Value + text[to..];
            symbols.RemoveRange(first, after - first);
            symbols.InsertRange(first, replacement);
        }
        return line with { Text = text, Symbols = symbols };
    }

    /// <summary>The day, month and year of a re-read that names <paramref name="month"/>; null when it holds no whole date.</summary>
    private static Match? WholeDate(string reread, int month)
    {
        foreach (Match m in RereadDate().Matches(ThaiText.Normalize(reread)))
            if (HeaderFields.MonthOf(m.Groups["month"].Value) == month) return m;
        return null;
    }

    /// <summary>The union of the boxes of the symbols whose text starts in [<paramref name="from"/>, <paramref name="to"/>); null when none does.</summary>
    internal static BoundingBox? BoxOf(IReadOnlyList<RecognizedSymbol> symbols, (int Start, int Length)[] spans, int from, int to)
    {
        var boxes = symbols.Where((_, k) => spans[k].Length > 0 && spans[k].Start >= from && spans[k].Start < to).Select(s => s.Box).ToList();
        return boxes.Count == 0 ? null : boxes.Aggregate((a, b) => a.Union(b));
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    // Thai digits of a day, a Thai word (the month), an optional era, four or five Thai digits (a year; the digit model
    // cuts a glyph read as two).
    // The วันที่ label before the day, when the re-read has it, is kept for a day token that held the label too.
    [GeneratedRegex(@"(?:(?<label>วัน\s?ท[\u0E31-\u0E4E]*)\s*)?(?<![๐-๙])(?<day>[๐-๙]{1,2})\s*(?<month>[\u0E01-\u0E4E]{5,12})\s*(?:[^\s๐-๙0-9]{1,3}\.\s?(?:[^\s๐-๙0-9]{1,2}\.?\s?)?)?(?<year>[๐-๙]{4,5})(?![๐-๙])")]
    private static partial Regex RereadDate();
}
