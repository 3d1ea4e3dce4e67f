using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Text;

/// <summary>
/// Puts Thai digits back where OCR read a letter in a number that stands alone: ๖ read as ว ("๒๕ว๒" for ๒๕๖๒,
/// "ว๐.๒๕" for ๖๐.๒๕), ๐ and ๓ read as the Latin o and m ("๒๕๖o", "๘m.๖๔"), and a stray vowel glyph inserted among a score's decimals ("๘๗.๔ใ๒" for ๘๗.๔๒). Only tokens
/// that are numbers otherwise (Thai digits with at most one decimal point, between spaces, bars or brackets) are
/// touched: a word never holds two Thai digits around a letter. Scores and years are read by the callers afterwards.
/// </summary>
public static partial class DigitLookalikes
{
    /// <summary>The text with each numeric token's look-alike letters read as the digits they stand for.</summary>
    public static string Repair(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        // A vowel or tone mark between two digits ("๙๓ู.๑๐") is a speck: no Thai word puts a mark on a digit.
        text = MarkOnDigit().Replace(text, "");
        text = LatinInNumber().Replace(text, m => m.Value.Count(ThaiDigits.IsThaiDigit) < 2 ? m.Value
            : string.Concat(m.Value.Select(c => c switch { 'o' or 'O' => '๐', 'm' => '๓', _ => c })));
        return NumericToken().Replace(text, m =>
        {
            var token = m.Value;
            int digits = token.Count(ThaiDigits.IsThaiDigit);
            if (digits < 2) return token;
            // ๖ read as ว: the token holds Thai digits and ว only.
            if (token.All(c => ThaiDigits.IsThaiDigit(c) || c is 'ว' or '.')) return token.Replace('ว', '๖');
            // One stray glyph among a score's digits: dropping it leaves a score with two decimals.
            var others = token.Where(c => !ThaiDigits.IsThaiDigit(c) && c != '.').ToList();
            if (others.Count != 1 || !StrayGlyphs.Contains(others[0])) return token;
            var dropped = token.Replace(others[0].ToString(), "", StringComparison.Ordinal);
            return Score().IsMatch(dropped) ? dropped : token;
        });
    }

    // A number of Thai digits with Latin look-alikes among them: ๐ read o or O, ๓ read m ("๒๕๖o", "๘m.๖๔"); not part
    // of a Latin word. (๑ is read o too, but less often than ๐: o is read ๐.)
    [GeneratedRegex(@"(?<![A-Za-z0-9๐-๙])(?=[๐-๙oOm.]*[oOm])(?=[oOm.]*[๐-๙])[๐-๙oOm]+(?:\.[๐-๙oOm]+)?(?![A-Za-z0-9๐-๙])")]
    private static partial Regex LatinInNumber();

    /// <summary>Glyphs OCR inserts among digits (vowels and signs taller or lower than a digit, never a digit's misreading).</summary>
    private const string StrayGlyphs = "ใไๆฯ";

    // A token of Thai digits, ว, stray glyphs and one decimal point, standing alone (not inside a word).
    [GeneratedRegex(@"(?<![\u0E01-\u0E4E\w])[๐-๙วใไๆฯ]+(?:\.[๐-๙วใไๆฯ]+)?(?![\u0E01-\u0E4E\w])")]
    private static partial Regex NumericToken();

    // A mark above or below (ั ิ-ฺ ็-๎) after a Thai digit and before a digit or a decimal point.
    [GeneratedRegex(@"(?<=[๐-๙])[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E](?=[๐-๙.])")]
    private static partial Regex MarkOnDigit();

    [GeneratedRegex(@"^[๐-๙]{1,3}\.[๐-๙]{2}$")]
    private static partial Regex Score();
}
