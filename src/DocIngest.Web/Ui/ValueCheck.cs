using System.Globalization;
using DocIngest.Core.Thai;

namespace DocIngest.Web.Ui;

/// <summary>
/// Flags from validation, beside OCR confidence: a value can be read confidently and still be wrong. Numbers that do
/// not parse, a few lower-case Latin letters inside Thai text (OCR's reading of Thai digits or marks, "mo" for ๓๐),
/// and, in prose fields, Thai words the dictionary does not know ("ใช้จายงบประมาณ" for ใช้จ่ายงบประมาณ).
/// </summary>
public static class ValueCheck
{
    /// <summary>Fields of running Thai text, where a word outside the dictionary is most likely a misreading (names are elsewhere).</summary>
    private static readonly HashSet<string> ProseFields = ["title", "steps", "progress", "heading", "subject", "followUp", "name"];

    /// <summary>Why the value looks wrong (Thai), or null.</summary>
    public static string? Problem(string field, string? value, FieldInput input)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (input == FieldInput.Number && !int.TryParse(ThaiDigits.ToArabic(value.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return "ตัวเลขอ่านไม่ได้";
        var tokens = ThaiWordSegmenter.Default.Tokenize(value);
        bool thai = tokens.Any(t => t.Kind is ThaiTokenKind.Word or ThaiTokenKind.Unknown);
        // Acronyms (ITA, OIT, e-GP) are upper case or longer; a short lower-case run in Thai text is a misread.
        var latin = tokens.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Kind == ThaiTokenKind.Latin && x.t.Text.Length <= 3
            && x.t.Text.All(char.IsAsciiLetterLower) && AmongThai(tokens, x.i)).t;
        if (thai && latin is not null) return $"มีอักษรละติน '{latin.Text}' ปนในข้อความไทย (อาจอ่านตัวเลขหรือสระผิด)";
        if (ProseFields.Contains(field) && field != "name")
        {
            var unknown = tokens.Select((t, i) => (t, i)).Where(x => x.t.Kind == ThaiTokenKind.Unknown && IsInsideWords(tokens, x.i))
                .Select(x => tokens[x.i - 1].Text + x.t.Text + tokens[x.i + 1].Text).ToList();
            if (unknown.Count > 0) return $"มีคำที่ไม่อยู่ในพจนานุกรม: {string.Join(", ", unknown.Take(3))}";
            if (Fragments(tokens) is { } broken) return $"มีคำที่ไม่อยู่ในพจนานุกรม: {broken}";
        }
        return null;
    }

    /// <summary>
    /// A Latin run standing among Thai words or numbers, not part of a Latin phrase, address or name (web board,
    /// www.example.go.th, Don'ts): its nearest non-space neighbours are not Latin and not the punctuation inside those.
    /// </summary>
    private static bool AmongThai(IReadOnlyList<ThaiToken> tokens, int i)
    {
        static bool Joins(ThaiToken? t) => t is not null && (t.Kind == ThaiTokenKind.Latin || t.Kind == ThaiTokenKind.Symbol && t.Text is "." or "/" or ":" or "'" or "&" or "@" or "_");
        ThaiToken? Near(int step)
        {
            for (int k = i + step; k >= 0 && k < tokens.Count; k += step)
                if (tokens[k].Kind != ThaiTokenKind.Whitespace) return tokens[k];
            return null;
        }
        return !Joins(Near(-1)) && !Joins(Near(1));
    }

    /// <summary>
    /// A misread word the dictionary still covers, but only as fragments: three or more very short "words" in a row,
    /// one a lone letter (ใช้จายงบประมาณ reads จา|ยง|บ|ประมาณ). Correct Thai text rarely breaks that way.
    /// </summary>
    private static string? Fragments(IReadOnlyList<ThaiToken> tokens)
    {
        int start = 0;
        for (int i = 0; i <= tokens.Count; i++)
        {
            bool shortWord = i < tokens.Count && tokens[i].Kind == ThaiTokenKind.Word && tokens[i].Text.Length <= 2;
            if (shortWord) continue;
            if (i - start >= 3 && tokens.Skip(start).Take(i - start).Any(t => t.Text.Length == 1))
                return string.Concat(tokens.Skip(Math.Max(0, start - 1)).Take(i - start + (start > 0 ? 1 : 0) + (i < tokens.Count ? 1 : 0)).Select(t => t.Text));
            start = i + 1;
        }
        return null;
    }

    /// <summary>
    /// An unknown run between two dictionary words with no space on either side: a misread syllable inside running
    /// text ("ใช้จา|ย|งบประมาณ"), rather than a proper name, which stands at the start or end of a phrase or between spaces.
    /// </summary>
    private static bool IsInsideWords(IReadOnlyList<ThaiToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == ThaiTokenKind.Word && i + 1 < tokens.Count && tokens[i + 1].Kind == ThaiTokenKind.Word;
}
