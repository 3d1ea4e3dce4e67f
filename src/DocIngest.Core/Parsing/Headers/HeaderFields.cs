using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Headers;

/// <summary>Normalised forms of the header's structured fields: phone numbers, reference numbers, dates.</summary>
public static partial class HeaderFields
{
    /// <summary>"๐๔๓ - ๘๑๖๐๖๑" -> "043-816061"; null when the text holds no phone-like digit run.</summary>
    public static string? NormalizePhone(string text)
    {
        var m = PhoneRun().Match(ThaiDigits.ToArabic(text));
        if (!m.Success) return null;
        var phone = Regex.Replace(m.Value.Trim(), @"\s*-\s*", "-");
        phone = Regex.Replace(phone, @"\s+", " ");
        return phone.Count(char.IsAsciiDigit) >= 4 ? phone : null;
    }

    /// <summary>
    /// "กส ๕๑๐๐๑/ ๑๓๓๓" -> "กส 51001/1333": Arabic digits, single spaces, no spaces around / or dots.
    /// Null for a blank reference ("-").
    /// </summary>
    public static string? NormalizeReference(string text)
    {
        var s = ThaiDigits.ToArabic(text).Trim().Trim(',', ';');
        s = Regex.Replace(s, @"\s*/\s*", "/");
        s = Regex.Replace(s, @"\s*\.\s*(?=[0-9])", ".");
        s = Regex.Replace(s, @"\s+", " ").Trim();
        s = s.TrimEnd('-', ' ', '/').Trim();
        if (s.Length == 0 || !s.Any(char.IsAsciiDigit) && s.All(c => c is '-' or ' ' or '/' or '.')) return null;
        return s.Length == 0 ? null : s;
    }

    /// <summary>The first date in the text: its ISO CE form and the text as printed.</summary>
    public static (string Iso, string Printed, DateOnly Date)? FirstDate(string text)
    {
        var match = ThaiDate.FindAll(text).FirstOrDefault();
        return match is null ? null : (ThaiDate.ToIso(match.Date), match.Text.Trim(), match.Date);
    }

    [GeneratedRegex(@"[0-9][0-9\s\-]{5,20}[0-9]")]
    private static partial Regex PhoneRun();
}
