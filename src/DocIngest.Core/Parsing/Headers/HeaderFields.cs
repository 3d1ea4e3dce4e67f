using DocIngest.Core.Parsing.Organizations;
using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Headers;

/// <summary>Normalised forms of the header's structured fields: phone numbers, reference numbers, dates.</summary>
public static partial class HeaderFields
{
    /// <summary>
    /// "๐๔๓ - ๘๑๖๐๖๑" -> "043-816061": Arabic digits, dashes without spaces, single spaces, grouped as printed, the
    /// leading 0 a misread lost put back; null when the text holds no phone-like digit run. A date after the number (its day, month, year) is no part of it.
    /// </summary>
    public static string? NormalizePhone(string text)
    {
        var s = ThaiDigits.ToArabic(text);
        // "โทร. ๐ ๔๓๒๖ ๑๕๔๗ ๑๐ มกราคม ๒๕๖๔" when the วันที่ label was lost: the number ends before the date's day.
        var month = MonthAfterDay().Match(s);
        if (month.Success) s = s[..month.Index];
        var m = PhoneRun().Match(s);
        if (!m.Success) return null;
        var phone = Regex.Replace(m.Value.Trim(), @"\s*-\s*", "-");
        phone = Regex.Replace(phone, @"\s+", " ");
        int digits = phone.Count(char.IsAsciiDigit);
        // Every full Thai number starts with 0 (landlines 0 + 8 digits, mobiles 0 + 9): one of eight or nine digits that
        // starts with another is that number with its 0 lost (read into the dot of "โทร.", or dropped as a speck).
        // International numbers ("+66 38 ...") keep what is printed.
        if (digits is 8 or 9 && phone[0] is >= '1' and <= '9' && !s[..m.Index].TrimEnd().EndsWith('+')) phone = "0" + phone;
        return digits >= 4 ? phone : null;
    }

    /// <summary>
    /// "กส ๕๑๐๐๑/ ๑๓๓๓" -> "กส 51001/1333": Arabic digits, single spaces, no spaces around / or dots between numbers.
    /// A number left blank after the slash ("นก.๕๒๐๐๑.๒ / -", to be filled in by hand) keeps its " / -" as printed.
    /// Null for a blank reference: "-" alone, or a dash standing first ("ที่ - …": no number was given).
    /// </summary>
    public static string? NormalizeReference(string text)
    {
        var s = ThaiDigits.ToArabic(text).Trim().Trim(',', ';', ':').Trim();
        if (BlankStart().IsMatch(s)) return null;
        bool blankNumber = BlankNumber().IsMatch(s);
        if (blankNumber) s = BlankNumber().Replace(s, "");
        s = WithoutMarksInLetterCode(s);
        // A letter code run into its number ("ชบ๐๘๓๒.๑/๕๐") is printed with a space between.
        s = CodeRunIntoNumber().Replace(s, "$1 ");
        s = Regex.Replace(s, @"\s*/\s*", "/");
        s = Regex.Replace(s, @"\s*\.\s*(?=[0-9])", ".");
        s = Regex.Replace(s, @"\s+", " ").Trim();
        s = s.TrimEnd('-', ' ', '/').Trim();
        if (s.Length == 0 || !s.Any(char.IsAsciiDigit) && s.All(c => c is '-' or ' ' or '/' or '.')) return null;
        return blankNumber && s.Any(char.IsAsciiDigit) ? s + " / -" : s;
    }

    /// <summary>
    /// The letter code that opens a reference (กส, ขก, มท, นก.) is the consonant initials of the issuing body, never
    /// a word: a vowel or tone mark on it is a speck OCR read ("กสุ ๕๑๐๐๑" for "กส ๕๑๐๐๑"), and goes; a two-letter code
    /// misread by a look-alike (ซบ for ชบ) becomes the official one (<see cref="ReferenceCodes"/>).
    /// </summary>
    private static string WithoutMarksInLetterCode(string reference)
    {
        var m = LetterCode().Match(reference);
        if (!m.Success) return reference;
        int consonants = m.Value.Count(ThaiCharacters.IsConsonant);
        if (consonants is < 2 or > 4) return reference;
        var code = new string(m.Value.Where(c => !ThaiCharacters.IsCombiningMark(c)).ToArray());
        return ReferenceCodes.Correct(code) + reference[m.Length..];
    }

    /// <summary>
    /// Splits what follows ที่ when the วันที่ label after it was lost or misread: "ขก ๗๔๓๐๒/๒๑๘ ๒๐ พฤศจิกายน ๒๕๖๗" ->
    /// reference "ขก ๗๔๓๐๒/๒๑๘", date "๒๐ พฤศจิกายน ๒๕๖๗". The date starts at the word before a month name (its day,
    /// however misread) and, when present, the misread label before that. Text without a month comes back whole.
    /// </summary>
    public static (string Reference, string? Date) SplitReferenceAndDate(string value)
    {
        var m = MonthAfterDay().Match(value);
        if (!m.Success) return (value, null);
        // A misread วันที่ ("วนท", "AUN") before the day goes with neither field.
        string reference = value[..m.Index].TrimEnd();
        var label = TrailingLabelGuess().Match(reference);
        if (label.Success && reference[..label.Index].Trim().Length > 0) reference = reference[..label.Index].TrimEnd();
        return (reference, value[m.Index..].Trim());
    }

    /// <summary>
    /// The first date in the text: its ISO CE form and the text as printed. A plain วันที่ before it is the label,
    /// not the date ("สั่ง ณ วันที่ ๑๐ มกราคม ๒๕๖๔" -> "๑๐ มกราคม ๒๕๖๔"); a weekday (วันพุธที่ ๑๕ …) is kept.
    /// </summary>
    public static (string Iso, string Printed, DateOnly Date)? FirstDate(string text)
    {
        // A date whose year OCR garbled past the documents' years (๒๕9๐ → 2047, a two-digit ๒๔ → 1981) is none.
        var match = ThaiDate.FindAll(WithEraRepaired(text)).FirstOrDefault(d => PlausibleYear(d.Date));
        if (match is null) return null;
        string printed = DateLabel().Replace(match.Text.Trim(), "");
        return (ThaiDate.ToIso(match.Date), printed, match.Date);
    }

    /// <summary>
    /// The first date as printed whatever its year reads as (<see cref="FirstDate"/> refuses a year outside the
    /// documents' years): what the page said, for a reviewer, when no date can be taken from it.
    /// </summary>
    public static string? FirstDatePrintedAnyYear(string text)
    {
        var match = ThaiDate.FindAll(WithEraRepaired(text)).FirstOrDefault();
        return match is null ? null : DateLabel().Replace(match.Text.Trim(), "");
    }

    private static bool PlausibleYear(DateOnly date)
    {
        int be = ThaiCalendar.ToBuddhistEra(date.Year);
        return be >= Organizations.FiscalYears.EarliestYear && be <= Organizations.FiscalYears.LatestYear;
    }

    /// <summary>
    /// พ.ศ. between a date's month and its year read as something else ("๒ ตุลาคม WA. ๒๕๖๖", "w.ศ.", "พ.ค."): a short
    /// token standing there can only be the era, and becomes พ.ศ. again so that the date reads.
    /// </summary>
    public static string WithEraRepaired(string text) =>
        GarbledEra().Replace(text, m => m.Groups["era"].Value == "พ.ศ." ? m.Value : m.Groups["month"].Value + " พ.ศ. ");

    // A month name, a short token that is not พ.ศ.'s digits, then a Buddhist-Era year (Thai or Arabic digits).
    [GeneratedRegex(@"(?<month>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\s+(?<era>[^\s0-9๐-๙]{1,3}\.?\s?(?:[^\s0-9๐-๙]{1,2}\.?)?)\s*(?=(?:๒๕|25)[0-9๐-๙]{2}(?![0-9๐-๙]))")]
    private static partial Regex GarbledEra();

    // The day (a short word, misread digits included) and the month name that follows it.
    [GeneratedRegex(@"(?<=^|\s)(?:\S{1,3}\s*)?(?:เดือน\s*)?(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)")]
    private static partial Regex MonthAfterDay();

    // A word of 2–6 Latin or Thai letters (no digits) right before the day: a misread วันที่.
    [GeneratedRegex(@"(?<=\s)[A-Za-z\u0E01-\u0E4E]{2,6}$")]
    private static partial Regex TrailingLabelGuess();

    // Two to four Thai consonants standing first, a digit right after them.
    [GeneratedRegex(@"^([ก-ฮ]{2,4})(?=[0-9])")]
    private static partial Regex CodeRunIntoNumber();

    [GeneratedRegex(@"^-(?:\s|$)")]
    private static partial Regex BlankStart();

    [GeneratedRegex(@"\s*/\s*-\s*$")]
    private static partial Regex BlankNumber();

    [GeneratedRegex(@"^วัน\s?ที่\s*")]
    private static partial Regex DateLabel();

    // Thai consonants with marks, standing first and followed by a dot, space or digit.
    [GeneratedRegex(@"^[\u0E01-\u0E2E\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]{2,8}(?=[\s.0-9])")]
    private static partial Regex LetterCode();

    [GeneratedRegex(@"[0-9][0-9\s\-]{5,20}[0-9]")]
    private static partial Regex PhoneRun();
}
