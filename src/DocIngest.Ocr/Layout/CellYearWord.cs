using System.Text.RegularExpressions;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// ปี (year) read as a Latin "U" or "u" in a cell: set large in a target table's header (ปี ๒๕๖๖) or after an age range
/// (อายุ ๒-๑๐ ปี), the word's two strokes and its upper vowel make the engine's Latin U, at a confidence that nothing
/// downstream questions, and a re-read with Latin excluded did not bring the word back (docs/ablation.md). A lone U
/// standing straight before or after a number in Thai digits is put back as ปี: a Latin letter beside Thai digits with no
/// other Latin letter next to it spells nothing else in a Thai table. The <c>cell year word</c> pass.
/// </summary>
public static partial class CellYearWord
{
    /// <summary>The cell line with each lone U beside a Thai-digit number written ปี.</summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LoneUBesideThaiDigits().Replace(text, "ปี");
    }

    [GeneratedRegex(@"(?<![A-Za-z])[Uu](?![A-Za-z])(?:(?=\s?[๐-๙])|(?<=[๐-๙]\s?[Uu]))")]
    private static partial Regex LoneUBesideThaiDigits();
}
