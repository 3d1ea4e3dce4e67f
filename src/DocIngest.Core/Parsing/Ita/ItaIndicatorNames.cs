using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Text;

namespace DocIngest.Core.Parsing.Ita;

/// <summary>
/// The ten ITA indicators (แบบวัด IIT 1–5, EIT 6–8, OIT 9–10) by number and name, so that a score printed with a
/// name but no number (or a number but a damaged name) can still be placed.
/// </summary>
public static class ItaIndicatorNames
{
    private static readonly string[][] Official =
    [
        ["การปฏิบัติหน้าที่"],
        ["การใช้งบประมาณ"],
        ["การใช้อำนาจ"],
        ["การใช้ทรัพย์สินของราชการ", "การใช้ทรัพย์สินของทางราชการ"],
        ["การแก้ไขปัญหาการทุจริต"],
        ["คุณภาพการดำเนินงาน"],
        ["ประสิทธิภาพการสื่อสาร"],
        ["การปรับปรุงการทำงาน", "การปรับปรุงระบบการทำงาน"],
        ["การเปิดเผยข้อมูล"],
        ["การป้องกันการทุจริต"],
    ];

    // The official names' skeletons (ThaiCue.Skeleton), worked out once: every cell of an ITA table is matched against them.
    private static readonly string[][] OfficialSkeletons = Official.Select(names => names.Select(ThaiCue.Skeleton).ToArray()).ToArray();

    /// <summary>The official name of indicator 1–10.</summary>
    public static string Name(int number) => Official[number - 1][0];

    /// <summary>
    /// True when the text names one of the ten indicators anywhere (compared on skeletons): a clause that names one
    /// speaks of that indicator, even when OCR lost its label and number ("(0) ตัว Jay ๑) การปฏิบัติหน้าที่ ได้ …").
    /// </summary>
    public static bool Names(string text) => NumberIn(text) is not null;

    /// <summary>
    /// The indicator whose name stands anywhere in the text (compared on skeletons; the longest name wins), for a cell
    /// whose number OCR garbled into a letter ("ณ๙. การเปิดเผยข้อมูล").
    /// </summary>
    public static int? NumberIn(string text) => LongestName(text, (skeleton, key) => skeleton.Contains(key, StringComparison.Ordinal));

    /// <summary>
    /// The indicator whose name opens the text (compared on skeletons, so lost tone marks do not matter).
    /// Longer names are tried first: การใช้ทรัพย์สิน… before การใช้…
    /// </summary>
    public static int? NumberOf(string text) => LongestName(text, (skeleton, key) => skeleton.StartsWith(key, StringComparison.Ordinal));

    /// <summary>
    /// The indicator whose name opens the text with a few letters misread (skeletons within
    /// <see cref="MaxNameEditShare"/> of the name's length, the text's opening cut to the name's length give or take two
    /// letters): "การใช้ทรัพย์สินของราชภกภาร" for การใช้ทรัพย์สินของราชการ. Null unless one indicator is strictly closest;
    /// a caller takes it only where a printed number agrees.
    /// </summary>
    public static int? NumberNear(string text)
    {
        var skeleton = ThaiCue.Skeleton(text);
        var costs = OfficialSkeletons.Select((keys, i) => (Number: i + 1, Cost: keys.Min(key => OpeningShare(skeleton, key))))
            .OrderBy(c => c.Cost).ToList();
        if (costs[0].Cost > MaxNameEditShare || costs[1].Cost <= costs[0].Cost) return null;
        return costs[0].Number;
    }

    /// <summary>Most edits, as a share of an official name's skeleton, that <see cref="NumberNear"/> forgives.</summary>
    public const double MaxNameEditShare = 0.15;

    // The least edit distance between the key and the text's opening of about the key's length, as a share of the key's length.
    private static double OpeningShare(string skeleton, string key)
    {
        int best = int.MaxValue;
        for (int length = Math.Max(1, key.Length - 2); length <= Math.Min(skeleton.Length, key.Length + 2); length++)
            best = Math.Min(best, EditDistance.Levenshtein(skeleton[..length], key));
        return best == int.MaxValue ? double.MaxValue : (double)best / key.Length;
    }

    /// <summary>The number (1-based) of the indicator with the longest official name whose skeleton <paramref name="matches"/> the text's.</summary>
    private static int? LongestName(string text, Func<string, string, bool> matches)
    {
        var skeleton = ThaiCue.Skeleton(text);
        int? best = null;
        int bestLength = 0;
        for (int i = 0; i < OfficialSkeletons.Length; i++)
        {
            foreach (var key in OfficialSkeletons[i])
            {
                if (matches(skeleton, key) && key.Length > bestLength)
                {
                    best = i + 1;
                    bestLength = key.Length;
                }
            }
        }
        return best;
    }
}
