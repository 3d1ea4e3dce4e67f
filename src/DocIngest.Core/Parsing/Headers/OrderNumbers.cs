using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Parsing.Headers;

/// <summary>Order numbers: "ที่ ๕/๒๕๖๔" -> "5/2564", also with spaces or a lost tone mark (ที 12 / 2566).</summary>
public static partial class OrderNumbers
{
    /// <summary>The first order number among the first lines of an order, or null.</summary>
    public static string? Find(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Take(6))
        {
            var m = Number().Match(ParsingText.Fold(line));
            if (m.Success) return $"{m.Groups["n"].Value}/{m.Groups["y"].Value}";
        }
        return null;
    }

    [GeneratedRegex(@"(?:^|\s|คำสั่ง\S*\s*)ท[\u0E34-\u0E4B]*\s*(?:พิเศษ\s*)?(?<n>[0-9]{1,4})\s*/\s*(?<y>[0-9]{4}|[0-9]{2})(?![0-9])")]
    private static partial Regex Number();
}
