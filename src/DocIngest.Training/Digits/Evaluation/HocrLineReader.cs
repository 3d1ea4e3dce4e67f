using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Digits;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Digits.Evaluation;

/// <summary>
/// Reads Tesseract's hOCR (written with <c>-c hocr_char_boxes=1</c>) into <see cref="RecognizedLine"/>s with one
/// symbol per character box, the way the engine binding hands lines to correctors. For Thai, hOCR makes every
/// character its own "word", so word boundaries say nothing; a space is put where the gap between symbols
/// exceeds <see cref="SpaceGapRatio"/> of the line height.
/// </summary>
public static partial class HocrLineReader
{
    /// <summary>Gap between symbols, as a share of the line's height, above which a space is assumed.</summary>
    public const double SpaceGapRatio = 0.3;

    public static IReadOnlyList<RecognizedLine> Parse(string hocr)
    {
        var lines = new List<RecognizedLine>();
        var lineMatches = LineSpan().Matches(hocr);
        for (int l = 0; l < lineMatches.Count; l++)
        {
            var match = lineMatches[l];
            int end = l + 1 < lineMatches.Count ? lineMatches[l + 1].Index : hocr.Length;
            var lineBox = ParseBox(match.Groups["bbox"].Value);
            var symbols = new List<RecognizedSymbol>();
            foreach (Match c in CharSpan().Matches(hocr[match.Index..end]))
            {
                string text = WebUtility.HtmlDecode(c.Groups["text"].Value);
                if (string.IsNullOrWhiteSpace(text)) continue;
                double confidence = double.Parse(c.Groups["conf"].Value, CultureInfo.InvariantCulture) / 100.0;
                symbols.Add(new RecognizedSymbol(text, ParseBox(c.Groups["bbox"].Value), confidence));
            }
            if (symbols.Count == 0) continue;
            lines.Add(new RecognizedLine(JoinWithSpaces(symbols, lineBox), lineBox, symbols.Average(s => s.Confidence), symbols));
        }
        return lines;
    }

    private static string JoinWithSpaces(List<RecognizedSymbol> symbols, BoundingBox line)
    {
        var text = new System.Text.StringBuilder();
        int right = int.MinValue;
        foreach (var symbol in symbols)
        {
            if (right != int.MinValue && symbol.Box.X - right > SpaceGapRatio * line.Height) text.Append(' ');
            text.Append(symbol.Text);
            right = Math.Max(right, symbol.Box.Right);
        }
        return ThaiText.Normalize(text.ToString());
    }

    private static BoundingBox ParseBox(string fourNumbers)
    {
        var n = fourNumbers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return new BoundingBox(n[0], n[1], Math.Max(1, n[2] - n[0]), Math.Max(1, n[3] - n[1]));
    }

    [GeneratedRegex("""<span class='ocr_line'[^>]*title="bbox (?<bbox>\d+ \d+ \d+ \d+)""")]
    private static partial Regex LineSpan();

    [GeneratedRegex("""<span class='ocrx_cinfo' title='x_bboxes (?<bbox>\d+ \d+ \d+ \d+); x_conf (?<conf>[\d.]+)'>(?<text>[^<]*)</span>""")]
    private static partial Regex CharSpan();
}
