using System.Text;
using System.Text.RegularExpressions;

namespace DocIngest.Core.Thai;

/// <summary>Normalisation every piece of Thai text goes through before it is compared or stored.</summary>
public static partial class ThaiText
{
    /// <summary>
    /// NFC; NIKHAHIT + SARA AA (ํา, and ํ + tone + า) recomposed into SARA AM (ำ); zero-width characters removed;
    /// runs of spaces and tabs folded to one space; lines trimmed. Line breaks are kept.
    /// </summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = text.Normalize(NormalizationForm.FormC);
        s = ZeroWidth().Replace(s, "");
        // Tesseract and some PDF encoders emit ำ as ํ + า, sometimes with the tone mark in between (ํ่า -> ่ำ).
        s = NikhahitToneSaraAa().Replace(s, "$1ำ");
        s = s.Replace("\u0E4D\u0E32", "\u0E33");
        s = SpaceRun().Replace(s, " ");
        return string.Join('\n', s.Split('\n').Select(l => l.Trim()));
    }

    [GeneratedRegex("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex ZeroWidth();

    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B])\u0E32")]
    private static partial Regex NikhahitToneSaraAa();

    [GeneratedRegex("[ \t\u00A0\u2000-\u200A\u3000]+")]
    private static partial Regex SpaceRun();
}
