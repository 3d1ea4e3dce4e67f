using System.Text.RegularExpressions;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Signs a speck left in a cell crop is read as, where Thai spelling and the cell's layout say no sign stands: a leading
/// vowel (เ แ โ ใ ไ) written straight before an amount in Thai digits (a number with a thousands comma or a decimal
/// point), though the vowel is always followed by a consonant ("ใ๒๘๐,๐๐๐.๐๐" for ๒๘๐,๐๐๐.๐๐); a lone point or comma
/// standing apart before a cell's only number (". ๖"). Part of the <c>cell specks</c> pass. A vowel before a bare
/// number stays: in a period cell ("ใ๒๕จ๑ -") the speck marks a misread year, which the period parser would
/// otherwise take as read (the tuning documents' measure cells, docs/ablation.md).
/// </summary>
public static partial class CellStraySigns
{
    /// <summary>The line without the stray signs described in the class summary.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = LeadingVowelBeforeAmount().Replace(text, "");
        return SignBeforeLoneNumber().Replace(text, "");
    }

    [GeneratedRegex("[เแโใไ](?=[๐-๙]+[,.][๐-๙])")]
    private static partial Regex LeadingVowelBeforeAmount();

    [GeneratedRegex(@"^[.,'`]\s+(?=[๐-๙0-9][๐-๙0-9,.]*$)")]
    private static partial Regex SignBeforeLoneNumber();
}
