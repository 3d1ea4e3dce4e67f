using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Core.Parsing.Organizations;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Ita;

/// <summary>ITA indicator scores and overall results found in one document.</summary>
public sealed record ItaFindings(IReadOnlyList<Indicator> Indicators, IReadOnlyList<ItaResult> Results);

/// <summary>
/// Reads ITA scores from running text and tables: "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ร้อยละ ๙๙.๔๖",
/// "1.การปฏิบัติหน้าที่ 90.77 คะแนน", a table row (indicator | score), and overall results
/// "มีผลคะแนน ๗๙.๓๔ อยู่ในระดับ B". Each score takes the fiscal year last mentioned before it.
/// </summary>
public sealed partial class ItaParser
{
    /// <summary>
    /// The indicators and overall results of one document. <paramref name="tablePositions"/>, when given, says for each
    /// table how many text lines stand before it, so that a table is read where it is printed (an indicator table takes
    /// the year of the heading above it); without it tables are read after the text.
    /// </summary>
    public ItaFindings Parse(IReadOnlyList<string> textLines, IReadOnlyList<Table> tables, int? documentYear, ICollection<string> warnings,
        IReadOnlyList<int>? tablePositions = null)
    {
        var indicators = new List<Indicator>();
        var results = new List<ItaResult>();
        var lines = ItaLineRepair.Repaired(InReadingOrder(textLines, tables, tablePositions));
        // A garbled year is re-read near the latest year the document names plainly (the assessment it prepares).
        // Without one, the latest year a garbled mention gives unambiguously over the whole range ("2?64": only 2564), so
        // that other garbled years ("2?ฯ4") are read near it rather than left unknown.
        int? reference = lines.SelectMany(l => Mentions(l)).Where(y => y.Year is not null).Select(y => y.Year).Max() ?? documentYear ??
                         lines.SelectMany(l => Mentions(l)).Select(y => Repaired(y, null).Year).Max();
        // The year last named before the current line: a year, or a garbled mention that names no year one can trust.
        YearMention? carried = null;
        // Indicators keep the year of the fiscal-year or assessment-year wordings (ปีงบประมาณ…, ในปี…, ITA ปี…) last
        // printed, as before: a table of indicator scores follows its heading, not a clause.
        int? indicatorYear = null;
        bool indicatorYearLost = false;
        var lostYear = new List<int>();
        // Where that year was printed and where results were last read: a year that results follow or share a line with
        // is a result's ("… และในปี 2564 มีผลคะแนน 68.35 คะแนน"), not a heading's, and says nothing of the indicators below.
        int indicatorYearLine = -1, lastResultLine = -1;
        // Results whose year was re-read from a garbled mention (ItaParser.Repaired), a guess a plain twin may overrule.
        var guessed = new HashSet<ItaResult>();
        // Scores a result on the line before already took (its cue ended that line, the score opened this one).
        var consumed = new HashSet<(int Line, int Offset)>();
        // The last line of results listed side by side (years, scores and grades matched by their order), read whole.
        int listedThrough = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            // Results and their years are read across the line break: a cue, score, grade or year may wrap.
            var joined = next is null ? line : line + " " + next;
            var mentions = Mentions(joined).Select(y => Repaired(y, reference)).ToList();
            var lineYears = YearsIn(line, next);
            int? lineYear = lineYears.Select(y => (int?)y.Year).FirstOrDefault();
            var found = IndicatorsIn(line).ToList();
            // "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้" / "คะแนน ๗๑.๕๐ คะแนน": a score that wrapped onto the next line.
            if (found.Count == 0 && next is not null && IndicatorLabel().IsMatch(line) && WrappedScore().IsMatch(next))
                found = IndicatorsIn(line + " " + next).ToList();
            // "… ตัวชี้วัดที่ 2 การใช้" / "งบประมาณ ได้คะแนน 84.30 ตัวชี้วัดที่ 3 …": indicators run together in a paragraph,
            // the line's last one wrapped in its name or before its score; read over the break when that finds one more
            // than the next line alone.
            else if (next is not null && IndicatorLabel().Matches(line) is { Count: > 0 } labels)
            {
                var tail = line[labels[^1].Index..];
                if (!IndicatorsIn(tail).Any())
                {
                    var across = IndicatorsIn(tail + " " + next).ToList();
                    if (across.Count > IndicatorsIn(next).Count()) found.Add(across[0]);
                }
            }
            // "๔. การใช้ทรัพย์สินของ" / "ราชการ ๘๕.๒๐ คะแนน": a numbered indicator whose name wrapped before its score.
            else if (found.Count == 0 && next is not null && NumberedNameOnly().IsMatch(line) && !IndicatorsIn(next).Any())
                found = IndicatorsIn(line + " " + next).Take(1).ToList();
            bool yearOfResults = indicatorYear is not null && lastResultLine >= indicatorYearLine;
            foreach (var indicator in found)
            {
                if ((indicatorYearLost || yearOfResults) && lineYear is null) lostYear.Add(indicators.Count);
                indicators.Add(indicator with { FiscalYear = indicatorYear ?? lineYear ?? documentYear });
            }
            if (i > listedThrough && ListedResults(lines, i) is { } listed)
            {
                results.AddRange(listed.Results);
                listedThrough = listed.LastLine;
                lastResultLine = listed.LastLine;
            }
            var afterNext = i + 2 < lines.Count ? lines[i + 2] : null;
            foreach (var (index, score, grade, yearAfter) in i <= listedThrough ? [] : OverallResults(line, next, afterNext))
            {
                if (consumed.Contains((i, index))) continue;
                if (index > line.Length) consumed.Add((i + 1, index - line.Length - 1));
                // "… ในปีงบประมาณ พ.ศ." / "2564 ได้คะแนน …": the year that opens the line, its cue at the end of the line
                // before, is the clause's own year, ahead of a year named after the score.
                var opening = i > 0 && YearLeadAtEnd().IsMatch(lines[i - 1]) && OpeningYear().Match(line) is { Success: true } y0 &&
                              !mentions.Any(y => y.Index < index) ? new YearMention(0, int.Parse(y0.Groups["year"].Value, CultureInfo.InvariantCulture)) : null;
                var own = (yearAfter ? mentions.FirstOrDefault(y => y.Index > index) : null) ?? opening ??
                          YearBeforePreparingClause(i > 0 ? lines[i - 1] : "", joined, index, reference) ??
                          YearOfClause(joined, index, mentions, index < line.Length ? line.Length : joined.Length) ?? carried;
                // A garbled year in the score's own clause leaves the year unknown rather than borrowing a neighbour's.
                results.Add(new ItaResult(own is null ? documentYear : own.Year, score, grade));
                if (own is { Year: not null } && IsRepaired(own)) guessed.Add(results[^1]);
                lastResultLine = Math.Max(lastResultLine, index > line.Length ? i + 1 : i);
            }
            // A year printed on this line applies to the scores of the lines after it.
            // (a year whose cue ends this line and whose digits open the next is this line's too)
            bool yearWraps = YearLeadAtEnd().IsMatch(line);
            var onLine = mentions.Where(y => y.Index < line.Length || (yearWraps && y.Index - line.Length <= WrappedYearReach)).ToList();
            if (onLine.Count > 0) carried = onLine[^1];
            foreach (var (_, y) in lineYears) indicatorYear = y;
            if (lineYears.Count > 0) indicatorYearLine = i;
            // "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. Ooo": a year cue whose year OCR lost; the scores below are not of the year before.
            if (lineYears.Count > 0) indicatorYearLost = false;
            else if (mentions.All(y => y.Year is null) && LostYear().IsMatch(line)) indicatorYearLost = true;
        }
        results.AddRange(tables.SelectMany(ResultRows));
        foreach (var table in tables)
        {
            var (yearResults, yearIndicators) = YearColumnFindings(table);
            results.AddRange(yearResults);
            indicators.AddRange(yearIndicators);
        }
        // Indicators under a heading whose year was lost, or under no heading but after results of several years, are
        // those of the latest year the document reports results for.
        if (lostYear.Count > 0 && results.Select(r => r.FiscalYear).Max() is { } latestScored)
            foreach (int k in lostYear) indicators[k] = indicators[k] with { FiscalYear = latestScored };
        return new ItaFindings(Deduplicate(indicators, warnings), WithoutGradelessTwins(WithoutGuessedYearTwins(results.Distinct(), guessed)));
    }

    /// <summary>
    /// The results without one whose year was re-read from garbled digits when the same score and grade stand under a
    /// year read plainly: "คะแนน ITA ปี ๒๕๖ : ๘๖.๕๕ (A)" (a digit lost, re-read as 2566) beside "… พ.ศ. ๒๕๖๗ … ได้ ๘๖.๕๕
    /// คะแนน … ระดับ A" is one result, of 2567. A score to two decimals and its grade do not repeat across years.
    /// </summary>
    private static IEnumerable<ItaResult> WithoutGuessedYearTwins(IEnumerable<ItaResult> results, HashSet<ItaResult> guessed)
    {
        var all = results.ToList();
        return all.Where(r => !guessed.Contains(r) || !all.Any(o => !guessed.Contains(o) && o.FiscalYear is not null &&
            o.FiscalYear != r.FiscalYear && o.Grade == r.Grade && Math.Abs(o.Score - r.Score) < 0.001));
    }

    /// <summary>True for a mention whose year was re-read from garbled digits rather than read as printed.</summary>
    private static bool IsRepaired(YearMention mention) => mention.Printed is { } printed && !printed.All(char.IsAsciiDigit);

    /// <summary>
    /// The documents of one file with each ITA result whose year was lost (its heading's year garbled past reading) dated
    /// by the same result in another document of the file: a memo that quotes the analysis it sends ("ประจำปีงบประมาณ
    /// พ.ศ. ๒๕๖๗ … ได้รับผลการประเมิน ๙๔.๒๒ คะแนน อยู่ในระดับ A") dates the analysis's 94.22 / A. The same score to two
    /// decimals, grades that do not differ, and one year among such twins.
    /// </summary>
    public static IReadOnlyList<Document> WithYearsFromBundle(IReadOnlyList<Document> documents)
    {
        if (documents.Count < 2 || !documents.Any(d => d.ItaResults.Any(r => r.FiscalYear is null))) return documents;
        return documents.Select((document, k) => document with
        {
            ItaResults = document.ItaResults.Select(result =>
            {
                if (result.FiscalYear is not null) return result;
                var years = documents.Where((_, other) => other != k).SelectMany(d => d.ItaResults)
                    .Where(t => t.FiscalYear is not null && Math.Abs(t.Score - result.Score) < 0.005 &&
                                (t.Grade is null || result.Grade is null || t.Grade == result.Grade))
                    .Select(t => t.FiscalYear).Distinct().ToList();
                return years.Count == 1 ? result with { FiscalYear = years[0] } : result;
            }).ToList(),
        }).ToList();
    }

    /// <summary>
    /// Results of several fiscal years printed side by side from line <paramref name="i"/> on, each year taking the score
    /// and grade at its place in their lists: a sentence "… ปีงบประมาณ พ.ศ. 2565 2566 และ 2567 ได้คะแนน 78.12 83.40 และ
    /// 89.75 คะแนน อยู่ในระดับ B B และ A ตามลำดับ" (over two lines at most), or a borderless table read as lines (a line of
    /// years after ปี… / พ.ศ., then within three lines a คะแนน… line of as many scores and, optionally, a ระดับ… line of as
    /// many grades). Null when the lines hold no such lists, or their counts differ. Read pairwise, the nearest grade would
    /// go with the last score and the first year with it.
    /// </summary>
    private static (List<ItaResult> Results, int LastLine)? ListedResults(IReadOnlyList<string> lines, int i)
    {
        var line = lines[i];
        if (YearsAcross().Match(line) is { Success: true } across)
        {
            var years = Years(across);
            List<double>? scores = null;
            List<string>? grades = null;
            int last = i;
            for (int k = i + 1; k < Math.Min(lines.Count, i + 4); k++)
            {
                if (scores is null && ScoresAcross().Match(lines[k]) is { Success: true } s) { scores = Scores(s); last = k; }
                else if (scores is not null && grades is null && GradesAcross().Match(lines[k]) is { Success: true } g) { grades = Grades(g); last = k; }
            }
            if (scores is not null && scores.Count == years.Count)
                return (Paired(years, scores, grades), last);
            return null;
        }
        var text = i + 1 < lines.Count ? line + " " + lines[i + 1] : line;
        int respectively = text.IndexOf("ตามลำดับ", StringComparison.Ordinal);
        if (respectively < 0 || YearList().Match(text) is not { Success: true } yearList || yearList.Index >= line.Length) return null;
        if (ScoreList().Match(text, yearList.Index + yearList.Length) is not { Success: true } scoreList || scoreList.Index > respectively) return null;
        if (NotTheAssessment(text, scoreList.Groups["score"].Index)) return null;
        var listedYears = Years(yearList);
        var listedScores = Scores(scoreList);
        if (listedScores.Count != listedYears.Count) return null;
        var gradeList = GradeList().Match(text, scoreList.Index + scoreList.Length);
        var listedGrades = gradeList.Success && gradeList.Index < respectively ? Grades(gradeList) : null;
        return (Paired(listedYears, listedScores, listedGrades), respectively >= line.Length ? i + 1 : i);

        static List<int> Years(Match m) => m.Groups["year"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
        static List<double> Scores(Match m) =>
            m.Groups["score"].Captures.Select(c => TryScore(c.Value, out var v) ? v : double.NaN).ToList();
        static List<string> Grades(Match m) => m.Groups["grade"].Captures.Select(c => c.Value).ToList();
    }

    /// <summary>One result per year, in order; grades only when as many were listed.</summary>
    private static List<ItaResult> Paired(List<int> years, List<double> scores, List<string>? grades) =>
        years.Select((year, k) => (year, score: scores[k], grade: grades is { } g && g.Count == years.Count ? g[k] : null))
            .Where(r => !double.IsNaN(r.score) && r.year >= FiscalYears.EarliestYear && r.year <= FiscalYears.LatestYear)
            .Select(r => new ItaResult(r.year, r.score, r.grade)).ToList();

    // Years listed after one year cue: "ปีงบประมาณ พ.ศ. 2565 2566 และ 2567", "ปี 2566, 2567". (Not ถึง: a range names the years between.)
    [GeneratedRegex(@"ปี\s*(?:งบ\s*(?:ประมาณ|ฯ))?\s*(?:พ\.\s?ศ\.)?\s*(?<year>25\d\d)(?![\d.])(?:\s*(?:,|\sและ|\sกับ)?\s*(?:พ\.\s?ศ\.\s*)?(?<year>25\d\d)(?![\d.]))+")]
    private static partial Regex YearList();

    // Scores listed one after another: "78.12 83.40 และ 89.75", "81.25 คะแนน และ 86.90 คะแนน".
    [GeneratedRegex(@"(?<![\d.])(?<score>\d{1,3}\.\d{1,2})(?![\d.])(?:\s*(?:คะแนน)?\s*(?:,|\sและ|\sกับ)?\s*(?<score>\d{1,3}\.\d{1,2})(?![\d.]))+")]
    private static partial Regex ScoreList();

    // Grades listed after their cue: "อยู่ในระดับ B B และ A".
    [GeneratedRegex(Level + @"\s*(?<grade>AA|A|B|C|D|E|F)(?![A-Za-z])(?:\s*(?:,|\sและ|\sกับ)?\s*(?<grade>AA|A|B|C|D|E|F)(?![A-Za-z]))+")]
    private static partial Regex GradeList();

    // A line of years across (a borderless table's header): "ปีงบประมาณ 2565 2566 2567", "พ.ศ. 2566 2567".
    [GeneratedRegex(@"^\s*(?:ปี\S{0,12}|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.)?\s*(?<year>25\d\d)(?:\s+(?<year>25\d\d))+\s*$")]
    private static partial Regex YearsAcross();

    // Its score row: "คะแนน ITA 78.12 83.40 89.75", "ผลคะแนน 78.12 83.40".
    [GeneratedRegex(@"^\s*(?:ผล\s?|ค่า\s?)?คะแนน[^\d]{0,30}?(?<score>\d{1,3}\.\d{1,2})(?:\s+(?<score>\d{1,3}\.\d{1,2}))+\s*$")]
    private static partial Regex ScoresAcross();

    // Its grade row: "ระดับ B B A", "ผลการประเมิน B A A".
    [GeneratedRegex(@"^\s*(?:ระดับ|เกรด|ผล\s?การ\s?ประเมิน)[^A-Za-z\d]{0,30}?(?<grade>AA|A|B|C|D|E|F)(?:\s+(?<grade>AA|A|B|C|D|E|F))+\s*$")]
    private static partial Regex GradesAcross();

    /// <summary>
    /// The results without the gradeless copy of one printed with its grade elsewhere (a table's คะแนนรวม row and the
    /// sentence that gives the grade, or the other way round).
    /// </summary>
    private static List<ItaResult> WithoutGradelessTwins(IEnumerable<ItaResult> results)
    {
        var all = results.ToList();
        return all.Where(r => r.Grade is not null ||
            !all.Any(o => o.Grade is not null && o.FiscalYear == r.FiscalYear && Math.Abs(o.Score - r.Score) < 0.001)).ToList();
    }

    /// <summary>A year named in a line: where, and which (null when the digits were garbled past reading).</summary>
    private sealed record YearMention(int Index, int? Year)
    {
        /// <summary>The year's characters as read, for repair; null for a mention read as a whole year.</summary>
        public string? Printed { get; init; }
    }

    /// <summary>
    /// The overall results in a line: a score with its grade after it ("ได้คะแนน 81.24 อยู่ในระดับ B", "… ผ่านเกณฑ์"),
    /// a grade with its score after it ("อยู่ในระดับ A ด้วยคะแนน 85.20"), or an explicit total without a grade
    /// (คะแนนรวม, ค่าคะแนน). A grade that wrapped onto the next line is read there; a total's grade a few words on
    /// (<see cref="LaterGrade"/>) also on the line after that.
    /// </summary>
    private static IEnumerable<(int Index, double Score, string? Grade, bool YearAfter)> OverallResults(string line, string? next, string? afterNext)
    {
        // Matched over the line and the next one, kept when they start on this line: the cue, the score, the grade may
        // each have wrapped ("ได้คะแนน" / "รวม 87.45 คะแนน", "อยู่ในระดับ" / "B").
        var text = next is null ? line : line + " " + next;
        var taken = new List<(int Start, int End)>();
        foreach (Match m in Overall().Matches(text))
        {
            if (m.Index >= line.Length) break;
            if (!TryScore(m.Groups["score"].Value, out var score)) continue;
            if (NotTheAssessment(text, m.Groups["score"].Index)) continue;
            // Without a grade only an explicit total (คะแนนรวม, ค่าคะแนน), a pass / fail verdict, or a score whose own
            // clause names its year ("ในปี 2564 มีผลคะแนน 68.35 คะแนน") is an overall result, not any score.
            if (!m.Groups["grade"].Success && !m.Groups["bad"].Success && !m.Groups["verdict"].Success &&
                !m.Value.Contains("รวม", StringComparison.Ordinal) && !m.Value.StartsWith("ค่า", StringComparison.Ordinal) &&
                !(ScoreOfTwoDecimals().IsMatch(m.Groups["score"].Value) && YearInClauseBefore(text, m.Groups["score"].Index))) continue;
            // A result read without its grade leaves the grade to the wordings below ("ได้ 85.20 คะแนน (A)"); its
            // gradeless copy is dropped at the end (WithoutGradelessTwins).
            if (m.Groups["grade"].Success || m.Groups["bad"].Success || m.Groups["verdict"].Success) taken.Add((m.Index, m.Index + m.Length));
            if (ResultOf(m, score) is not (var read, var grade)) continue;
            // "ได้คะแนนรวม 89.74 คะแนน จากคะแนนเต็ม 100 คะแนน ทำให้ผลการประเมินอยู่ในระดับ A": the grade a few words on
            // (also after a verdict: "ได้ 88.12 คะแนน ผลการประเมิน ผ่าน ระดับ A").
            var onward = afterNext is null ? text : text + " " + afterNext;
            if (grade is null && LaterGrade().Match(onward, m.Index + m.Length) is { Success: true } later && !ClauseBreak().IsMatch(later.Groups["gap"].Value))
            {
                grade = later.Groups["grade"].Success ? GradeOf(later.Groups["grade"].Value, read) : ItaGradeBands.Of(read);
                taken.Add((later.Index, later.Index + later.Length));
            }
            yield return (m.Groups["score"].Index, read, grade, false);
        }
        foreach (var m in GradeFirst().Matches(text).Concat(ScoreThenGrade().Matches(text)).Concat(ScoreThenBracketedGrade().Matches(text)))
        {
            if (m.Index >= line.Length || taken.Any(t => m.Index < t.End && m.Index + m.Length > t.Start)) continue;
            if (!TryScore(m.Groups["score"].Value, out var score)) continue;
            if (NotTheAssessment(text, m.Groups["score"].Index)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            if (ResultOf(m, score) is not (var read, var grade)) continue;
            yield return (m.Groups["score"].Index, read, grade, false);
        }
        // "ปี 2565 80.12 B": a borderless table of years read as lines, a year, its score and its grade alone on a line.
        if (YearRow().Match(line) is { Success: true } row && !taken.Any(t => row.Index < t.End && row.Index + row.Length > t.Start) &&
            TryScore(row.Groups["score"].Value, out var rowScore))
        {
            taken.Add((row.Index, row.Index + row.Length));
            // A grade OCR read as no letter ("ปี 2564 74.30 0") is its score's band, as in a table of years.
            yield return (row.Groups["score"].Index, rowScore,
                row.Groups["grade"].Success ? GradeOf(row.Groups["grade"].Value, rowScore) : ItaGradeBands.Of(rowScore), false);
        }
        // "เพิ่มขึ้นจาก 86.02 คะแนนของปีงบประมาณ พ.ศ. 2566": a score tied to the year printed right after it.
        foreach (Match m in ScoreOfYear().Matches(text))
        {
            if (m.Index >= line.Length || taken.Any(t => m.Index < t.End && m.Index + m.Length > t.Start)) continue;
            if (!TryScore(m.Groups["score"].Value, out var score) || NotTheAssessment(text, m.Groups["score"].Index)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            yield return (m.Groups["score"].Index, score, null, true);
        }
    }

    /// <summary>
    /// A score that is not the assessment's: its clause names an indicator ("ตัวชี้วัดที่ 7 … 68.40 คะแนน ระดับ …", or
    /// the official name alone when OCR lost the label) or one of the tools (แบบวัด IIT / EIT, แบบตรวจ OIT), or the score
    /// is a bound (a target, a pass mark) rather than one obtained.
    /// </summary>
    private static bool NotTheAssessment(string text, int scoreIndex)
    {
        var clause = text[ClauseStart(text, scoreIndex)..scoreIndex];
        return IndicatorLabel().IsMatch(clause) || ItaIndicatorNames.Names(clause) || ToolNamed().IsMatch(clause) ||
               TargetBefore().IsMatch(clause);
    }

    // A bound, not a score obtained: a target or pass mark ("เป้าหมายให้ได้คะแนนไม่ต่ำกว่า 90.00 คะแนน", "เกณฑ์ผ่าน 85
    // คะแนน", "ตั้งแต่ 85.00 คะแนนขึ้นไป").
    [GeneratedRegex(@"(?:ต่ำกว่า|น้อยกว่า|อย่างน้อย|เป้าหมาย|เกณฑ์(?:ผ่าน|ที่กำหนด(?:ไว้)?)?|ตั้งแต่)\s*(?:คือ|ที่|=|:)?\s*$")]
    private static partial Regex TargetBefore();

    /// <summary>True when the clause before the score names a year after a year cue (ปี 2564, ปีงบประมาณ พ.ศ. 2565).</summary>
    private static bool YearInClauseBefore(string text, int scoreIndex)
    {
        int start = ClauseStart(text, scoreIndex);
        return Mentions(text).Any(y => y.Year is not null && y.Index >= start && y.Index < scoreIndex);
    }

    // The ITA's tools: their scores are no overall result.
    [GeneratedRegex(@"แบบวัด|แบบตรวจ|(?<![A-Za-z])(?:IIT|EIT|OIT)(?![A-Za-z])")]
    private static partial Regex ToolNamed();

    // A grade cue a few words after a score read without one, no other score, year or grade cue between: "คะแนนรวม 89.74
    // คะแนน จากคะแนนเต็ม 100 คะแนน ทำให้ผลการประเมินอยู่ในระดับ A". (The gap is checked for clause breaks by the caller.)
    [GeneratedRegex(@"\G(?<gap>(?:(?!\d{1,3}[.,]\d|ปี|ระด|เกรด)[^\d]|(?<![\d.,])\d{1,3}(?![\d.,])){0,60}?)" + Level + @"\s*(?:(?<grade>AA|A|B|C|D|E|F|13|8|6|G|4|€)(?![A-Za-z0-9])|(?<bad>[ก-ฮA-Za-z]|0(?![.,]?\d)|[1-9](?![\d.,]))(?=[\s.,)]|$)|(?<bad>[ก-ฮ])" + LeadingVowelWord + @"|(?<bad>[A-Za-z])(?=[\u0E01-\u0E2E\u0E40-\u0E44]))")]
    private static partial Regex LaterGrade();

    // A grade in brackets after its score, without ระดับ: "ได้ 85.20 คะแนน (A)", "คะแนน ITA ปี 2567 : 88.12 (A)".
    [GeneratedRegex(@"(?<![\d.])(?<score>\d{1,3}\.\d{1,2})(?![\d.])\s*(?:คะแนน)?\s*\(\s*(?<grade>AA|A|B|C|D|E|F)\s*\)")]
    private static partial Regex ScoreThenBracketedGrade();

    // A line that is a year's row: "ปี 2565 80.12 B", "ปีงบประมาณ 2566 : 85.40 คะแนน (A) ผ่าน"; its grade may be a
    // look-alike or a letter OCR read as no grade.
    [GeneratedRegex(@"^\s*ปี\s*(?:งบประมาณ)?\s*(?:พ\.\s?ศ\.)?\s*25\d\d\s*[:=]?\s*(?<score>\d{1,3}\.\d{2})\s*(?:คะแนน)?\s*\(?\s*(?:(?<grade>AA|A|B|C|D|E|F|คค|ค|13|8|6|G|4|€)|(?<bad>0|[ก-ฮ]))\s*\)?\s*(?:ไม่ผ่าน|ผ่าน)?(?:เกณฑ์)?\s*$")]
    private static partial Regex YearRow();

    // A score with คะแนน, then ของ / ใน and a year cue: "86.02 คะแนนของปีงบประมาณ พ.ศ. 2566", "79.10 คะแนน ในปี 2564".
    [GeneratedRegex(@"(?<![\d.])(?<score>\d{1,3}\.\d{1,2})(?![\d.])\s*คะแนน\s*(?:ของ|ใน)\s*(?=ปี\s*(?:งบ\s*(?:ประมาณ|ฯ))?\s*(?:พ\.\s?ศ\.?)?\s*25\d\d)")]
    private static partial Regex ScoreOfYear();

    /// <summary>
    /// The score and grade a result match gives: its tens put back (<see cref="WithLostTens"/>), its grade
    /// (<see cref="GradeFor"/>); null for a score below <see cref="LowestScore"/> whose grade does not hold it.
    /// </summary>
    private static (double Score, string? Grade)? ResultOf(Match m, double score)
    {
        double read = WithLostTens(score, m);
        var grade = GradeFor(m, read);
        // Below ten only a grade read as printed may hold the score: a grade OCR lost is the score's own band, which
        // holds any score ("ระดับ 3" beside 8.36 for 82.36 made an F).
        return read < LowestScore && (!m.Groups["grade"].Success || grade != ItaGradeBands.Of(read)) ? null : (read, grade);
    }

    /// <summary>
    /// A score whose tens digit OCR lost ("ระดับ B (2.44 คะแนน)" for 82.44): below ten with two decimals, it takes the one
    /// tens digit that puts it in its printed grade's band (<see cref="ItaGradeBands"/>), when exactly one does.
    /// </summary>
    private static double WithLostTens(double score, Match m)
    {
        var printed = m.Groups["score"].Value;
        if (score >= 10 || !m.Groups["grade"].Success || !TwoDecimals().IsMatch(printed)) return score;
        var grade = GradeOf(m.Groups["grade"].Value);
        var fits = Enumerable.Range(1, 9).Select(tens => tens * 10 + score).Where(c => ItaGradeBands.Of(c) == grade).ToList();
        return fits.Count == 1 ? fits[0] : score;
    }

    [GeneratedRegex(@"^\d\.\d{2}$")]
    private static partial Regex TwoDecimals();

    /// <summary>
    /// A score below ten lost its tens digit to OCR (put back by <see cref="WithLostTens"/> when the grade says which) or
    /// is a stray number ("ได้ 2 คะแนน ระดับ A" from a garbled line): no result, unless its grade was read and holds it
    /// (F: the tens digit cannot be told, the score is kept as read).
    /// </summary>
    private const double LowestScore = 10;

    // A score as an assessment prints it, tens and two decimals (68.35): not "2.5" or "12".
    [GeneratedRegex(@"^\d{2,3}\.\d{2}$")]
    private static partial Regex ScoreOfTwoDecimals();

    /// <summary>
    /// The grade a result match gives: the letter as read (<see cref="GradeOf(string, double?)"/>); for a grade after ระดับ that OCR read
    /// as no grade (a Thai letter, a stray Latin one) the band its score falls in (<see cref="ItaGradeBands"/>); for a
    /// pass / fail verdict alone, none (the schema's grades are letters).
    /// </summary>
    private static string? GradeFor(Match m, double score) =>
        m.Groups["grade"].Success ? GradeOf(m.Groups["grade"].Value, score)
        : m.Groups["bad"].Success ? ItaGradeBands.Of(score)
        : null;

    private static int ClauseStart(string text, int index) =>
        ClauseBreak().Matches(text).Select(b => b.Index).Where(b => b <= index).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The grade as printed, or the Latin letter OCR read as a look-alike: B as 8 or 13, C as 6 or G, A as ค or 4, E as € (the Thai-only
    /// re-read of a Latin line turns a lone A into ค). After ระดับ nothing else is meant. ผ่าน / ไม่ผ่าน are kept as printed.
    /// </summary>
    internal static string? Grade(Group group) => group.Success ? GradeOf(group.Value) : null;

    /// <summary>
    /// The grade of a score as read: a letter printed as a letter is kept; a look-alike whose letter falls outside the
    /// band of its score is that band when the glyph may stand for the band's letter too (<see cref="LettersReadAs"/>:
    /// "ระดับ 6" beside 52.85 is E, not C). Otherwise the glyph's own letter stands: agencies print grades outside the
    /// bands (AA beside 91.26 on a tuning analysis; B beside 85.40), and 8 is only ever B, whatever the score.
    /// </summary>
    private static string GradeOf(string printed, double? score)
    {
        var grade = GradeOf(printed);
        if (score is not { } known || ItaGradeBands.Of(known) == grade) return grade;
        string band = ItaGradeBands.Of(known);
        return LettersReadAs(printed).Contains(band) ? band : grade;
    }

    /// <summary>
    /// The grade letters a printed grade may have been before OCR: a letter read as a letter is itself; 8 and 13 are B;
    /// 6 and G are C or E (the open curve of either); 4 and ค are A, or AA with one A lost; คค is AA; € is E.
    /// </summary>
    private static string[] LettersReadAs(string printed) => printed.ToUpperInvariant() switch
    {
        "8" or "13" => ["B"],
        "6" or "G" => ["C", "E"],
        "4" or "ค" => ["A", "AA"],
        "คค" => ["AA"],
        "€" => ["E"],
        var letters => [letters],
    };

    /// <summary>See <see cref="Grade(Group)"/>.</summary>
    internal static string GradeOf(string printed) => printed == "13" ? "B"
        : string.Concat(printed.ToUpperInvariant().Select(c => c switch { '8' => 'B', '6' or 'G' => 'C', 'ค' or '4' => 'A', '€' => 'E', _ => c }));

    /// <summary>
    /// The year a score belongs to: the one its own clause names (before it, else after it), else the nearest named
    /// before it on the line; null when the line names none before it (the caller carries the previous lines' year).
    /// Clauses end at connectives (และ, ซึ่ง, โดย, เพื่อ, ส่วน, ขณะที่, แต่, ทั้งนี้) and at commas.
    /// </summary>
    private static YearMention? YearOfClause(string line, int scoreIndex, List<YearMention> mentions, int lineEnd)
    {
        var bounds = ClauseBreak().Matches(line).Select(m => m.Index).ToList();
        int start = bounds.Where(b => b <= scoreIndex).DefaultIfEmpty(0).Max();
        int end = bounds.Where(b => b > scoreIndex).DefaultIfEmpty(int.MaxValue).Min();
        // A year in brackets closed before the score, behind a year outside them, is an aside, no year of the score's ("ปี
        // 2567 (ผลที่ใช้จัดทำมาตรการปี 2568) ได้ 88.12 คะแนน"); the bracket may have opened on the line before, the
        // year outside it with it. (A year alone in brackets is the score's: "ITA (ปี 2566) ได้คะแนน 80.12".)
        bool Aside(YearMention y)
        {
            int close = line.IndexOf(')', y.Index);
            if (close < 0 || close >= scoreIndex || line.IndexOf('(', y.Index, close - y.Index) >= 0) return false;
            int open = line.LastIndexOf('(', y.Index);
            return open < 0 || mentions.Any(m => m.Index >= start && m.Index < open);
        }
        var before = mentions.Where(y => y.Index >= start && y.Index < scoreIndex && !Aside(y)).ToList();
        if (before.Count > 0) return before[^1];
        // After the score only on the score's own printed line: the next line's year opens the next result.
        var after = mentions.FirstOrDefault(y => y.Index > scoreIndex && y.Index < end && y.Index < lineEnd);
        if (after is not null) return after;
        return mentions.LastOrDefault(y => y.Index < scoreIndex && !Aside(y));
    }

    /// <summary>
    /// The year a result's subject names just before a ซึ่ง clause that says what that result prepares, when the score
    /// follows that clause: "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567 ซึ่งใช้เป็นฐานในการจัดทำมาตรการปีงบประมาณ พ.ศ. 2568
    /// โรงเรียน…ได้คะแนน 85.42": the clause's year is the one prepared, the score is 2567's. Read over the line before too
    /// (the clause may have opened there). Null when the score's clause is no such clause: no ซึ่ง right after a year, a
    /// clause break between it and the score, or no preparing word (ใช้, จัดทำ, เตรียม, วางแผน) before the clause's own year.
    /// </summary>
    private static YearMention? YearBeforePreparingClause(string previous, string joined, int scoreIndex, int? reference)
    {
        var text = previous.Length == 0 ? joined : previous + " " + joined;
        int score = scoreIndex + (previous.Length == 0 ? 0 : previous.Length + 1);
        var breaks = ClauseBreak().Matches(text).Where(b => b.Index < score).ToList();
        if (breaks.Count == 0 || breaks[^1].Value.Trim() != "ซึ่ง") return null;
        int which = breaks[^1].Index;
        var mentions = Mentions(text).Select(y => Repaired(y, reference)).ToList();
        var subject = mentions.LastOrDefault(y => y.Index < which);
        if (subject?.Year is null || !YearThenSpace().IsMatch(text[subject.Index..which])) return null;
        var prepared = mentions.FirstOrDefault(y => y.Index > which && y.Index < score);
        return prepared is not null && PreparingWord().IsMatch(text[which..prepared.Index]) ? subject : null;
    }

    // A year's digits (four, or two written short) and the space before the next word.
    [GeneratedRegex(@"^\d{2}(?:\d{2})?\s*\)?\s*$")]
    private static partial Regex YearThenSpace();

    // What a result is used for: a plan or measures for the year prepared.
    [GeneratedRegex(@"ใช้|จัดทำ|เตรียม|วางแผน")]
    private static partial Regex PreparingWord();

    /// <summary>
    /// Every year the line names after a year cue (ปี, ปีงบประมาณ, พ.ศ., ITA), left to right, with those whose cue or
    /// digits OCR garbled ("w.ศ. 2567", "ปี 25b7"): a garbled year has no <see cref="YearMention.Year"/> until repaired.
    /// A date's year (after a month) is not an assessment year.
    /// </summary>
    private static List<YearMention> Mentions(string text)
    {
        var found = new List<YearMention>();
        foreach (Match m in CuedYear().Matches(text))
        {
            if (MonthBefore().IsMatch(text[..m.Index])) continue;
            // พ.ศ. alone after the name of an act or regulation (พระราชบัญญัติ… พ.ศ. ๒๕๖๐) dates the law, not an assessment.
            if (m.Groups["bare"].Success && LawBefore().IsMatch(text[Math.Max(0, m.Index - LawNameLength)..m.Index])) continue;
            var digits = m.Groups["year"].Value;
            // No year of these documents starts 24: the ๕ was read as its look-alike ๔ and the year is re-read.
            if (digits.StartsWith("24", StringComparison.Ordinal)) digits = "2?" + digits[2..];
            // "ใต566": the year's ๒ read as two letters; the digits after it are the year's last three.
            if (GarbledLead().IsMatch(digits)) digits = "?" + digits[^3..];
            // Three digits after a year cue: two of the year's glyphs were read as one ("๒๒๗" for ๒๕๖๗); its first and
            // last digits are what survived.
            if (digits.Length == 3 && digits.All(char.IsAsciiDigit)) digits = digits[0] + "??" + digits[2];
            int? year = digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
                        y >= FiscalYears.EarliestYear && y <= FiscalYears.LatestYear ? y : null;
            found.Add(new YearMention(m.Groups["year"].Index, year) { Printed = digits });
        }
        foreach (var (index, year) in FiscalYears.FindAll(text))
            if (!found.Any(f => Math.Abs(f.Index - index) < 16)) found.Add(new YearMention(index, year));
        // "ITA ปี ๖๗", "จากปี ๖๖": a year written short after ปี, read in the Buddhist Era's 25xx.
        foreach (Match m in ShortYear().Matches(text))
        {
            int year = ShortYearBase + int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year >= FiscalYears.EarliestYear && year <= FiscalYears.LatestYear && !found.Any(f => Math.Abs(f.Index - m.Groups["year"].Index) < 16))
                found.Add(new YearMention(m.Groups["year"].Index, year));
        }
        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>
    /// A garbled year read again: the digits that survived fix the rest when exactly one year near the reference
    /// (within <see cref="OcrYearRepair.PlausibleDistance"/>) has them, and differs from the reference itself only if
    /// the reference is not among those candidates. Otherwise the year stays unknown.
    /// </summary>
    private static YearMention Repaired(YearMention mention, int? reference)
    {
        if (mention.Year is not null || mention.Printed is not { Length: 4 } printed) return mention;
        // Without a plain year to go by, the whole range of the documents' years: only the year's end read ("2?64") is unique there.
        var candidates = (reference is { } near
                ? Enumerable.Range(near - OcrYearRepair.PlausibleDistance, 2 * OcrYearRepair.PlausibleDistance + 1)
                : Enumerable.Range(FiscalYears.EarliestYear, FiscalYears.LatestYear - FiscalYears.EarliestYear + 1))
            .Where(y => Fits(printed, y)).ToList();
        return candidates.Count == 1 ? mention with { Year = candidates[0] } : mention;
    }

    // Digits that were read agree with the year; a character that is no digit may have been any.
    private static bool Fits(string printed, int year)
    {
        var digits = year.ToString(CultureInfo.InvariantCulture);
        int known = 0;
        for (int i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(printed[i])) continue;
            if (printed[i] != digits[i]) return false;
            known++;
        }
        return known >= 2;
    }

    /// <summary>Indicators in one line of text (Arabic digits).</summary>
    public static IEnumerable<Indicator> IndicatorsIn(string line)
    {
        var taken = new List<(int Start, int End)>();
        foreach (Match m in Labelled().Matches(line))
        {
            if (!TryScore(m.Groups["score"].Value, out var score)) continue;
            int number = int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture);
            // The official name printed after the number outweighs a digit OCR confused (๕ read as ๔, ๖ as ๒).
            if (ItaIndicatorNames.NumberOf(m.Groups["name"].Value.Trim()) is { } named) number = named;
            if (number is < 1 or > 10) continue;
            taken.Add((m.Index, m.Index + m.Length));
            yield return new Indicator(number, Name(m.Groups["name"].Value, number), score);
        }
        // "1.การปฏิบัติหน้าที่ 90.77", and "ตัวชีวั วัด ที่8 การปรับปรุงการทำงาน ร้อยละ 86.74" or "ตัวชี้วัด N 3 การใช้อำนาจ
        // ร้อยละ 100" where OCR damaged the label: without the label, a number counts only when the name after it is that
        // indicator's name.
        foreach (var m in Numbered().Matches(line).Concat(Cued().Matches(line)).OrderBy(m => m.Index))
        {
            if (taken.Any(t => m.Index < t.End && m.Index + m.Length > t.Start)) continue;
            if (!TryScore(m.Groups["score"].Value, out var score)) continue;
            int number = int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture);
            if (ItaIndicatorNames.NumberOf(m.Groups["name"].Value) != number) continue;
            taken.Add((m.Index, m.Index + m.Length));
            yield return new Indicator(number, Name(m.Groups["name"].Value, number), score);
        }
        // "ai ev ประสิทธิภาพการสื่อสาร ได้ 88.47 คะแนน": the label and number lost, the official name opening the line
        // (behind specks) and its score after a cue give the indicator.
        // "(9) ตัวชี้วัดที่ การเปิดเผยข้อมูล ได้ 87.50 คะแนน": the label kept, its number lost.
        if (taken.Count == 0 && NamedOnly().Match(LabelWithoutNumber().Replace(line, "")) is { Success: true } nameFirst && TryScore(nameFirst.Groups["score"].Value, out var namedScore) &&
            ItaIndicatorNames.NumberOf(nameFirst.Groups["name"].Value) is { } byName)
            yield return new Indicator(byName, Name(nameFirst.Groups["name"].Value, byName), namedScore);
    }

    // A line opening (behind an item marker or specks) with ตัวชี้วัดที่ and no number after it.
    [GeneratedRegex(@"^[^\u0E01-\u0E2E]{0,8}ตัว\s?ช[\u0E31-\u0E4E]*\s?ว[\u0E31-\u0E4E]*ด\s*(?:ท[\u0E31-\u0E4E]*)?\s*[.:]?\s*(?=[\u0E01-\u0E2E])")]
    private static partial Regex LabelWithoutNumber();

    // Specks (tokens without a Thai letter) then words without digits, a cue (ได้, ร้อยละ, คะแนน) and a score.
    // A speck may hold a digit when it can be no indicator's number: mixed with signs or letters ("1G", "(7"), or 11–99
    // ("19 คุณภาพการดำเนินงาน ร้อยละ 88.74": the label and its number read as one number). A score whose point is followed
    // by a letter ("83.ว8") is garbled, not 83.
    [GeneratedRegex(@"^(?:(?:[^\s\u0E01-\u0E2E\d]{1,3}|(?=\S*[^\s\d])[^\s\u0E01-\u0E2E]{2,3}|1[1-9]|[2-9]\d)\s+){0,3}(?<name>[\u0E01-\u0E2E][^\d]{2,60}?)\s*(?:(?:ร้อยละ|ได้|คะแนน|=|:)\s*)+(?<score>\d{1,3}(?:\.\d{1,2})?)(?!\.?\d)(?![.,]\S)")]
    private static partial Regex NamedOnly();

    /// <summary>
    /// The years a line names (ปีงบประมาณ พ.ศ. 2566, and the assessment year of "ในปี พ.ศ. 2566", "ITA ปี 2566"),
    /// left to right. A line that ends in "ปีงบประมาณ พ.ศ." takes the year that wrapped onto the start of the next line.
    /// </summary>
    private static List<(int Index, int Year)> YearsIn(string line, string? next)
    {
        var text = next is not null && YearLeadAtEnd().IsMatch(line) ? line + " " + next : line;
        var years = FiscalYears.FindAll(text).ToList();
        foreach (Match m in YearOf().Matches(text))
        {
            int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            // An OCR-damaged year (๒๕๖๖ read as ๒๕๒๒) is no year.
            if (year >= FiscalYears.EarliestYear && year <= FiscalYears.LatestYear) years.Add((m.Index, year));
        }
        // Only mentions that start on this line: the next line's own years are its own.
        return years.Where(y => y.Index < line.Length).OrderBy(y => y.Index).ToList();
    }

    /// <summary>
    /// Overall results set as a table of years: a header row (the first, or the second under a title row) with a year
    /// column (ปี / ปีงบประมาณ / พ.ศ.), a score column (คะแนน) and a grade column (ระดับ / ผลการประเมิน), then one row per
    /// fiscal year. Without a grade column the results have no grade.
    /// </summary>
    private static IEnumerable<ItaResult> ResultRows(Table table)
    {
        for (int header = 0; header < Math.Min(2, table.RowCount - 1); header++)
        {
            var found = ResultRowsUnder(table, header);
            if (found is not null) return found;
        }
        // A table whose header row the grid lost (or that never had one): its columns known from their cells alone.
        return ResultRowsUnder(table, NoHeaderRow) ?? [];
    }

    /// <summary>The header row of a year table that has none: every row is a year's.</summary>
    private const int NoHeaderRow = -1;

    /// <summary>
    /// The results of a year table whose header is row <paramref name="header"/> (<see cref="NoHeaderRow"/>: none); null
    /// when that row is no such header.
    /// </summary>
    private static List<ItaResult>? ResultRowsUnder(Table table, int header)
    {
        int? yearColumn = null, scoreColumn = null, gradeColumn = null;
        // A column its heading names ระดับ holds grades: a cell there that OCR garbled past any look-alike is still one.
        bool gradeNamed = false;
        foreach (var cell in table.Row(header))
        {
            var head = ItaLineRepair.WithLevelWordRepaired(ParsingText.OneLine(ParsingText.Clean(cell.Text)));
            if (yearColumn is null && (head.StartsWith("ปี", StringComparison.Ordinal) || head.StartsWith("พ.ศ", StringComparison.Ordinal))) yearColumn = cell.Column;
            else if (scoreColumn is null && head.Contains("คะแนน", StringComparison.Ordinal) && !head.Contains("ระดับ", StringComparison.Ordinal)) scoreColumn = cell.Column;
            else if (gradeColumn is null && (head.Contains("ระดับ", StringComparison.Ordinal) || head.StartsWith("ผล", StringComparison.Ordinal)))
            {
                gradeColumn = cell.Column;
                gradeNamed = head.Contains("ระดับ", StringComparison.Ordinal);
            }
        }
        string CellText(int row, int column) => ItaLineRepair.UndoubledGrade(
            ThaiDigits.ToArabic(DigitLookalikes.Repair(ParsingText.OneLine(ParsingText.Clean(table.CellAt(row, column)?.Text ?? "")))));
        // A row holding a year and a score is a result's, no header: the table lost its header row.
        if (header != NoHeaderRow && table.Row(header).Any(c => TableYear(CellText(header, c.Column)) is not null) &&
            table.Row(header).Any(c => ScoreCell(CellText(header, c.Column)) is { } score && score.Contains('.'))) return null;
        var body = Enumerable.Range(header + 1, table.RowCount - header - 1).ToList();
        // Headings OCR garbled ("ปข้งบประมาณ", "") are found from their cells: the one column whose every cell is a year, then
        // the one other column whose every cell is a score, then the one whose every cell is a grade. Two rows at least,
        // and the header row's own cell no year (a table without a header row keeps its first row).
        if (yearColumn is null && body.Count >= 2)
        {
            var years = Enumerable.Range(0, table.ColumnCount).Where(c => body.All(r => TableYear(CellText(r, c)) is not null) &&
                TableYear(CellText(header, c)) is null).ToList();
            if (years.Count == 1) yearColumn = years[0];
        }
        if (yearColumn is { } knownYear && scoreColumn is null && body.Count >= 2)
        {
            var scored = Enumerable.Range(0, table.ColumnCount).Where(c => c != knownYear && c != gradeColumn &&
                body.All(r => ScoreCell(CellText(r, c)) is { } score && score.Contains('.'))).ToList();
            if (scored.Count == 1) scoreColumn = scored[0];
        }
        // (A grade heading lost next to a ผล… verdict column: the column of letters holds the grades, not the verdicts.)
        bool Graded(int r, int c) => TableGrade().Match(CellText(r, c)) is { Success: true } g && g.Groups["grade"].Success;
        if (yearColumn is { } yc && scoreColumn is { } scc && body.Count >= 2 && (gradeColumn is not { } gc || !body.Any(r => Graded(r, gc))))
        {
            var graded = Enumerable.Range(0, table.ColumnCount).Where(c => c != yc && c != scc && body.All(r => Graded(r, c))).ToList();
            if (graded.Count == 1) gradeColumn = graded[0];
        }
        if (yearColumn is not { } y || scoreColumn is not { } sc) return null;
        // Without a header row, years and scores alone could be any table's (a budget by year): a column of grades too.
        if (header == NoHeaderRow && gradeColumn is null) return null;
        var rows = new List<(int? Year, double? Score, string? Grade)>();
        for (int r = header + 1; r < table.RowCount; r++)
        {
            string Cell(int column) => CellText(r, column);
            // Specks after the score tolerated ("79.85 :").
            double? value = ScoreCell(Cell(sc)) is { } printed && TryScore(printed, out var v) ? v : null;
            var gradeText = gradeColumn is { } g ? Cell(g) : "";
            var grade = TableGrade().Match(gradeText);
            // A grade cell OCR read as no grade (a Thai letter, a mark, a lone digit such as 0 for C) holds its score's band;
            // a verdict (ผ่าน) is no letter.
            string? letter = grade.Success ? (grade.Groups["verdict"].Success ? null : GradeOf(grade.Groups["grade"].Value, value))
                : value is { } known && (gradeText.Length is > 0 and <= 3 && (!gradeText.Any(char.IsDigit) || gradeText.Trim().Length == 1) ||
                                         gradeNamed && IsGarbledGrade(gradeText))
                    ? ItaGradeBands.Of(known) : null;
            rows.Add((TableYear(Cell(y)), value, letter));
        }
        // Rows are consecutive fiscal years: a year cell OCR garbled lies between its neighbours' years.
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Year is not null) continue;
            int? before = r > 0 ? rows[r - 1].Year : null;
            int? after = r + 1 < rows.Count ? rows[r + 1].Year : null;
            if (before is { } b && (after is null || after == b + 2)) rows[r] = rows[r] with { Year = b + 1 };
            else if (after is { } a && before is null && r == 0) rows[r] = rows[r] with { Year = a - 1 };
        }
        // Without a grade column, a table whose year cells hold no year is no table of results.
        if (gradeColumn is null && rows.Count(r => r.Year is not null) < 2) return null;
        return rows.Where(r => r.Year is not null && r.Score is not null).Select(r => new ItaResult(r.Year, r.Score!.Value, r.Grade)).ToList();
    }

    /// <summary>
    /// A grade cell OCR garbled past any look-alike ("0 =", "16", "ก ' น" for D, C, A): short, holding no Thai word (three
    /// letters running), no verdict and no number with decimals. Said only of a column whose heading names ระดับ.
    /// </summary>
    private static bool IsGarbledGrade(string cell)
    {
        var text = cell.Trim();
        return text.Length is > 0 and <= GarbledGradeLength && !ThaiWord().IsMatch(text) && !text.Contains("ผ่าน", StringComparison.Ordinal) &&
               !DecimalNumber().IsMatch(text);
    }

    /// <summary>How long a grade cell OCR garbled may read: a letter or two with specks, no more.</summary>
    private const int GarbledGradeLength = 6;

    [GeneratedRegex(@"[\u0E01-\u0E2E][\u0E30-\u0E4E]*[\u0E01-\u0E2E][\u0E30-\u0E4E]*[\u0E01-\u0E2E]")]
    private static partial Regex ThaiWord();

    [GeneratedRegex(@"\d[.,]\d")]
    private static partial Regex DecimalNumber();

    /// <summary>
    /// The fiscal year of each column of a table whose header row names years across (รายการ | ปี 2565 | ปี 2566 | …):
    /// a year cell read as a year, or, right of a year column, a header cell OCR garbled past reading (no Thai word
    /// in it but ปี) that continues the run of years. The first column holds the rows' labels.
    /// </summary>
    private static Dictionary<int, int> YearColumns(Table table)
    {
        var years = new Dictionary<int, int>();
        if (table.RowCount < 2) return years;
        foreach (var cell in table.Row(0).Where(c => c.Column > 0))
        {
            var head = ThaiDigits.ToArabic(ParsingText.OneLine(ParsingText.Clean(cell.Text)));
            bool namesOnlyAYear = !ThaiLetterAfter().IsMatch(YearWords().Replace(head, ""));
            if (TableYear(head) is { } year && namesOnlyAYear) years[cell.Column] = year;
            else if (years.TryGetValue(cell.Column - 1, out var before) && head.Length > 0 && namesOnlyAYear)
                years[cell.Column] = before + 1;
        }
        return years;
    }

    // The words of a year heading (ปีงบประมาณ พ.ศ.): a heading with other Thai words names something else (ผลต่าง).
    [GeneratedRegex(@"ปี(?:งบประมาณ)?|พ\.\s?ศ\.?")]
    private static partial Regex YearWords();

    /// <summary>
    /// Results and indicators of a table whose columns are years (<see cref="YearColumns"/>): a score row (คะแนน…) and a
    /// grade row (ระดับ… / ผล…) give one result per year column; a row named by an indicator gives that indicator's score
    /// in each year. A grade cell OCR read as no grade holds its score's band; a verdict (ผ่าน) is no grade.
    /// </summary>
    private static (List<ItaResult> Results, List<Indicator> Indicators) YearColumnFindings(Table table)
    {
        var results = new List<ItaResult>();
        var indicators = new List<Indicator>();
        var years = YearColumns(table);
        if (years.Count < 2) return (results, indicators);
        string CellText(int row, int column) =>
            ThaiDigits.ToArabic(DigitLookalikes.Repair(ParsingText.OneLine(ParsingText.Clean(table.CellAt(row, column)?.Text ?? ""))));
        int? scoreRow = null, gradeRow = null, verdictRow = null;
        for (int r = 1; r < table.RowCount; r++)
        {
            var label = CellText(r, 0);
            if (ItaIndicatorNames.NumberIn(label) is { } number)
            {
                foreach (var (column, year) in years)
                    if (ScoreCell(CellText(r, column)) is { } printed && TryScore(printed, out var score))
                        indicators.Add(new Indicator(number, ItaIndicatorNames.Name(number), score, year));
            }
            else if (label.Contains("คะแนน", StringComparison.Ordinal) && !label.Contains("ระดับ", StringComparison.Ordinal)) scoreRow ??= r;
            else if (label.Contains("ระดับ", StringComparison.Ordinal)) gradeRow ??= r;
            else if (label.StartsWith("ผล", StringComparison.Ordinal)) verdictRow ??= r;
        }
        if (scoreRow is not { } sr) return (results, indicators);
        foreach (var (column, year) in years.OrderBy(y => y.Key))
        {
            if (ScoreCell(CellText(sr, column)) is not { } printed || !TryScore(printed, out var score)) continue;
            string? grade = null;
            if ((gradeRow ?? verdictRow) is { } gr)
            {
                var text = CellText(gr, column);
                var m = TableGrade().Match(text);
                grade = m.Success ? (m.Groups["verdict"].Success ? null : GradeOf(m.Groups["grade"].Value, score))
                    : gradeRow is not null && text.Length > 0 && ScoreCell(text) is null ? ItaGradeBands.Of(score) : null;
            }
            results.Add(new ItaResult(year, score, grade));
        }
        return (results, indicators);
    }

    /// <summary>
    /// The year of a year cell: 25xx; a year whose ๕ was read as ๔ (24xx); three digits 5xx whose leading ๒ OCR lost
    /// or read as a letter ("ใๆ๕๖๒"); or two digits after ปี / พ.ศ. ("ปี ๖๕"). Null when none of these.
    /// </summary>
    private static int? TableYear(string cell)
    {
        var digits = new string(cell.Where(char.IsAsciiDigit).ToArray());
        int? year = digits.Length switch
        {
            // "ปี 65", "พ.ศ. 66": a year written short, its cue in the cell.
            2 when ShortYearCell().IsMatch(cell) => ShortYearBase + int.Parse(digits, CultureInfo.InvariantCulture),
            4 when digits.StartsWith("25", StringComparison.Ordinal) || digits.StartsWith("24", StringComparison.Ordinal) =>
                2500 + int.Parse(digits[2..], CultureInfo.InvariantCulture),
            3 when digits[0] == '5' => 2000 + int.Parse(digits, CultureInfo.InvariantCulture),
            _ => null,
        };
        return year is { } found && found >= FiscalYears.EarliestYear && found <= FiscalYears.LatestYear ? found : null;
    }

    [GeneratedRegex(@"(?<!\d)25\d{2}(?!\d)")]
    private static partial Regex FourDigitYear();

    // A year cell written short after its cue: "ปี 65", "ปี๖๖ :", "พ.ศ. 66".
    [GeneratedRegex(@"^\s*(?:ปี|พ\.\s?ศ\.?)\s?\d{2}(?!\d)[^\d]*$")]
    private static partial Regex ShortYearCell();

    // A total row's label: รวม, ภาพรวม, คะแนนเฉลี่ย, ผลการประเมินภาพรวม (words only, no number).
    [GeneratedRegex(@"^[^\d]{0,24}(?:รวม|เฉลี่ย)[^\d]{0,12}$")]
    private static partial Regex TotalLabel();

    // The grade cell of a grade row: a letter grade, specks after it tolerated ("A ‘").
    [GeneratedRegex(@"^\s*(?<grade>AA|A|B|C|D|E|F)(?![A-Za-z0-9])[^A-Za-z\d\u0E01-\u0E4E]*$")]
    private static partial Regex GradeRowCell();

    // A cell holding a grade alone (or a look-alike of one).
    [GeneratedRegex(@"^(?:AA|A|B|C|D|E|F)$")]
    private static partial Regex BareGrade();

    // A grade cell: "A", "ระดับ B", "ผ่าน", "ไม่ผ่าน (เกณฑ์ 85)".
    [GeneratedRegex(@"^(?:ระดับ\s*)?(?:(?<grade>AA|A|B|C|D|E|F|13|8|6|G|4|€)|(?<verdict>ไม่ผ่าน|ผ่าน))(?![A-Za-z0-9])")]
    private static partial Regex TableGrade();

    // A table row "indicator name | score" becomes one line "name score คะแนน" for the text patterns; a row
    // that carries an indicator name without a number gets the number from the name.
    private static IEnumerable<string> TableLines(Table table)
    {
        if (YearColumns(table).Count >= 2) yield break;
        // A table headed with a score column (คะแนน or ร้อยละ in its first two rows).
        var headings = Enumerable.Range(0, Math.Min(2, table.RowCount)).SelectMany(table.Row).ToList();
        bool scoreHeading = headings.Any(c => c.Text.Contains("คะแนน", StringComparison.Ordinal) || c.Text.Contains("ร้อยละ", StringComparison.Ordinal));
        bool gradeHeading = headings.Any(c => c.Text.Contains("ระดับ", StringComparison.Ordinal));
        // A column of agencies (หน่วยงาน, ชื่อหน่วยงาน): each row that scores one is that agency's result.
        int? agencyColumn = headings.FirstOrDefault(c => c.Row == 0 && c.Text.Contains("หน่วยงาน", StringComparison.Ordinal))?.Column;
        for (int r = 0; r < table.RowCount; r++)
        {
            var cells = table.Row(r).Select(c => DigitLookalikes.Repair(ParsingText.OneLine(ParsingText.Clean(c.Text)))).Where(t => t.Length > 0).ToList();
            if (cells.Count == 0) continue;
            var (nameCell, nameNumber) = cells.Select(c => ((string?)c, ItaIndicatorNames.NumberOf(NumberPrefix().Replace(ThaiDigits.ToArabic(c), ""))))
                .FirstOrDefault(named => named.Item2 is not null);
            // "๔ | การใช้ทรัพย์สินของราชภกภาร | ๘๙.๖๔": a name a few letters off, taken when the number cell before it agrees.
            if (nameCell is null && cells.Count >= 3 && NumberCell().Match(ThaiDigits.ToArabic(cells[0])) is { Success: true } printed &&
                ItaIndicatorNames.NumberNear(cells[1]) is { } near && near == int.Parse(printed.Groups["n"].Value, CultureInfo.InvariantCulture))
                (nameCell, nameNumber) = (cells[1], near);
            // The score stands after the name (the cell before it is the indicator's number).
            // A score with its decimals outweighs a bare number after it (a grade cell B read as "13").
            var scored = nameCell is null ? [] : cells.Skip(cells.IndexOf(nameCell) + 1).Where(c => ScoreCell(c) is not null).ToList();
            var scoreCell = scored.LastOrDefault(c => ScoreCell(c)!.Contains('.')) ?? scored.LastOrDefault();
            if (nameCell is not null && scoreCell is not null && !ReferenceEquals(nameCell, scoreCell))
            {
                // "การใช้งบประมาณ 0": specks after the name (one read as a digit) would pass for the score.
                var name = StrayTail().Replace(NumberPrefix().Replace(ThaiDigits.ToArabic(nameCell), ""), "");
                yield return $"ตัวชี้วัดที่ {nameNumber!.Value} {name} ร้อยละ {ScoreCell(scoreCell)}";
            }
            // "ระดับผลการประเมิน | A" under a total row: the grade row, said as its cue and grade alone whatever OCR made of
            // the rest of its label, so that the total above takes it.
            else if (cells.Count == 2 && ItaLineRepair.WithLevelWordRepaired(cells[0]).StartsWith("ระดับ", StringComparison.Ordinal) &&
                     GradeRowCell().Match(cells[1]) is { Success: true } gradeRow)
                yield return "ระดับ " + gradeRow.Groups["grade"].Value;
            else if (scoreHeading && AgencyRow(table, r, agencyColumn) is { } agency &&
                     cells.FindIndex(c => ScoreCell(c) is { } s && s.Contains('.')) is var at and >= 0)
            {
                // "๑ | โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก | 86.20 | A": an agency's result in a table of agencies, said as
                // a sentence so that the year named above the table is its year.
                var grade = at + 1 < cells.Count && TableGrade().Match(ThaiDigits.ToArabic(cells[at + 1])) is { Success: true } g && g.Groups["grade"].Success
                    ? " ระดับ " + g.Groups["grade"].Value : "";
                yield return $"{agency} ได้คะแนน {ScoreCell(cells[at])}{grade}";
            }
            else
            {
                // "คะแนนรวม | 85.67 | A": a grade cell after a score is that score's grade.
                // "ภาพรวม | 86.33 | A" under a คะแนน heading: a total row's score is the overall one, said as คะแนนรวม.
                // "ผลการประเมินภาพรวม | 46.37 | EF" under a ระดับ heading: a grade cell OCR read as no grade (short, no
                // digit) holds its score's band, as in a table of years.
                yield return string.Join(' ', cells.Select((c, k) =>
                    k > 0 && ScoreCell(cells[k - 1]) is not null && BareGrade().IsMatch(c) ? "ระดับ " + c
                    : k > 0 && gradeHeading && ScoreCell(cells[k - 1]) is { } graded && graded.Contains('.') && TryScore(graded, out var value) &&
                      c.Length <= 3 && !c.Any(char.IsDigit) && TableGrade().Match(c) is { Success: false } ? "ระดับ " + ItaGradeBands.Of(value)
                    : k > 0 && scoreHeading && TotalLabel().IsMatch(cells[k - 1]) && !cells[k - 1].Contains("คะแนน", StringComparison.Ordinal) && ScoreCell(c) is { } total && total.Contains('.') ? "คะแนนรวม " + c
                    : c));
            }
        }
    }

    /// <summary>
    /// The agency a table row scores: the text of the table's agency column (headed หน่วยงาน), or a row label that names
    /// an organisation (โรงพยาบาล…, องค์การบริหารส่วนตำบล…); null for rows of indicators, tools, years and totals.
    /// </summary>
    private static string? AgencyRow(Table table, int row, int? agencyColumn)
    {
        if (row == 0) return null;
        var labels = table.Row(row).Where(c => agencyColumn is { } a ? c.Column == a : true)
            .Select(c => ParsingText.OneLine(ParsingText.Clean(c.Text))).Where(t => ThaiLetterAfter().IsMatch(t)).ToList();
        var label = labels.FirstOrDefault(t => agencyColumn is not null || OrganizationNames.Candidates(t).Any() ||
                                               OrganizationNames.InstitutionCandidates(t).Any());
        if (label is null || ToolNamed().IsMatch(label) || ItaIndicatorNames.NumberOf(NumberPrefix().Replace(ThaiDigits.ToArabic(label), "")) is not null ||
            TotalLabel().IsMatch(label) || TableYear(ThaiDigits.ToArabic(label)) is not null) return null;
        return label;
    }

    /// <summary>
    /// The score a score cell holds: its number, specks after it tolerated ("94.13 า", "97.21 > 0:"); four digits
    /// without their point (9721) are a score of two decimals. Null for a cell that holds words or other numbers.
    /// </summary>
    private static string? ScoreCell(string cell)
    {
        var m = ScoreCellText().Match(ThaiDigits.ToArabic(cell));
        if (!m.Success || ThaiLetterAfter().IsMatch(m.Groups["rest"].Value)) return null;
        var number = m.Groups["n"].Value;
        if (number.Length == 4 && !number.Contains('.')) number = number[..2] + "." + number[2..];
        return TryScore(number, out _) ? number : null;
    }

    // A number opening the cell; what follows may hold specks (a point OCR added after it: "53.40.") and one stray digit,
    // never a second number.
    // (The number stands apart: "๘ธส.ว๔" is a garbled number, not 8.)
    [GeneratedRegex(@"^\s*(?<n>\d{1,3}(?:\.\d{1,2})?|\d{4})(?!\d)(?!\.\d)(?=\s|\.|%|คะแนน|$)\s*(?:%|คะแนน)?(?<rest>(?:[^\d]|(?<!\d)\d(?!\d))*)$")]
    private static partial Regex ScoreCellText();

    // Any Thai consonant after the score: the cell holds words.
    [GeneratedRegex(@"[\u0E01-\u0E2E]")]
    private static partial Regex ThaiLetterAfter();

    private static string? Name(string printed, int number)
    {
        var name = printed.Trim().Trim(':', '-', '=', ' ');
        // OCR sometimes prints the start of ร้อยละ twice ("การแก้ไขปัญหาการทุจริต ร้ ร้อยละ 100"): that piece is no part of the name.
        int space = name.LastIndexOf(' ');
        if (space > 0 && IsCuePrefix(name[(space + 1)..])) name = name[..space].TrimEnd();
        return name.Length > 0 ? name : ItaIndicatorNames.Name(number);
    }

    private static bool IsCuePrefix(string word) =>
        word.Length < "ร้อยละ".Length && ("ร้อยละ".StartsWith(word, StringComparison.Ordinal) || "คะแนน".StartsWith(word, StringComparison.Ordinal));

    private static bool TryScore(string text, out double score)
    {
        // "7.856 คะแนน": a score printed with two decimals whose point OCR read one digit early (78.56).
        if (PointOneEarly().IsMatch(text)) text = string.Concat(text[0], text[2], ".", text[3..]);
        // 100 is the only score with three digits before the point: "900.00" is ๑๐๐.๐๐ with its ๑ read as 9.
        if (HundredMisread().IsMatch(text)) text = "100" + text[3..];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out score) && score is >= 0 and <= 100;
    }

    [GeneratedRegex(@"^\d00(?:\.0{1,2})?$")]
    private static partial Regex HundredMisread();

    [GeneratedRegex(@"^\d\.\d{3}$")]
    private static partial Regex PointOneEarly();

    /// <summary>The text lines with each table's lines (<see cref="TableLines"/>) where the table stands among them.</summary>
    private static IEnumerable<string> InReadingOrder(IReadOnlyList<string> textLines, IReadOnlyList<Table> tables, IReadOnlyList<int>? positions)
    {
        if (positions is null || positions.Count != tables.Count) return textLines.Concat(tables.SelectMany(TableLines));
        var ordered = new List<string>();
        for (int i = 0; i <= textLines.Count; i++)
        {
            for (int t = 0; t < tables.Count; t++)
                if (Math.Min(positions[t], textLines.Count) == i) ordered.AddRange(TableLines(tables[t]));
            if (i < textLines.Count) ordered.Add(textLines[i]);
        }
        return ordered;
    }

    // A year cue (ปีงบประมาณ, พ.ศ.) followed by no digit at all up to the line's end or ดังนี้.
    // (What follows the cue may hold stray digits, "พ.ศ. 35“%ว3": the caller takes it as lost only when no year was read.)
    [GeneratedRegex(@"(?:ปีงบประมาณ|พ\.\s?ศ\.)\s*(?:[^\d\s]{0,6}|\S{0,8})\s*(?:มี)?\s*(?:ดังนี้|ดังต่อไปนี้)?\s*$")]
    private static partial Regex LostYear();

    // The same indicator printed twice (analysis, then a recommendation repeating it) is one; different scores for
    // the same indicator and year are reported.
    private static List<Indicator> Deduplicate(List<Indicator> indicators, ICollection<string> warnings)
    {
        var kept = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            var same = kept.FirstOrDefault(k => k.Number == indicator.Number && k.FiscalYear == indicator.FiscalYear);
            if (same is null) { kept.Add(indicator); continue; }
            if (Math.Abs(same.Score - indicator.Score) > 0.001)
                warnings.Add($"ita: indicator {indicator.Number} printed with two scores ({same.Score} and {indicator.Score}); kept the first");
        }
        return kept.OrderBy(i => i.FiscalYear).ThenBy(i => i.Number).ToList();
    }

    // ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ร้อยละ 99.46 | ตัวชี้วัดที่ 3: การใช้อำนาจ 100 คะแนน | ตัวชี้วัด 9 ... = 88.5%
    [GeneratedRegex(@"ตัว\s?ช[\u0E31-\u0E4E]*\s?ว[\u0E31-\u0E4E]*ด\s*(?:ท[\u0E31-\u0E4E]*)?\s*(?<num>\d{1,2})\s*[.:)]?\s*(?<name>[^\d]{0,70}?)\s*(?:(?:ร้อยละ|ได้|คะแนน|=|:)\s*)+(?<score>\d{1,3}(?:\.\d{1,2})?)(?!\.?\d)\s*(?:%|คะแนน)?|ตัว\s?ช[\u0E31-\u0E4E]*\s?ว[\u0E31-\u0E4E]*ด\s*(?:ท[\u0E31-\u0E4E]*)?\s*(?<num>\d{1,2})\s*[.:)]?\s*(?<name>[^\d]{0,70}?)\s*(?<score>\d{1,3}(?:\.\d{1,2})?)(?!\.?\d)\s*(?:%|คะแนน)")]
    private static partial Regex Labelled();

    // 1.การปฏิบัติหน้าที่ 90.77 คะแนน | 10) การป้องกันการทุจริต 0.00
    [GeneratedRegex(@"(?<![\d.])(?<num>\d{1,2})\s*[.)]\s*(?<name>[^\d]{3,60}?)\s*(?:ร้อยละ\s*)?(?<score>\d{1,3}(?:\.\d{1,2})?)(?!\.?\d)\s*(?:%|คะแนน)?")]
    private static partial Regex Numbered();

    // 8 การปรับปรุงการทำงาน ร้อยละ 86.74 | 3 การใช้อำนาจ 100 คะแนน: a bare number needs a score cue (ร้อยละ, คะแนน, =, %)
    [GeneratedRegex(@"(?<![\d.])(?<num>\d{1,2})\s*[.):]?\s*(?<name>[^\d]{3,70}?)\s*(?:(?:ร้อยละ|คะแนน|=|:)\s*)+(?<score>\d{1,3}(?:\.\d{1,2})?)(?!\.?\d)\s*(?:%|คะแนน)?|(?<![\d.])(?<num>\d{1,2})\s*[.):]?\s*(?<name>[^\d]{3,70}?)\s*(?<score>\d{1,3}(?:\.\d{1,2})?)(?!\.?\d)\s*(?:%|คะแนน)")]
    private static partial Regex Cued();

    // ในปี พ.ศ. 2566 | ITA ปี 2566 | ประจำปี 2567 (Buddhist Era, Arabic digits; fiscal-year wordings are FiscalYears')
    [GeneratedRegex(@"ปี\s*(?:พ\.\s?ศ\.?\s*)?(?<year>25\d\d)(?!\d)")]
    private static partial Regex YearOf();

    // A line ending where its year should follow: "... ประจำปีงบประมาณ พ.ศ." or "ในปี"
    // (the era may be garbled: "๒.ศ.", "พ๒.ศ.")
    [GeneratedRegex(@"ปี\s*(?:งบ\s*(?:ประมาณ|ฯ))?\s*(?:(?:พ|\S{1,2})\s?\.?\s?ศ\.?)?\s*$")]
    private static partial Regex YearLeadAtEnd();

    // A year opening a line (its cue ended the line before).
    [GeneratedRegex(@"^\s*(?<year>25\d{2})(?![\d.])")]
    private static partial Regex OpeningYear();

    // A grade letter (or its look-alike) as printed; glued to a pass / fail verdict it still ends there ("6ไม่ผ่าน", also
    // with the verdict's ไม่ read as one leading vowel: "4เผ่านเกณฑ์"). With the space to the next word lost, a Latin
    // letter or digit glued to a Thai word ends there too ("ระดับ Bโดยมี…"), and ค (A's look-alike) when that word opens
    // with a leading vowel ("ระดับ คโดยมี…"): a consonant standing before เ แ โ ใ ไ is no part of that word.
    private const string GradePattern = @"(?:(?<grade>AA|A|B|C|D|E|F|13|8|6|G|4|€)(?:(?![A-Za-z0-9\u0E01-\u0E4E])|(?=[\u0E01-\u0E2E\u0E40-\u0E44]))|" +
        @"(?<grade>คค|ค)(?:(?![A-Za-z0-9\u0E01-\u0E4E])|(?=ไม่ผ่าน|[\u0E40-\u0E44]?ผ่าน)|" + LeadingVowelWord + "))";

    // The next word glued on, opening with a leading vowel (เ แ โ ใ ไ) and a consonant: a grade before it stands alone.
    private const string LeadingVowelWord = @"(?=[\u0E40-\u0E44][\u0E01-\u0E2E])";

    // After ระดับ: a grade, or one letter standing alone that is none (OCR read the grade as a Thai or stray Latin letter),
    // also with the next word glued on: a Latin letter before any Thai word, a Thai one before a word opening with a
    // leading vowel ("ระดับ ฉโดยมี…").
    // (0 for C or O is no grade either, unless a number goes on after it; nor a lone bracket or bar, "ระดับ ( ส่วน…".)
    // A lone digit other than the look-alikes above (ระดับ ๑, เกรด 2) is no grade either: a Latin letter OCR read as a digit.
    // A grade in words ("อยู่ในระดับดีเยี่ยม", "ระดับ ดีมาก", "ระดับผ่าน") is a verdict: the result stands, without a letter.
    // A grade OCR lost outright is its score's band too: a stroke glued to the next word ("ระดับ /เโดย…", A broken up),
    // or nothing before a numbered heading ("… ได้ 95.10 คะแนน (ระดับ" / "2. เป้าหมาย": the grade's line was lost).
    private const string GradeAfterLevel = "(?:" + GradePattern + @"|(?<bad>[ก-ฮA-Za-z]|[(\[{|]|0(?![.,]?\d)|[1-9](?![\d.,]))(?=[\s.,)]|$)|(?<bad>[ก-ฮ])" + LeadingVowelWord + @"|(?<bad>[A-Za-z])(?=[\u0E01-\u0E2E\u0E40-\u0E44])|" +
        @"(?<bad>[/\\])(?=[^\s\d/\\])|(?<bad>)(?=\s*\d{1,2}\s*[.)]\s*[\u0E01-\u0E2E\u0E40-\u0E44])|" + GradeInWords + ")";

    // The grades agencies write in words (the letters' levels, a pass or fail), longest first. (ระดับสูง / ต่ำ are left out:
    // a risk's level is worded so.)
    private const string GradeInWords = @"(?<verdict>ดีเยี่ยม|ดีเด่น|ดีมาก|ดี|พอใช้|ต้องปรับปรุง|ไม่ผ่าน|ผ่าน)(?![\u0E01-\u0E4E])";

    // ระดับ, also with its ร lost at the start of a wrapped line ("อยู่ใน / ะดับ B"); ระดับผลการประเมิน is one cue
    // ("คะแนนที่ได้ : 81.46 คะแนน" / "ระดับผลการประเมิน : B").
    // Also เกรด, and ผลการประเมิน (ระดับ) when a grade follows ("… คะแนน ผลการประเมิน D"), and ระดับ whose marks OCR
    // damaged ("ระดูั").
    // "ผลการประเมินอยู่ในระดับ D" (also wrapped after ผล or after ประเมิน) is one cue: the verb between them.
    // ระดับ with its บ read as ย ("ระดัย AA"); ใน read as ไน, a speck after it ("อยู่ไนแระดับ"); ประเมิน with its last letter
    // or its vowel damaged ("ประเมิแอยู่ใน…", "ผลการประเม่น"). A colon may follow the cue ("ในระดับ: B").
    private const string Level = @"(?:(?:ระดับ(?:\s?ผล\s?การ\s?ประเม[\u0E34\u0E48]?[นแ]?)?|(?<=ใน\s{0,3})ะดับ|ระด[\u0E31\u0E38\u0E39]{1,2}บ?(?![\u0E01-\u0E4E])|ระดัย(?![\u0E01-\u0E4E])|เกรด|ผล\s?การ\s?ประเม[\u0E34\u0E48]?[นแ]?(?:\s?(?:อยู่|อยู)?\s?(?:[ใไ]นแ?)?\s?(?:ระดับ|ระด[\u0E31\u0E38\u0E39]{1,2}บ?(?![\u0E01-\u0E4E])|ระดัย(?![\u0E01-\u0E4E])))?)(?:\s?[:：])?)";

    // มีผลคะแนน 79.34 อยู่ในระดับ B | ค่าคะแนนเท่ากับ 74.17 คะแนน อยู่ในระดับ C | ผลคะแนนรวม 85.20 | ได้คะแนนรวม 87.45
    // | คะแนนรวมของปี 2564 คิดเป็นร้อยละ 66.12 | ได้ 91.02 คะแนน ผ่านเกณฑ์ | มีคะแนนเฉลี่ยรวมเท่ากับ 85.42 คะแนน
    // (a speck OCR read as a full stop between the cue and the score: "ได้คะแนน.87.03 คะแนน")
    [GeneratedRegex(@"(?:ผล\s?คะแนน(?:\s?(?:รวม|ITA|เฉลี่ย|ภาพรวม))?|ค่า\s?คะแนน(?:รวม)?|คะแนน\s?(?:เฉลี่ย(?:\s?รวม)?|ภาพรวม|ที่ได้)|คะแนน\s?รวม(?:.{0,50}?คิดเป็น\s?(?:ร้อยละ)?)?|ได้(?:รับ)?\s?คะแนน(?:\s?(?:รวม|เฉลี่ย|ภาพรวม))?|ได้(?=\s*\d{1,3}(?:\.\d{1,2})?\s*คะแนน))\s*(?:ITA\s*)?(?:เท่ากับ|=|:|\.(?=\d))?\s*(?<score>\d{1,3}(?:\.\d{1,2})?|\d\.\d{3}(?=\s*ค?ะ\s?แนน))(?![\d.])\s*(?:ค?ะ\s?แนน)?\s*[-–]?\s*(?:\)\s*)?(?:\(?\s*(?:และ|ซึ่ง)?\s*(?:อยู่|อยู|ได้)?\s*(?:[ใไ]นแ?)?\s*(?:" + Level + @"\s*" + GradeAfterLevel + @"|เกณฑ์\s*" + GradePattern + @")|(?:และ|ซึ่ง)?\s*(?:ถือว่า|ซึ่ง)?\s*(?<verdict>ไม่ผ่าน|ผ่าน)(?:เกณฑ์)?)?")]
    private static partial Regex Overall();

    // A grade first, its score after it: "อยู่ในระดับ A ด้วยคะแนน 85.20", "ได้ระดับ B (79.34 คะแนน)", "ในระดับ B คิดเป็น
    // 79.88 คะแนน".
    [GeneratedRegex(Level + @"\s*" + GradeAfterLevel + @"\s*(?:\(|ด้วย|โดย|ซึ่ง|มี|ได้|คิดเป็น)*\s*(?:ผล)?\s*(?:ค่า)?\s*(?:คะแนน|ร้อยละ)?\s*(?:รวม)?\s*(?:เท่ากับ|=|:)?\s*(?<score>\d{1,3}(?:\.\d{1,2})?)(?![\d.])\s*(?:คะแนน)?")]
    private static partial Regex GradeFirst();

    // A score with its grade after it and no cue before it, whose cue OCR garbled or the wording left out:
    // "Td 52.90 คะแนน ระดับ E", "คิดเป็นร้อยละ 66.12 ระดับ C", "ปี พ.ศ. 2563 คะแนน 64.18 ระดับ D".
    // The score needs its คะแนน after it or ร้อยละ / คะแนน before it: a table row's bare "2566 91.02 ระดับ AA" is the year
    // table's. Words that only link the score to its grade may stand between ("… คะแนน ซึ่งจัดอยู่ในระดับ A", "… คะแนน
    // ถือว่าอยู่ในระดับ B"; ซึ่ง with its tone mark lost).
    [GeneratedRegex(@"(?:(?<=(?:ร้อยละ|คะแนน)\s{0,3})(?<score>\d{1,3}(?:\.\d{1,2})?)(?![\d.])\s*(?:คะแนน)?|(?<![\d.])(?<score>\d{1,3}(?:\.\d{1,2})?|\d\.\d{3})(?![\d.])\s*ค?ะ\s?แนน)\s*[-–]?\s*(?:\)\s*)?\(?\s*(?:(?:ซึ่?ง|ถือว่า|จัด|คิดเป็น|เป็น)\s*){0,3}(?:อยู่|อยู|ได้)?\s*(?:[ใไ]นแ?)?\s*" + Level + @"\s*" + GradeAfterLevel)]
    private static partial Regex ScoreThenGrade();

    // A year after its cue: ปี 2566, ปีงบประมาณ พ.ศ. 2566, พ.ศ. 2566, ITA 2566; the cue's พ.ศ. or the digits may be garbled
    // ("w.ศ. 2567", "พ.ศ 25b7"), ปี after ITA read as a Latin letter ("ITA U 2562"), a speck or a rule before the year ("ปี '2562", "ปี | 2564", "พ.ศ. . 2567"),
    // and the next word glued to the year ("2563ได้"); พ.ศ. read as digits ("ปีงบประมาณ 9.02 2566") or its last point as a
    // bracket ("พ.ศ) 2564"); the year's ๒ read as one letter or two ("ไ๕๖๔", "ใต๕๖๖", re-read from the three digits left).
    [GeneratedRegex(@"(?:ปี\s*(?:งบ\s*(?:ประมาณ|ฯ))?(?:\s*[A-Za-z]{1,3}\.|\s*[^\s\d]{1,2}\.\s?[^\s\d]{1,2}\.)?|ITA(?:\s+[A-Za-z]{1,2}(?=\s))?|(?<bare>(?<![ก-๙])\S{1,2}\s?\.?\s?ศ\.?))\s*(?:\S{1,2}\s?\.?\s?ศ\.?|\d\.\d{1,2}(?=\s+25\d{2}(?![\d.])))?\s*(?:['‘’`|).,]\s?)?(?<year>25\d{2}(?![\d.])|24\d{2}(?![\d.])|(?<=\s)[^\s\d.,)(|'‘’`]{1,2}5\d{2}(?![\d.])|25[^\s\d]\d|25\d[^\s\d.,)]|2[^\s\d]\d{2}|2\d[^\s\d.,)]\d|2[^\s\d.,)]{3}|2\d{2}(?![\d.]))(?=[\s,)]|$|(?<=\d)[\u0E01-\u0E2E\u0E40-\u0E44])")]
    private static partial Regex CuedYear();

    // Two letters for a year's ๒ ("ใต566"), as CuedYear reads them.
    [GeneratedRegex(@"^[^\d]{2}5\d{2}$")]
    private static partial Regex GarbledLead();

    // A year written short after ปี: "ปี 67", "ปี67"; not a count of months or days after it ("ปี 11 เดือน"), nor part of a
    // number or date ("ปี 66/67").
    [GeneratedRegex(@"ปี\s?(?<year>\d{2})(?![\d.,/:])(?!\s*(?:เดือน|วัน|ครั้ง))")]
    private static partial Regex ShortYear();

    /// <summary>The century a short year (ปี 67) is read in: the Buddhist Era's 2500s.</summary>
    private const int ShortYearBase = 2500;

    /// <summary>How far into the next line the year of a cue ending this line may stand (past a garbled พ.ศ.).</summary>
    private const int WrappedYearReach = 9;

    /// <summary>How far before a bare พ.ศ. the name of a law is looked for.</summary>
    private const int LawNameLength = 80;

    // The name of a law or regulation, whose year a bare พ.ศ. gives.
    [GeneratedRegex(@"(?:พระราชบัญญัติ|พ\.ร\.บ\.|ระเบียบ|ประมวล|กฎหมาย|กฎกระทรวง|ข้อบังคับ|พระราชกฤษฎีกา|รัฐธรรมนูญ|ประกาศ|คำสั่ง|ยุทธศาสตร์|แผน)[^,;]*$")]
    private static partial Regex LawBefore();

    // A month name (or abbreviation) just before: the year is a date's.
    [GeneratedRegex(@"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|[มกพสตธ]\.[คพยคย]\.|มิ\.ย\.|เม\.ย\.|ก\.ย\.|ก\.ค\.|ต\.ค\.|ธ\.ค\.|พ\.ย\.)\s*$")]
    private static partial Regex MonthBefore();

    // Where a clause ends: a connective after a space, or a comma / semicolon.
    // (A comparison opens a clause of its own: "… ระดับ A เมื่อเทียบกับปีงบประมาณ พ.ศ. 2566 …", "… เพิ่มขึ้นจากปี 2566 …".)
    [GeneratedRegex(@"\s(?:และ|ซึ่ง|โดย|เพื่อ|ส่วน|ขณะที่|แต่|ทั้งนี้|สำหรับ)|[,;]|(?:เมื่อ)?เทียบกับ|(?:เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง)จาก")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.)]\s*")]
    private static partial Regex NumberPrefix();

    // Tokens without a Thai consonant closing a name cell: specks (' - 0 |) and a lone vowel.
    [GeneratedRegex(@"(?:\s+[^\s\u0E01-\u0E2E]+)+\s*$")]
    private static partial Regex StrayTail();

    // A cell holding an item number alone ("4", "4.", "(4)").
    [GeneratedRegex(@"^\s*\(?(?<n>\d{1,2})\s*[.)]?\s*$")]
    private static partial Regex NumberCell();

    // ตัวชี้วัดที่ n (the label with its number), as IndicatorsIn reads it.
    [GeneratedRegex(@"ตัว\s?ช[\u0E31-\u0E4E]*\s?ว[\u0E31-\u0E4E]*ด\s*(?:ท[\u0E31-\u0E4E]*)?\s*\d{1,2}(?!\d)")]
    private static partial Regex IndicatorLabel();

    // An item number and Thai words, no score: "๔. การใช้ทรัพย์สินของ", "(๑๐) การป้องกันการ".
    [GeneratedRegex(@"^\s*\(?\d{1,2}\s*[.)]\s*[\u0E01-\u0E4E][^\d]*$")]
    private static partial Regex NumberedNameOnly();

    // A line that opens with a score, its cue before it: "คะแนน 71.50 คะแนน …", "ร้อยละ 88.20".
    [GeneratedRegex(@"^\s*(?:ได้\s*)?(?:คะแนน|ร้อยละ)\s*\d{1,3}(?:\.\d{1,2})?(?![\d.])")]
    private static partial Regex WrappedScore();

    [GeneratedRegex(@"^\s*\d{1,3}(?:\.\d{1,2})?\s*(?:%|คะแนน)?\s*$")]
    private static partial Regex BareScore();
}
