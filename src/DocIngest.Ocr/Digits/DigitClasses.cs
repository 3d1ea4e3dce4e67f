namespace DocIngest.Ocr.Digits;

/// <summary>The classes the digit model tells apart: the ten Thai digits and one reject class for everything else.</summary>
public static class DigitClasses
{
    /// <summary>Label of the reject class (Thai letters and marks, Arabic digits: anything that is not a Thai digit).</summary>
    public const string Reject = "reject";

    /// <summary>The ten Thai digits ๐–๙, in value order.</summary>
    public const string ThaiDigits = "๐๑๒๓๔๕๖๗๘๙";

    /// <summary>
    /// Characters trained as reject: Thai letters whose shapes come close to digits (loops, hooks, ๆ), and
    /// Arabic digits, so that a real letter or an Arabic digit is never rewritten into a Thai digit.
    /// Only characters without marks above or below, so that each renders as one tight glyph.
    /// </summary>
    public const string RejectGlyphs = ThaiRejectGlyphs + ArabicDigits;

    /// <summary>The Thai part of <see cref="RejectGlyphs"/>.</summary>
    public const string ThaiRejectGlyphs = "ดตศสฮๆคถภลวฟซฆญธจองปผบนมรฒฑฌฯทกขฃฅพหฬ";

    /// <summary>The Arabic digits (rendered apart: some Thai fonts, e.g. Noto Sans Thai, have no Latin glyphs).</summary>
    public const string ArabicDigits = "0123456789";

    /// <summary>Label for a digit value 0–9 ("0".."9").</summary>
    public static string LabelOf(int digit) => digit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Training label of one reject glyph: each reject character is its own class ("reject:ด"), because one linear class
    /// for dozens of unlike letters cannot be separated from the digits; all of them mean "not a digit".
    /// </summary>
    public static string RejectLabelOf(char glyph) => $"{Reject}:{glyph}";

    /// <summary>Digit value of a label, or -1 for the reject classes.</summary>
    public static int DigitOf(string label) => label.Length == 1 && label[0] is >= '0' and <= '9' ? label[0] - '0' : -1;
}
