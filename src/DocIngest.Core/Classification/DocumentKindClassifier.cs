using System.Text.RegularExpressions;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Core.Parsing.People;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Classification;

/// <summary>A document kind with how sure the classifier is and what decided it.</summary>
public sealed record KindVerdict(DocumentKind Kind, double Confidence, string Basis);

/// <summary>
/// Decides a document's kind from several signals that each survive a misread line, summed as votes: the title cue
/// that opened the document, the title read with a few letters wrong, the memo header labels present (ส่วนราชการ,
/// ที่, วันที่, เรื่อง, เรียน), the closing formula of an order or announcement (สั่ง ณ วันที่, ประกาศ ณ วันที่), meeting
/// lines, a measure table's header row (ลำดับ, มาตรการ, ผู้รับผิดชอบ, ระยะเวลา), ITA indicator scores, and the ML.NET
/// model on character n-grams of the body (trained from data/training/kinds.tsv). No single signal outweighs the
/// structure of the rest: a garbled บันทึกข้อความ over a full memo header is still a memo.
/// </summary>
public sealed partial class DocumentKindClassifier
{
    /// <summary>Below this probability the model's guess is not trusted and the kind is "other".</summary>
    public const double MinimumModelProbability = 0.4;

    /// <summary>Votes per signal. The memo header block outweighs body content (a memo may quote ITA scores or a measure table).</summary>
    private const double TitleCueVote = 3, FuzzyTitleVote = 2, TitleWordVote = 1, FullMemoHeaderVote = 5, MemoHeaderVote = 4,
        ClosingFormulaVote = 2, SectionHeadingsVote = 2, MeetingVote = 2, MeasureTableVote = 2, IndicatorsVote = 3.5, ModelVote = 2, MemberListVote = 2,
        AnnouncementLayoutVote = 4, ItaSummaryVote = 2.5;

    /// <summary>Member lines (a name, then a committee role) that make a list of appointees.</summary>
    private const int MemberListMinimum = 3;

    /// <summary>Lines read for section headings: a memo's body fits in them, a long plan is not searched through.</summary>
    private const int BodyLines = 80;

    /// <summary>Printed section headings of this many types make a memo's body.</summary>
    private const int MemoHeadingTypes = 2;

    /// <summary>Lines at the top of a document where its title and header block stand.</summary>
    private const int HeaderLines = 12;

    private readonly TextCategoryModel? _model;

    public DocumentKindClassifier(TextCategoryModel? model) => _model = model;

    public bool HasModel => _model is not null;

    /// <param name="cue">The title cue that opened the document, if any.</param>
    /// <param name="slice">The document's content.</param>
    /// <param name="indicatorCount">ITA indicator scores found in it.</param>
    /// <param name="itaResultCount">ITA overall results (a year's score, its grade) found in it.</param>
    public KindVerdict Classify(TitleCue? cue, DocumentSlice slice, int indicatorCount, int itaResultCount = 0)
    {
        var text = slice.FullText;
        var prediction = _model?.Predict(text.Length > 3000 ? text[..3000] : text);
        double Agreement(DocumentKind kind) => prediction?.All.GetValueOrDefault(KebabEnum(kind)) ?? 0;

        var lines = slice.TextLines;
        // A law, code or regulation is none of the product's kinds though it is issued like an announcement (ประกาศ ณ
        // วันที่ and a signer close a code): its title names the instrument.
        if (cue?.Kind is null && OpensWithInstrumentTitle(lines.Take(HeaderLines).Select(ParsingText.WithoutLeadingSpecks).ToList()))
            return new KindVerdict(DocumentKind.Other, 0.9, "instrument title");

        var votes = new KindVotes();
        if (cue?.Kind is { } announced) votes.Add(announced, TitleCueVote, "title");
        AddTitleVotes(votes, lines.Take(3).Select(ParsingText.WithoutLeadingSpecks).ToList(), cue);
        // Labels behind specks count too (". เรียน …"): a scan's specks do not make a memo's header block another kind's.
        AddHeaderVotes(votes, lines.Take(HeaderLines).Select(ParsingText.WithoutLeadingSpecks).ToList());
        AddContentVotes(votes, lines, text, slice, indicatorCount);
        if (AnnouncementLayoutSignals(lines) >= AnnouncementLayoutMinimum) votes.Add(DocumentKind.Announcement, AnnouncementLayoutVote, "announcement layout");
        if (itaResultCount >= ItaSummaryMinimumResults && lines.Take(HeaderLines).Any(NamesIta))
            votes.Add(DocumentKind.ItaAnalysis, ItaSummaryVote, "ita results");
        bool structural = votes.Any;
        if (prediction is not null)
        {
            foreach (var (label, probability) in prediction.All)
                if (Kinds.TryGetValue(label, out var kind) && probability >= MinimumModelProbability / 2) votes.Add(kind, ModelVote * probability, "model");
        }

        var (winner, score, basis) = votes.Best();
        if (winner is null || score < ModelVote * MinimumModelProbability)
            return new KindVerdict(DocumentKind.Other, prediction is null ? 0.5 : Math.Round(1 - prediction.Probability, 3), prediction is null ? "no model" : "model unsure");
        var kindWon = winner.Value;
        double confidence = !structural || basis == "model" ? prediction!.All.GetValueOrDefault(KebabEnum(kindWon))
            : cue?.Kind == kindWon ? 0.9 + 0.1 * Agreement(kindWon)
            : 0.8 + 0.2 * Agreement(kindWon);
        return new KindVerdict(kindWon, Math.Round(confidence, 3), basis);
    }

    /// <summary>The first lines read as a title, letters misread or not: บันทึกข้อความ, or a title word (คำสั่ง, ประกาศ, มาตรการ…).</summary>
    private static void AddTitleVotes(KindVotes votes, IReadOnlyList<string> firstLines, TitleCue? cue)
    {
        foreach (var line in firstLines)
        {
            if (cue?.Kind != DocumentKind.Memo && TitleBlockSignals.IsMemoTitle(line))
            {
                votes.Add(DocumentKind.Memo, FuzzyTitleVote, "fuzzy title");
                return;
            }
            if (line.Length > 100) continue;
            foreach (var (word, kind) in TitleWordKinds)
            {
                if (!TitleBlockSignals.OpensWith(line, word) && !TitleBlockSignals.OpensWithIssuedTitle(line, word)) continue;
                // รายงานผลการวิเคราะห์… says a report analyses something, not what: an ITA analysis's title names the
                // assessment it analyses; a report analysing procurement or risks is another document.
                if (kind == DocumentKind.ItaAnalysis && !firstLines.Any(NamesAssessment)) return;
                votes.Add(kind, TitleWordVote, "title word");
                return;
            }
        }
    }

    private static readonly (string Word, DocumentKind Kind)[] TitleWordKinds =
    [
        ("คำสั่ง", DocumentKind.Order), ("ประกาศ", DocumentKind.Announcement), ("มาตรการ", DocumentKind.MeasurePlan),
        ("แผนปฏิบัติ", DocumentKind.MeasurePlan), ("แผนการ", DocumentKind.MeasurePlan), ("การวิเคราะห์ผล", DocumentKind.ItaAnalysis),
        ("ผลการวิเคราะห์", DocumentKind.ItaAnalysis), ("รายงานการวิเคราะห์", DocumentKind.ItaAnalysis),
        ("รายงานผลการวิเคราะห์", DocumentKind.ItaAnalysis), ("รายงานการประชุม", DocumentKind.Minutes),
    ];

    /// <summary>
    /// The document opens with the title of a law, code or regulation (พระราชบัญญัติ…, กฎกระทรวง…, ประมวลจริยธรรม…,
    /// ข้อกำหนดจริยธรรม…, ระเบียบ…, ข้อบังคับ…): its first title-like line (a gazette's page heading, หน้า n / เล่ม …
    /// ราชกิจจานุเบกษา…, stands above it) opens with the instrument's word, and no ประกาศ / คำสั่ง / บันทึกข้อความ title
    /// stands above it (an announcement issuing a code is titled ประกาศ…).
    /// </summary>
    public static bool OpensWithInstrumentTitle(IReadOnlyList<string> firstLines)
    {
        foreach (var line in firstLines.Where(l => !TitleBlockSignals.IsGazetteHeading(l)).Take(InstrumentTitleLines))
        {
            if (line.Length > 100) return false;
            // ระเบียบวาระ (a meeting's agenda item) opens minutes' lines, not a regulation.
            if (ThaiCue.StartsWith(line, "ระเบียบวาระ")) return false;
            if (TitleBlockSignals.OpensWithInstrumentWord(line)) return true;
            if (TitleWordKinds.Any(t => TitleBlockSignals.OpensWith(line, t.Word)) || TitleBlockSignals.IsMemoTitle(line)) return false;
        }
        return false;
    }

    /// <summary>Lines (after a gazette's page heading) in which an instrument's title stands.</summary>
    private const int InstrumentTitleLines = 2;

    /// <summary>The memo header block: three labels or more, ส่วนราชการ or เรียน among them (orders share only ที่, เรื่อง and a date).</summary>
    private static void AddHeaderVotes(KindVotes votes, IReadOnlyList<string> firstLines)
    {
        var labels = TitleBlockSignals.LooseMemoHeaderLabelNames(firstLines);
        if (!labels.Contains("agency") && !labels.Contains("addressee")) return;
        if (labels.Count >= 4) votes.Add(DocumentKind.Memo, FullMemoHeaderVote, "header labels");
        else if (labels.Count >= TitleBlockSignals.MemoHeaderMinimumLabels) votes.Add(DocumentKind.Memo, MemoHeaderVote, "header labels");
    }

    private static void AddContentVotes(KindVotes votes, IReadOnlyList<string> lines, string text, DocumentSlice slice, int indicatorCount)
    {
        if (lines.Any(l => ThaiCue.StartsWith(l, "สั่ง ณ วันที่") || ThaiCue.StartsWith(l, "สั่งณวันที่")))
            votes.Add(DocumentKind.Order, ClosingFormulaVote, "closing formula");
        if (lines.Any(l => ThaiCue.StartsWith(l, "ประกาศ ณ วันที่") || ThaiCue.StartsWith(l, "จึงประกาศให้ทราบ")))
            votes.Add(DocumentKind.Announcement, ClosingFormulaVote, "closing formula");
        // A memo's body survives a garbled title and header block: its closing formula (จึงเรียนมาเพื่อ…) and its printed
        // section headings (ข้อเท็จจริง, ข้อพิจารณา…: two of different types) are what no other kind prints.
        if (lines.Any(l => SectionHeadings.IsClosing(ParsingText.WithoutLeadingSpecks(l))))
            votes.Add(DocumentKind.Memo, ClosingFormulaVote, "closing formula");
        if (lines.Take(BodyLines).Select(l => SectionHeadings.Match(ParsingText.WithoutLeadingSpecks(l))?.Type).OfType<SectionType>().Distinct().Count() >= MemoHeadingTypes)
            votes.Add(DocumentKind.Memo, SectionHeadingsVote, "section headings");
        if (lines.Any(l => ThaiCue.StartsWith(l, "ผู้มาประชุม") || ThaiCue.StartsWith(l, "ระเบียบวาระ") || ThaiCue.StartsWith(l, "เลิกประชุม")))
            votes.Add(DocumentKind.Minutes, MeetingVote, "meeting lines");
        // One indicator score makes an analysis where the text says what it is: วิเคราะห์ผลการประเมิน, or the ITA named at
        // the top (a garbled title may lose the first while its "ITA" or คุณธรรมและความโปร่งใส survives).
        bool analysis = indicatorCount >= 3 ||
                        (indicatorCount >= 1 && (ThaiCue.Contains(text, "วิเคราะห์ผลการประเมิน") || lines.Take(HeaderLines).Any(NamesIta)));
        if (analysis) votes.Add(DocumentKind.ItaAnalysis, IndicatorsVote, "indicators");
        if (HasMeasureHeader(slice)) votes.Add(DocumentKind.MeasurePlan, MeasureTableVote, "measure table");
        // Appointees with their committee roles: what an order (แต่งตั้ง…) lists, in lines or in a table.
        int members = lines.Count(l => MemberParser.MemberLine(l)?.Role is not null || MemberParser.UnnumberedMemberLine(l) is not null)
                      + slice.Tables.Sum(t => Enumerable.Range(0, t.RowCount).Count(r => t.Row(r).Any(c => MemberRoles.Exact(c.Text) is not null)));
        if (members >= MemberListMinimum) votes.Add(DocumentKind.Order, MemberListVote, "member list");
    }

    /// <summary>Of the announcement's three layout signals, how many must be seen: one alone may be a sentence that quotes ประกาศ.</summary>
    private const int AnnouncementLayoutMinimum = 2;

    /// <summary>Skeleton letters that may stand before a cue's กาศ: ประ, or the specks and Latin letters OCR made of it.</summary>
    private const int GarbledPrefixLetters = 8;

    /// <summary>An issue line is short: ประกาศ ณ วันที่, a date, specks.</summary>
    private const int IssueLineLength = 70;

    /// <summary>Yearly ITA results (score and grade) that make a summary of the assessment, with the ITA named at the top.</summary>
    private const int ItaSummaryMinimumResults = 2;

    /// <summary>
    /// How many of an announcement's layout signals the document shows, each read through a garbled ประกาศ (its first
    /// syllable lost to specks or Latin letters, "“2 Ge กาศ…"): a title line among the first three opening with (ประ)กาศ;
    /// in the second half, the call to know ((จึงประ)กาศให้ทราบ…) and a short issue line ((ประ)กาศ ณ, then a day and a
    /// month, its วันที่ possibly garbled). Only where the cue stands near a line's start: a sentence quoting ประกาศ is none.
    /// </summary>
    public static int AnnouncementLayoutSignals(IReadOnlyList<string> lines)
    {
        bool title = lines.Take(3).Any(l => l.Length <= 100 && CueNearStart(l, "กาศ"));
        var closingPart = lines.Skip(Math.Max(3, lines.Count / 2)).ToList();
        bool call = closingPart.Any(l => CueNearStart(l, "กาศให้ทราบ"));
        bool issue = closingPart.Any(l => l.Length <= IssueLineLength && CueNearStart(l, "กาศ ณ") && IssueDay().IsMatch(l));
        return (title ? 1 : 0) + (call ? 1 : 0) + (issue ? 1 : 0);
    }

    private static bool CueNearStart(string line, string cue)
    {
        int at = ThaiCue.Skeleton(line).IndexOf(ThaiCue.Skeleton(cue), StringComparison.Ordinal);
        return at >= 0 && at <= GarbledPrefixLetters;
    }

    // A day and a month name: the date an issue line carries.
    [GeneratedRegex(@"(?<![0-9๐-๙])[0-9๐-๙]{1,2}\s*(?:" + HeaderFields.MonthNames + ")")]
    private static partial Regex IssueDay();

    /// <summary>
    /// A title line naming the assessment an ITA analysis analyses: การประเมิน (ผลการประเมิน…), its subject's words
    /// (คุณธรรม, โปร่งใส, each alone, so one garbled word leaves the other) or the abbreviation ITA.
    /// </summary>
    public static bool NamesAssessment(string line) =>
        ThaiCue.Contains(line, "ประเมิน") || ThaiCue.Contains(line, "คุณธรรม") || ThaiCue.Contains(line, "โปร่งใส") || ItaAbbreviation().IsMatch(line);

    /// <summary>A line naming the ITA: the assessment's Thai name (คุณธรรมและความโปร่งใส) or its abbreviation.</summary>
    private static bool NamesIta(string line) => ThaiCue.Contains(line, "คุณธรรมและความโปร่งใส") || ItaAbbreviation().IsMatch(line);

    [GeneratedRegex(@"(?<![A-Za-z])ITA(?![A-Za-z])")]
    private static partial Regex ItaAbbreviation();

    /// <summary>
    /// A measure table's header: a table whose titles name a measure column and its units or period, or a row (or a few
    /// lines) naming มาตรการ together with steps, owners or period.
    /// </summary>
    public static bool HasMeasureHeader(DocumentSlice slice)
    {
        foreach (var table in slice.Tables)
        {
            // Column titles worded otherwise (แนวทางการพัฒนา | หน่วยงานขับเคลื่อน) still make a measure table when the
            // columns they name are a measure and its units or period.
            if (MeasureTableLayoutDetector.FromHeader(table) is { IsMeasureTable: true } layout &&
                (layout.Has(ColumnRole.Responsible) || layout.Has(ColumnRole.Period)))
                return true;
            for (int r = 0; r < Math.Min(table.RowCount, 3); r++)
            {
                if (IsMeasureHeader(string.Join(' ', table.Row(r).Select(c => c.Text)))) return true;
            }
        }
        var lines = slice.TextLines;
        for (int i = 0; i < lines.Count; i++)
        {
            if (IsMeasureHeader(string.Join(' ', lines.Skip(i).Take(4)))) return true;
        }
        return false;
    }

    private static bool IsMeasureHeader(string text) =>
        text.Length < 400 && ThaiCue.Contains(text, "มาตรการ") &&
        new[] { "ผู้รับผิดชอบ", "ระยะเวลา", "ขั้นตอน", "วิธีการ" }.Count(w => ThaiCue.Contains(text, w)) >= 2;

    private static readonly Dictionary<string, DocumentKind> Kinds =
        Enum.GetValues<DocumentKind>().ToDictionary(KebabEnum, k => k);

    private static string KebabEnum(DocumentKind kind) => KebabEnumConverter<DocumentKind>.Format(kind);

    /// <summary>Votes per kind with the signals that cast them.</summary>
    private sealed class KindVotes
    {
        private readonly Dictionary<DocumentKind, (double Score, List<string> Signals)> _votes = [];

        public bool Any => _votes.Count > 0;

        public void Add(DocumentKind kind, double weight, string signal)
        {
            var (score, signals) = _votes.TryGetValue(kind, out var v) ? v : (0, []);
            if (!signals.Contains(signal)) signals.Add(signal);
            _votes[kind] = (score + weight, signals);
        }

        /// <summary>The kind with most votes (ties: the one listed first in <see cref="DocumentKind"/>), its score and signals.</summary>
        public (DocumentKind? Kind, double Score, string Basis) Best()
        {
            if (_votes.Count == 0) return (null, 0, "");
            var best = _votes.OrderByDescending(v => v.Value.Score).ThenBy(v => v.Key).First();
            return (best.Key, best.Value.Score, string.Join('+', best.Value.Signals));
        }
    }
}
