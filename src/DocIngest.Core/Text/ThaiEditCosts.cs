using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>
/// Edit costs that follow how OCR misreads Thai: a mark (tone, upper or lower vowel, ์) dropped or added, or one
/// glyph read as a look-alike (ด/ต, บ/ป, ผ/ฝ, ิ/ี ...), costs <see cref="Cheap"/>; a space added or lost costs
/// <see cref="Space"/>; any other edit costs 1.
/// </summary>
public static class ThaiEditCosts
{
    /// <summary>Cost of a typical OCR confusion.</summary>
    public const double Cheap = 0.4;

    /// <summary>Cost of inserting or deleting a space.</summary>
    public const double Space = 0.1;

    // Groups of glyphs Thai OCR confuses with each other (shapes differing by a tail, a loop or a notch). A glyph
    // belongs to one group only: two more pairs listed here once (ฐธ, ยข) never took effect because their second
    // glyph was already grouped, and every figure was measured without them; a caller that needs such a pair (reference
    // codes: ข read as ย) names it itself.
    private static readonly string[] LookAlikeGroups =
    [
        "ดตค", "ถภ", "ผฝ", "พฟ", "บปษ", "ชซ", "ขฃ", "ฎฏ", "ญณ", "นมห", "ลสศ", "อฮ", "รธ", "ใไ",
        "ิีึื", "ุู", "่้๊๋", "ั็", "ำา", "วจ",
    ];

    private static readonly Dictionary<char, int> GroupOf = BuildGroups();

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are a known OCR look-alike pair.</summary>
    public static bool AreLookAlikes(char a, char b) => a != b && GroupIndex(a) is int ga and >= 0 && ga == GroupIndex(b);

    // Look-alike groups indexed by offset in the Thai block: the distance loops ask this for every cell.
    private static readonly sbyte[] ThaiBlockGroups = BuildBlockGroups();

    private static int GroupIndex(char c) => c is >= '\u0E00' and <= '\u0E7F' ? ThaiBlockGroups[c - '\u0E00'] : -1;

    private static sbyte[] BuildBlockGroups()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        foreach (var (c, g) in BuildGroups()) table[c - '\u0E00'] = (sbyte)g;
        return table;
    }

    /// <summary>Cost of reading <paramref name="expected"/> where <paramref name="actual"/> was printed.</summary>
    public static double Substitute(char expected, char actual) =>
        expected == actual ? 0 : AreLookAlikes(expected, actual) ? Cheap : 1;

    /// <summary>Cost of a character OCR added or dropped.</summary>
    public static double InsertOrDelete(char c) =>
        char.IsWhiteSpace(c) ? Space : ThaiCharacters.IsCombiningMark(c) ? Cheap : 1;

    /// <summary>
    /// The text with everything cheap to get wrong taken out: marks and spaces dropped, look-alike glyphs folded to
    /// one representative. Two strings within cheap edits of each other have equal skeletons, which makes the
    /// skeleton a fast filter before the full distance.
    /// </summary>
    public static string Skeleton(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || ThaiCharacters.IsCombiningMark(c)) continue;
            sb.Append(GroupOf.TryGetValue(c, out int g) ? LookAlikeGroups[g][0] : c);
        }
        return sb.ToString();
    }

    /// <summary>Plain weighted edit distance between two strings under these costs.</summary>
    public static double Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var prev = new double[b.Length + 1];
        var cur = new double[b.Length + 1];
        for (int j = 1; j <= b.Length; j++) prev[j] = prev[j - 1] + InsertOrDelete(b[j - 1]);
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = prev[0] + InsertOrDelete(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(
                    prev[j - 1] + Substitute(a[i - 1], b[j - 1]),
                    Math.Min(prev[j] + InsertOrDelete(a[i - 1]), cur[j - 1] + InsertOrDelete(b[j - 1])));
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private static Dictionary<char, int> BuildGroups()
    {
        var map = new Dictionary<char, int>();
        for (int g = 0; g < LookAlikeGroups.Length; g++)
            foreach (char c in LookAlikeGroups[g])
                if (!map.TryAdd(c, g)) throw new InvalidOperationException($"'{c}' is in two look-alike groups.");
        return map;
    }
}
