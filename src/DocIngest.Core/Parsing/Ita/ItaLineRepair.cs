using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Ita;

/// <summary>
/// The lines an ITA document was read as, with the OCR damage its wordings cannot absorb put right before they are
/// matched: specks at a line's start, cue words split or misspelt, digit look-alikes, Thai digits as Arabic, scores
/// and years split apart, a grade cue left on a line of its own.
/// </summary>
internal static partial class ItaLineRepair
{
    /// <summary>The lines repaired one by one, then a lone grade cue joined to the line after it.</summary>
    public static List<string> Repaired(IEnumerable<string> lines) =>
        JoinLoneGradeCues(WithWrappedGradesPulledUp(WithWrappedScoresJoined(lines.Select(l =>
            UndoubledGrade(JoinSplitNumbers(ThaiDigits.ToArabic(DigitLookalikes.Repair(RepairCueWords(JoinSplitWords(LeadingSpecks().Replace(l, "")))))))))));

    /// <summary>
    /// A grade that opens a line after a line ending with its cue ("… คะแนน ระดับ" / "A ในปีงบประมาณ …") moved up to its
    /// cue: the score may stand a line higher still, and the wordings read a score, its cue and its grade across one line
    /// break only.
    /// </summary>
    public static List<string> WithWrappedGradesPulledUp(IEnumerable<string> lines)
    {
        var result = lines.ToList();
        for (int i = 0; i + 1 < result.Count; i++)
        {
            if (!GradeCueAtEnd().IsMatch(result[i]) || OpeningGrade().Match(result[i + 1]) is not { Success: true } grade) continue;
            result[i] = result[i].TrimEnd() + " " + grade.Groups["grade"].Value;
            result[i + 1] = result[i + 1][grade.Length..].TrimStart();
            if (result[i + 1].Length == 0) result.RemoveAt(i + 1);
        }
        return result;
    }

    /// <summary>
    /// A line ending with a score's cue joined with the next line when that opens with the score ("… ตัวชี้วัดที่ 2
    /// การใช้งบประมาณ" / "ได้คะแนน" / "84.30 ตัวชี้วัดที่ 3 …", "มีผล" / "คะแนนรวมเท่ากับ" / "82.64 คะแนน อยู่ในระดับ B"), so
    /// that a label or year two lines up, the score and what follows it (its grade) meet across one line break.
    /// (คะแนน after a number is that number's unit, no cue.)
    /// </summary>
    public static List<string> WithWrappedScoresJoined(IEnumerable<string> lines)
    {
        var result = lines.ToList();
        for (int i = 0; i + 1 < result.Count;)
        {
            if (ScoreCueAtEnd().IsMatch(result[i]) && OpeningScore().IsMatch(result[i + 1]))
            {
                result[i] = result[i].TrimEnd() + " " + result[i + 1].TrimStart();
                result.RemoveAt(i + 1);
                continue;
            }
            i++;
        }
        return result;
    }

    // A line ending with a score's cue: ได้, (ได้)คะแนน(รวม / เฉลี่ย), เท่ากับ, ร้อยละ; not a score's unit ("68.35 คะแนน").
    [GeneratedRegex(@"(?:ได้|(?<![\d.]\s{0,2})คะแนน(?:รวม|เฉลี่ย|ภาพรวม)?|เท่ากับ|ร้อยละ)\s*[:=]?\s*$")]
    private static partial Regex ScoreCueAtEnd();

    // A score with its decimals opening a line.
    [GeneratedRegex(@"^\s*\d{1,3}\.\d{1,2}(?![\d.])")]
    private static partial Regex OpeningScore();

    /// <summary>
    /// True when <paramref name="line"/> is a grade letter alone (a point or comma after it allowed) and
    /// <paramref name="previous"/> ends with its cue (ระดับ, its marks damaged too, or เกรด; a colon after it): the
    /// result's grade wrapped onto a line of its own, which reads like a speck.
    /// </summary>
    public static bool IsGradeWrappedFrom(string previous, string line) => LoneGrade().IsMatch(line) && GradeCueAtEnd().IsMatch(previous);

    // A grade letter alone on its line.
    [GeneratedRegex(@"^\s*(?:AA|A|B|C|D|E|F)\s*[.,]?\s*$")]
    private static partial Regex LoneGrade();

    // A line ending with a grade cue: ระดับ (also its marks damaged), เกรด, a colon after it.
    [GeneratedRegex(@"(?:ระด[\u0E31\u0E38\u0E39]{1,2}บ|เกรด)\s*:?\s*$")]
    private static partial Regex GradeCueAtEnd();

    // A grade letter opening a line, standing alone or before a word.
    [GeneratedRegex(@"^\s*(?<grade>AA|A|B|C|D|E|F)(?![A-Za-z0-9])\s*")]
    private static partial Regex OpeningGrade();

    /// <summary>
    /// A grade letter OCR read twice, the second time in lower case ("Cc", "Bb"), as the one letter: a grade of two letters
    /// is AA, both upper case.
    /// </summary>
    public static string UndoubledGrade(string text) => DoubledGrade().Replace(text, "$1");

    [GeneratedRegex(@"(?<![A-Za-z])([A-F])(?=[a-f](?![A-Za-z]))(?i:\1)")]
    private static partial Regex DoubledGrade();

    /// <summary>
    /// A grade cue that OCR set on a line of its own ("ระดูั" between the score's line and the grade's) joined to the line
    /// after it, so that the score, the cue and the grade meet across one line break as the wordings expect.
    /// </summary>
    private static List<string> JoinLoneGradeCues(IEnumerable<string> lines)
    {
        var joined = new List<string>();
        string? pending = null;
        foreach (var line in lines)
        {
            if (pending is not null) { joined.Add(pending + " " + line); pending = null; continue; }
            if (LoneGradeCue().IsMatch(line)) { pending = line.Trim(); continue; }
            joined.Add(line);
        }
        if (pending is not null) joined.Add(pending);
        return joined;
    }

    /// <summary>
    /// True when <paramref name="line"/> is a grade cue alone (ระดับ, its marks or its บ damaged: "ระดูั"; เกรด), which reads
    /// like a speck but joins the grade on the line after it (<see cref="JoinLoneGradeCues"/>).
    /// </summary>
    public static bool IsLoneGradeCue(string line) => LoneGradeCue().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:อยู่ใน)?\s*(?:ระด[\u0E31\u0E38\u0E39]{0,2}บ?|เกรด)\s*$")]
    private static partial Regex LoneGradeCue();

    /// <summary>
    /// Cue words OCR damaged in a way the wordings cannot absorb, put back: ร้อยละ read "ร้อยคะ" / "รอยละ", คะแนน read
    /// "คะแนแน" / "ถะแนน", and the
    /// ตัวชี้วัดที่ label read without its marks ("ตวชวดท ๑").
    /// </summary>
    private static string RepairCueWords(string line)
    {
        line = WithLevelWordRepaired(line);
        line = PercentWord().Replace(line, "ร้อยละ");
        line = ScoreWord().Replace(line, "คะแนน");
        return BareIndicatorLabel().Replace(line, "ตัวชี้วัดที่ ");
    }

    /// <summary>
    /// ระดับ as a face whose marks OCR places after the next letter reads it ("ระดบั"): the grade cue again, in text lines and in
    /// table headings alike.
    /// </summary>
    internal static string WithLevelWordRepaired(string text) => SwappedLevelWord().Replace(text, "ระดับ");

    [GeneratedRegex(@"ระดบั")]
    private static partial Regex SwappedLevelWord();

    // คะแนน with its น read twice, once as แ ("คะแนแน"), or its ค read as ถ ("ถะแนน").
    // Also its last น read as a run of แ / น / เ ("คะแนแนเ", "คะแนแแ", "มีผลคะแนแน"), standing alone or before ระดับ
    // ("คะแนแระดับ"): no word goes on so (คะแนนเฉลี่ย, คะแนนแบบวัด keep their letters).
    [GeneratedRegex(@"(?<![\u0E01-\u0E4E])(?:คะแนแน|คะแแนน|ถะแนน)(?![\u0E01-\u0E4E])|(?<=ผล|ได้|ด้วย|มี|(?<![\u0E01-\u0E4E]))[คถ]ะแน[นแ]*แ[นแเ]*(?=[^\u0E01-\u0E4E]|$|ระด)")]
    private static partial Regex ScoreWord();

    [GeneratedRegex(@"ร้?อย[ลค]ะ")]
    private static partial Regex PercentWord();

    // ตวชวดท / ตัวชวดท ๑: the label's letters with their marks lost, before its number.
    [GeneratedRegex(@"ต[\u0E31]?ว\s?ช[\u0E31-\u0E4E]*\s?ว[\u0E31-\u0E4E]*ด\s?ท[\u0E31-\u0E4E]*\s*(?=[0-9๐-๙])")]
    private static partial Regex BareIndicatorLabel();

    /// <summary>
    /// Scores and years as OCR splits them, put together again (on Arabic digits): a space after a score's point before
    /// คะแนน ("83. 51 คะแนน"), its point read as a comma ("76,61 คะแนน"), quote marks after it ("98.89” คะแนน"), a full stop between a score and คะแนน ("91.06.คะแนน"), a mark glued between พ.ศ. and its
    /// year ("พ.ศู2565").
    /// </summary>
    private static string JoinSplitNumbers(string line)
    {
        line = SpacedDecimal().Replace(line, "$1.$2");
        line = CommaDecimal().Replace(line, "$1.$2");
        line = CuedCommaDecimal().Replace(line, "${whole}.${decimals}");
        line = PointlessScore().Replace(line, m => m.Groups["whole"].Value + "." + m.Groups["decimals"].Value);
        line = SpacedScore().Replace(line, m => m.Groups["whole"].Value + "." + m.Groups["decimals"].Value);
        line = QuoteAfterScore().Replace(line, "$1");
        line = DotBeforeUnit().Replace(line, "$1");
        return MarkAfterEra().Replace(line, "$1");
    }

    [GeneratedRegex(@"(?<![\d.])(\d{1,3})\.\s+(\d{2})(?=\s*(?:คะแนน|%))")]
    private static partial Regex SpacedDecimal();

    // A score's point read as a comma ("76,61 คะแนน"): scores carry no thousands separator.
    [GeneratedRegex(@"(?<![\d.,])(\d{1,3}),(\d{2})(?=\s*(?:คะแนน|%))")]
    private static partial Regex CommaDecimal();

    // A score's point read as a comma where no คะแนน follows: right after a score cue ("ได้คะแนน 87,42 อยู่ในระดับ A",
    // "ด้วยคะแนน 87,42"), or before the grade's cue. Two digits after a comma are no thousands group, and a list of numbers
    // ("ตัวชี้วัดที่ 9,10") has no score cue before it.
    [GeneratedRegex(@"(?<=(?:คะแนน\S{0,6}|ร้อยละ|เท่ากับ)\s*(?:ITA\s*)?)(?<whole>\d{1,3}),(?<decimals>\d{2})(?![\d,])|(?<![\d.,])(?<whole>\d{1,3}),(?<decimals>\d{2})(?=\s*(?:ซึ่ง|อยู่|ระดับ|เกรด|ผ่าน|ไม่ผ่าน))")]
    private static partial Regex CuedCommaDecimal();

    // A score whose point OCR lost ("ได้คะแนน 8742 คะแนน", "มีผลคะแนน 8742 ซึ่งอยู่ในระดับ A"): four digits between a
    // score cue and คะแนน, a grade cue or a verdict. A year (24xx, 25xx) after a cue is no score.
    [GeneratedRegex(@"(?<=(?:คะแนน\S{0,6}|ร้อยละ|เท่ากับ|ได้)\s*(?:ITA\s*)?)(?!2[45])(?<whole>\d{2})(?<decimals>\d{2})(?![\d.,])(?=\s*(?:คะแนน|%|ซึ่ง|อยู่|ระดับ|เกรด|ผ่าน|ไม่ผ่าน))")]
    private static partial Regex PointlessScore();

    // A score whose point OCR read as a space ("ที่ได้ 84 11" / "คะแนน (ระดับ B)"): two digits and two more after a score
    // cue, before คะแนน, a grade cue, a verdict or the line's end. A year (24xx, 25xx) after a cue is no score.
    [GeneratedRegex(@"(?<=(?:คะแนน\S{0,6}|ร้อยละ|เท่ากับ|ได้)\s*(?:ITA\s*)?)(?!2\s?[45])(?<whole>\d{2}) (?<decimals>\d{2})(?![\d.,])(?=\s*(?:คะแนน|%|ซึ่ง|อยู่|ระดับ|เกรด|ผ่าน|ไม่ผ่าน|$))")]
    private static partial Regex SpacedScore();

    // Quote marks OCR read after a score, before คะแนน ("98.89” คะแนน").
    [GeneratedRegex(@"(?<![\d.])(\d{1,3}\.\d{2})[“”""'’]+(?=\s*คะแนน)")]
    private static partial Regex QuoteAfterScore();

    [GeneratedRegex(@"(?<![\d.])(\d{1,3}\.\d{1,2})\.(?=\s*คะแนน)")]
    private static partial Regex DotBeforeUnit();

    [GeneratedRegex(@"(ศ\.?)[\u0E31-\u0E4E](?=\s*\d)")]
    private static partial Regex MarkAfterEra();

    /// <summary>คะแนน and ระดับ that OCR split with a space ("ได้คะ แนน") joined again, so the wordings match.</summary>
    private static string JoinSplitWords(string line) => SplitCue().Replace(line, m => m.Value.Replace(" ", "", StringComparison.Ordinal));

    // Specks OCR reads at the start of a line (". คะแนน อยู่ในระดับ"): they would stand between a wrapped score and its words.
    [GeneratedRegex(@"^[\s.,:;'`|_]+(?=\S)")]
    private static partial Regex LeadingSpecks();

    [GeneratedRegex(@"คะ\s+แนน|ระ\s+ดับ")]
    private static partial Regex SplitCue();
}
