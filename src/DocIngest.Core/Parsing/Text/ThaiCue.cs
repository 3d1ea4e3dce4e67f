using System.Text;
using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Text;

/// <summary>
/// Matching of Thai cue words that survives what OCR does to them: above/below vowels and tone marks dropped
/// or doubled, spaces inside the word. A cue is compared on its "skeleton" (base letters only).
/// </summary>
public static class ThaiCue
{
    /// <summary>Marks that OCR tends to drop or confuse: ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎.</summary>
    public static bool IsMark(char c) => ThaiCharacters.IsCombiningMark(c);

    /// <summary>The text without marks, spaces and dots: "บันทึก ข้อความ" -> "บนทกขอความ".</summary>
    public static string Skeleton(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (IsMark(c) || char.IsWhiteSpace(c) || c == '.' || c == '#' || c == '*') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when the text, compared on skeletons, starts with the cue.</summary>
    public static bool StartsWith(string text, string cue) => Skeleton(text).StartsWith(Skeleton(cue), StringComparison.Ordinal);

    /// <summary>True when the text, compared on skeletons, contains the cue.</summary>
    public static bool Contains(string text, string cue) => Skeleton(text).Contains(Skeleton(cue), StringComparison.Ordinal);

    /// <summary>
    /// A regex fragment matching the word with any marks optional and repeatable between its base letters
    /// and optional single spaces, e.g. for labels such as เรื่อง, วันที่ in noisy header lines.
    /// </summary>
    public static string LoosePattern(string word)
    {
        var sb = new StringBuilder();
        // OCR sometimes sets a mark apart with a space ("ท ี่"), so a space may precede each mark.
        const string marks = @"(?: ?[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])*";
        var letters = Skeleton(word);
        for (int i = 0; i < letters.Length; i++)
        {
            if (i > 0) sb.Append(@" ?");
            sb.Append(Regex.Escape(letters[i].ToString())).Append(marks);
        }
        return sb.ToString();
    }
}
