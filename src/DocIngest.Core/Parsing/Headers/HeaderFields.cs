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
    /// A landline whose area code is one digit off the area of the province that opens the reference ("ชบ 0832.1/50":
    /// ชลบุรี, 038) by a look-alike digit is that province's number with the digit misread (๐๓๘ read as ๐๓๕: ๘ and ๕
    /// differ by a stroke): the digit is put back. Mobiles (06, 08, 09), Bangkok's 02, a reference without a province code, an area off by
    /// another digit or two digits off (an office's number in another province) stay as read. A number range ("038-219232-3") counts its first number.
    /// When the reference names no province (its code lost to OCR, or a ministry's), the province the agency's name
    /// places the office in (จังหวัดชลบุรี, <see cref="ProvinceAreaCodes.CodeNamedIn"/>) serves instead.
    /// </summary>
    public static string WithProvinceAreaCode(string phone, string? reference, string? agency = null)
    {
        ArgumentNullException.ThrowIfNull(phone);
        string? area = reference is { Length: >= 2 } ? ProvinceAreaCodes.Of(reference[..2]) : null;
        if (area is null && agency is not null && ProvinceAreaCodes.CodeNamedIn(agency) is { } named) area = ProvinceAreaCodes.Of(named);
        if (area is not { Length: 3 }) return phone;
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        if (digits.Length is < 9 or > 11 || digits[0] != '0' || digits[1] is < '3' or > '7') return phone;
        int differing = Enumerable.Range(1, 2).Count(k => digits[k] != area[k]);
        if (differing != 1) return phone;
        int which = digits[1] != area[1] ? 1 : 2;
        if (!AreDigitLookAlikes(digits[which], area[which])) return phone;
        // The position in the printed phone of its which-th digit.
        int seen = -1;
        for (int i = 0; i < phone.Length; i++)
        {
            if (!char.IsAsciiDigit(phone[i]) || ++seen != which) continue;
            return string.Concat(phone.AsSpan(0, i), area[which].ToString(), phone.AsSpan(i + 1));
        }
        return phone;
    }

    /// <summary>Thai digits that differ by a stroke or a loop and are read for each other (๘ as ๕ or ๓).</summary>
    private static bool AreDigitLookAlikes(char a, char b) => (a, b) is ('8', '5') or ('5', '8') or ('8', '3') or ('3', '8');

    /// <summary>
    /// "กส ๕๑๐๐๑/ ๑๓๓๓" -> "กส 51001/1333": Arabic digits, single spaces, no spaces around / or dots between numbers.
    /// A number left blank after the slash ("นก.๕๒๐๐๑.๒ / -", to be filled in by hand) keeps its " / -" as printed.
    /// Null for a blank reference: "-" alone, or a dash standing first ("ที่ - …": no number was given).
    /// </summary>
    public static string? NormalizeReference(string text)
    {
        // A reference printed in Thai digits is printed in them throughout: Arabic digits standing apart after its number
        // ("บร ๐๐๓๓.๓๐๒/๕๐๙ 523 7") are specks OCR read as digits, not more of it.
        text = LatinDigitSpecksAfterThaiNumber().Replace(text, "");
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
        s = WithoutTrailingJunk(s);
        s = s.TrimEnd('-', ' ', '/').Trim();
        if (s.Length == 0 || !s.Any(char.IsAsciiDigit) && s.All(c => c is '-' or ' ' or '/' or '.')) return null;
        return blankNumber && s.Any(char.IsAsciiDigit) ? s + " / -" : s;
    }

    /// <summary>
    /// What stands after a reference's last number when it holds no Thai letter and no number of two digits: the rule
    /// between the ที่ and วันที่ columns read as "|" or "1", specks read as Latin ("ชบ 0832.1/50. un"). A reference
    /// ends with its number (a circular's "/ว 112" keeps its ว: it stands before the number).
    /// </summary>
    private static string WithoutTrailingJunk(string reference)
    {
        var m = TrailingJunk().Match(reference);
        return m.Success && !m.Groups["tail"].Value.Any(ThaiCharacters.IsConsonant) ? reference[..m.Groups["tail"].Index].TrimEnd('.', ',', ' ') : reference;
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
    /// however misread) and, when present, the misread label before that. Text without a month comes back whole. A month
    /// misspelt by a letter between its day and year ("วงนท ๙ ถันวาคม ๒๕๖๓": the label and the month both misread) is
    /// the month (<see cref="WithMonthRepaired"/>): the date is written with it.
    /// </summary>
    public static (string Reference, string? Date) SplitReferenceAndDate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var m = MonthAfterDay().Match(value);
        if (!m.Success && WithMonthRepaired(value) is var repaired && repaired != value)
        {
            // The repair touches only the day, month and year, which all go to the date.
            value = repaired;
            m = MonthAfterDay().Match(value);
        }
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
        string repaired = WithMonthRepaired(WithEraRepaired(text));
        var match = ThaiDate.FindAll(repaired).FirstOrDefault(d => PlausibleYear(d.Date))
                    ?? ThaiDate.FindAll(WithYearLookAlikeRepaired(repaired)).FirstOrDefault(d => PlausibleYear(d.Date))
                    ?? ThaiDate.FindAll(WithSpeckBeforeMonthRemoved(repaired)).FirstOrDefault(d => PlausibleYear(d.Date))
                    ?? ThaiDate.FindAll(WithYearLookAlikeRepaired(WithSpeckBeforeMonthRemoved(repaired))).FirstOrDefault(d => PlausibleYear(d.Date));
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

    private static readonly string[] MonthSkeletons = Enumerable.Range(1, 12).Select(m => Text.ThaiCue.Skeleton(ThaiMonths.FullName(m))).ToArray();

    /// <summary>
    /// The month a word names, compared without marks (OCR drops and adds them: พฤศจกายน, พฤศจิกายน์) and with one
    /// letter off allowed (ธื้นงวาคม, ตุลลาคม); null for any other word, and for one a letter off two months.
    /// </summary>
    public static int? MonthOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 5 || !word.All(c => c is >= '\u0E01' and <= '\u0E4E')) return null;
        var skeleton = Text.ThaiCue.Skeleton(word);
        int? found = null;
        for (int m = 0; m < 12; m++)
        {
            int distance = Core.Text.EditDistance.Levenshtein(skeleton, MonthSkeletons[m]);
            if (distance == 0) return m + 1;
            if (distance > 1) continue;
            if (found is not null) return null;
            found = m + 1;
        }
        return found;
    }

    /// <summary>
    /// A month name misspelt by OCR between a day and a year ("๑๔ ธื้นงวาคม ๒๕๖๖", "๓ ตุลลาคม ๒๕๖๗") written as the month:
    /// in that place a word one letter off a month (<see cref="MonthOf"/>) can only be that month.
    /// </summary>
    public static string WithMonthRepaired(string text) =>
        MisspeltMonth().Replace(text, m => m.Groups["word"].Value is var word && !ThaiMonths.TryParse(word, out _) && MonthOf(word) is { } month
            ? m.Groups["day"].Value + ThaiMonths.FullName(month) + m.Groups["rest"].Value
            : m.Value);

    private static bool PlausibleYear(DateOnly date)
    {
        int be = ThaiCalendar.ToBuddhistEra(date.Year);
        return be >= Organizations.FiscalYears.EarliestYear && be <= Organizations.FiscalYears.LatestYear;
    }

    /// <summary>
    /// A date's year read ๒๔xx (the nineteenth century CE, outside the documents' years) written ๒๕xx: ๔ and ๕ differ by
    /// a stroke and the digit model reads one for the other in some faces ("๘ กุมภาพันธ์ พ.ศ. ๒๔๖๗" for ๒๕๖๗ on a tuning
    /// order). Only the year after a month name changes; <see cref="FirstDate"/> tries it only when no date of the
    /// documents' years reads otherwise, and keeps it only when the year is then one of them.
    /// </summary>
    public static string WithYearLookAlikeRepaired(string text) =>
        LookAlikeYear().Replace(text, m => m.Groups["head"].Value + (m.Groups["century"].Value == "24" ? "25" : "๒๕") + m.Groups["rest"].Value);

    /// <summary>
    /// A speck read between a date's day and its month ("๒๐ 0 ธันวาคม ๒๕๖๖", "๕ ' มกราคม ๒๕๖๗", "๑๕ 'กรกฎาคม ๒๕๖๘") removed:
    /// a sign that is no Thai letter or digit, spaced or touching the day or the month, or a digit set apart after a day
    /// of two digits (a day has no third). A digit after a one-digit day
    /// stays: it may be the day's second digit set apart. <see cref="FirstDate"/> tries it only when nothing else reads.
    /// </summary>
    public static string WithSpeckBeforeMonthRemoved(string text) =>
        SpeckBeforeMonth().Replace(text, m => m.Groups["day"].Value + " ");

    /// <summary>
    /// พ.ศ. between a date's month and its year read as something else ("๒ ตุลาคม WA. ๒๕๖๖", "w.ศ.", "พ.ค."): a short
    /// token standing there can only be the era, and becomes พ.ศ. again so that the date reads.
    /// </summary>
    public static string WithEraRepaired(string text) =>
        GarbledEra().Replace(text, m => m.Groups["era"].Value == "พ.ศ." ? m.Value : m.Groups["month"].Value + " พ.ศ. ");

    /// <summary>The twelve month names as printed (กรกฏาคม, a common misspelling, too), as a regex alternation for the date patterns.</summary>
    internal const string MonthNames = "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม";

    // A day, a Thai word, then (an era and) a Buddhist-Era year.
    [GeneratedRegex(@"(?<day>(?<![0-9๐-๙])[0-9๐-๙]{1,2}\s*)(?<word>[\u0E01-\u0E4E]{5,12})(?<rest>\s*(?:พ\.\s?ศ\.\s*)?(?:๒๕|25)[0-9๐-๙]{2}(?![0-9๐-๙]))")]
    private static partial Regex MisspeltMonth();

    // A day, a speck (a digit after two, set apart; or one or two signs that are no Thai letter or digit, set apart or
    // touching the day or the month: "๑๕ 'กรกฎาคม"), then a month name.
    [GeneratedRegex(@"(?<![0-9๐-๙])(?:(?<day>[0-9๐-๙]{2})\s+[0-9๐-๙]\s+|(?<day>[0-9๐-๙]{1,2})\s*[^\s0-9๐-๙\u0E01-\u0E4E]{1,2}\s*)(?=" + MonthNames + ")")]
    private static partial Regex SpeckBeforeMonth();

    // A month name, (พ.ศ. and) a year of the 2400s BE.
    [GeneratedRegex(@"(?<head>(?:" + MonthNames + @")\s*(?:พ\.\s?ศ\.\s*)?)(?<![0-9๐-๙])(?<century>๒๔|24)(?<rest>[0-9๐-๙]{2})(?![0-9๐-๙])")]
    private static partial Regex LookAlikeYear();

    // A month name, a short token that is not พ.ศ.'s digits, then a Buddhist-Era year (Thai or Arabic digits).
    [GeneratedRegex(@"(?<month>" + MonthNames + @")\s+(?<era>[^\s0-9๐-๙]{1,3}\.?\s?(?:[^\s0-9๐-๙]{1,2}\.?)?)\s*(?=(?:๒๕|25)[0-9๐-๙]{2}(?![0-9๐-๙]))")]
    private static partial Regex GarbledEra();

    // The day (a short word, misread digits included), a speck of punctuation after it (WithSpeckBeforeMonthRemoved), and
    // the month name that follows.
    [GeneratedRegex(@"(?<=^|\s)(?:\S{1,3}\s*(?:[^\s\p{L}0-9๐-๙\u0E01-\u0E4E]{1,2}\s*)?)?(?:เดือน\s*)?(?:" + MonthNames + @"|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)")]
    private static partial Regex MonthAfterDay();

    // A word of 2–6 Latin or Thai letters (no digits) right before the day: a misread วันที่.
    [GeneratedRegex(@"(?<=\s)[A-Za-z\u0E01-\u0E4E]{2,6}$")]
    private static partial Regex TrailingLabelGuess();

    // Two to four Thai consonants standing first, a digit right after them.
    [GeneratedRegex(@"^([ก-ฮ]{2,4})(?=[0-9])")]
    private static partial Regex CodeRunIntoNumber();

    // The slash, its number, then a tail of short tokens without two digits in a row.
    [GeneratedRegex(@"/\s*(?:ว\s*)?[0-9]+(?:\.[0-9]+)*(?<tail>[.,]?\s+(?:(?![0-9]{2})\S){1,4}(?:\s+(?:(?![0-9]{2})\S){1,4}){0,2})$")]
    private static partial Regex TrailingJunk();

    [GeneratedRegex(@"^-(?:\s|$)")]
    private static partial Regex BlankStart();

    // A reference number in Thai digits (digits, a slash, digits), then up to three pieces of Arabic digits and specks
    // standing apart, ending the text.
    [GeneratedRegex(@"(?<=[๐-๙]\s*/\s*[๐-๙]+)(?:\s+[0-9.,:;|'`]{1,4}){1,3}\s*$")]
    private static partial Regex LatinDigitSpecksAfterThaiNumber();

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
