using System.Text.RegularExpressions;

namespace DocIngest.Core.Parsing.People;

/// <summary>A person's name found at the start of a text, and what follows it.</summary>
public sealed record NameMatch(string Name, string Rest);

/// <summary>
/// Thai personal names: a title (นาย, นาง, นางสาว, น.ส., ว่าที่ ร.ต., military and police ranks, ดร.) followed by
/// first name and surname. นายก… (mayor, chief executive) is a position, never the title นาย.
/// </summary>
public static partial class PersonNames
{
    /// <summary>The name that opens the text ("นายมีชัย  จงสันเทียะ  ปลัด…" -> "นายมีชัย จงสันเทียะ"), or null.</summary>
    public static NameMatch? AtStart(string text)
    {
        var m = TitledName().Match(text.Trim());
        if (!m.Success) return null;
        var title = Regex.Replace(m.Groups["title"].Value, @"\s+", " ").Trim();
        // นาย, นาง, นางสาว run into the first name (นายมีชัย); ranks, abbreviations and ว่าที่… keep a space.
        string separator = title is "นาย" or "นาง" or "นางสาว" ? "" : " ";
        var name = $"{title}{separator}{m.Groups["first"].Value} {m.Groups["last"].Value}";
        return new NameMatch(name, text.Trim()[m.Length..].Trim());
    }

    /// <summary>True when the text is a bare name in the form signatures print it: two to four words of Thai letters.</summary>
    public static bool LooksLikeBareName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || text.Length > 45) return false;
        int thai = text.Count(c => c is >= '\u0E01' and <= '\u0E4E');
        int letters = text.Count(c => !char.IsWhiteSpace(c) && c != '.');
        return letters > 0 && thai >= letters * 0.7 && !text.Any(c => char.IsDigit(c) || c is '/' or ',' or ':' or '(' or ')');
    }

    /// <summary>
    /// Where the first name and the surname of every titled name in <paramref name="text"/> stand, in order
    /// ("(นายมีชัย จงสันเทียะ)" gives มีชัย and จงสันเทียะ). A title counts only where a Thai word starts.
    /// </summary>
    public static IEnumerable<(int Index, int Length)> NameWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in TitledNameAnywhere().Matches(text))
        {
            yield return (m.Groups["first"].Index, m.Groups["first"].Length);
            yield return (m.Groups["last"].Index, m.Groups["last"].Length);
        }
    }

    private const string Title = @"(?<title>ว่าที่\s?(?:ร้อยตรี|ร\.\s?ต\.)\s?(?:หญิง)?|นางสาว|น\.\s?ส\.|นาง(?!าน)|นาย(?!ก(?:องค์|เทศ|รัฐ|\s|$)|อำเภอ|ช่าง|ตรวจ)|ดร\.|จ่าเอก|จ่าโท|จ่าตรี|จ\.ส\.อ\.|จ\.อ\.|สิบเอก|สิบโท|สิบตรี|ส\.อ\.|ส\.ท\.|ร\.ต\.อ\.|ร\.ต\.ท\.|พ\.ต\.อ\.|พ\.ต\.ท\.|ด\.ต\.)";
    private const string FirstAndLast = @"\s*(?<first>[\u0E01-\u0E2E\u0E30-\u0E4E]{2,})\s+(?<last>[\u0E01-\u0E2E\u0E30-\u0E4E]{2,})";

    [GeneratedRegex("^" + Title + FirstAndLast)]
    private static partial Regex TitledName();

    [GeneratedRegex(@"(?<![\u0E01-\u0E4E])" + Title + FirstAndLast)]
    private static partial Regex TitledNameAnywhere();
}
