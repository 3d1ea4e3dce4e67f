using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Parsing.Headers;

/// <summary>
/// Order numbers: "ที่ ๕/๒๕๖๔" -> "5/2564", also with spaces, a lost tone mark (ที 12 / 2566) or a label OCR read as
/// Latin letters on a line of its own ("N ๕/๒๕๖๔").
/// </summary>
public static partial class OrderNumbers
{
    /// <summary>The first order number among the first lines of an order, or null.</summary>
    public static string? Find(IReadOnlyList<string> lines)
    {
        // The number stands between the title and the subject; letterhead specks above may push it down a few lines.
        foreach (var line in lines.Take(HeadLines))
        {
            string folded = ParsingText.Fold(line);
            var m = Number().Match(folded);
            if (!m.Success) m = NumberLineWithMisreadLabel().Match(folded);
            if (m.Success) return $"{m.Groups["n"].Value}/{m.Groups["y"].Value}";
        }
        return null;
    }

    /// <summary>How many lines from the top of an order its number is looked for in.</summary>
    public const int HeadLines = 8;

    [GeneratedRegex(@"(?:^|\s|คำสั่ง\S*\s*)ท[\u0E34-\u0E4B]*\s*[:.]?\s*(?:พิเศษ\s*)?(?<n>[0-9]{1,4})\s*[/|]\s*(?<y>[0-9]{4}|[0-9]{2})(?![0-9])")]
    private static partial Regex Number();

    // The number line under the title whose ที่ OCR misread or lost ("N ๕/๒๕๖๔", "ทึ่ : ๕/๒๕๖๔", "๕/๒๕๖๔"): nothing but a
    // short label and n/yyyy with a Buddhist-Era year (specks around allowed), so a stray fraction elsewhere is not taken.
    [GeneratedRegex(@"^[\s.,'`|]*(?:[^\s0-9]{1,4}\s*[:.]?\s*)?(?<n>[0-9]{1,4})\s*[/|]\s*(?<y>25[0-9]{2})[\s.,'`|]*$")]
    private static partial Regex NumberLineWithMisreadLabel();
}
