using System.Text.RegularExpressions;
using DocIngest.Core.Classification;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.Ita;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Core.Parsing.Organizations;
using DocIngest.Core.Parsing.People;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Pipeline;

namespace DocIngest.Core.Parsing;

/// <summary>Parses the measures of one document's pages (the signature of <see cref="MeasureTableParser.Parse"/>).</summary>
public delegate IReadOnlyList<Measure> MeasureParsing(IReadOnlyList<PageContent> pages, int? fiscalYear, ICollection<string> warnings);

/// <summary>
/// The understanding stage: splits a file's pages into documents at their title lines, classifies each, and parses
/// header, sections, ITA scores, measures, members and signatures. What cannot be read becomes a warning on the
/// document, never a silent gap.
/// </summary>
public sealed partial class DocumentReader : IDocumentReader
{
    private readonly DocumentSegmenter _segmenter = new();
    private readonly HeaderParser _headers = new();
    private readonly ItaParser _ita = new();
    private readonly MemberParser _members = new();
    private readonly SignatureParser _signatures = new();
    private readonly ClassifierModels _models;
    private readonly MeasureParsing _measures;

    /// <summary>A reader over fixed classifiers.</summary>
    public DocumentReader(DocumentKindClassifier kinds, SectionClassifier sections, MeasureParsing measures)
        : this(new ClassifierModels(sections, kinds), measures)
    {
    }

    /// <summary>
    /// A reader over a swappable model set: each document is read with the classifiers in <paramref name="models"/>
    /// at the time it starts, so models adopted later apply to the next document.
    /// </summary>
    public DocumentReader(ClassifierModels models, MeasureParsing measures)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(measures);
        _models = models;
        _measures = measures;
    }

    /// <summary>The classifiers this reader uses; adopting a model into it changes what the next document is read with.</summary>
    public ClassifierModels Models => _models;

    public IReadOnlyList<Document> Read(IReadOnlyList<PageContent> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var units = ContentUnit.Flatten(pages);
        return ItaParser.WithYearsFromBundle(_segmenter.Split(units).Select(ReadOne).ToList());
    }

    private Document ReadOne(DocumentSegment segment)
    {
        var slice = segment.Slice;
        // One snapshot per document: a model adopted meanwhile must not mix two models within one document.
        var kinds = _models.Kinds;
        var sectionClassifier = _models.Sections;
        var warnings = new List<string>();
        if (!kinds.HasModel) warnings.Add("classifier: no kinds model; document kinds from rules only");
        if (!sectionClassifier.HasModel) warnings.Add("classifier: no sections model; section types from rules only");
        var lines = slice.TextLines;
        var tables = slice.Tables;

        var ita = _ita.Parse(lines, tables, null, warnings, slice.TablePositions);
        var kind = kinds.Classify(segment.Cue, slice, ita.Indicators.Count, ita.Results.Count);

        HeaderResult header = kind.Kind switch
        {
            DocumentKind.Memo => _headers.ParseMemo(lines, warnings),
            DocumentKind.Order or DocumentKind.Announcement => _headers.ParseOrder(slice.BodyLines, warnings),
            DocumentKind.Minutes => _headers.ParseMinutes(lines, warnings),
            // A form refers to a subject and is dated where it is filled in; an announced code by its ประกาศ ณ วันที่; a law has no header.
            DocumentKind.Other => _headers.ParseForm(slice.BodyLines, tables.SelectMany(t => t.Cells).Select(c => string.Join(' ', c.Lines)).ToList()),
            _ => new HeaderResult(null, 0, null),
        };

        string? title = segment.Cue?.Title ?? FirstLineAsTitle(slice.BodyLines);
        if (title is null) warnings.Add("title: no title line found");

        var titleLines = new[] { title, header.Header?.Subject }.OfType<string>().ToList();
        int? fiscalYear = FiscalYears.Of(titleLines, lines, header.ParsedDate);
        if (fiscalYear is null) warnings.Add("fiscal year: no ปีงบประมาณ mention and no date");

        var preferred = new[] { title, header.Header?.Agency }.OfType<string>().ToList();
        string? organization = OrganizationNames.Find(preferred, lines);
        // An order or announcement names its issuer in its title, whatever kind of body it is (school, office…).
        if (kind.Kind is DocumentKind.Order or DocumentKind.Announcement && title is not null && OrganizationNames.FromTitle(title) is { } issuer &&
            OrganizationNames.Candidates(title).FirstOrDefault() is null)
            organization = issuer;
        if (organization is null) warnings.Add("organization: no named organisation found");

        var memberLines = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<Person> members = kind.Kind switch
        {
            DocumentKind.Order => _members.ParseOrderMembers(slice.ContentFrom(header.BodyStart), warnings, memberLines),
            DocumentKind.Minutes => _members.ParseAttendees(lines, warnings),
            _ => [],
        };

        var body = BodyOf(slice, header, kind.Kind);
        IReadOnlyList<Section> sections = kind.Kind switch
        {
            DocumentKind.Memo => new SectionParser(sectionClassifier).Parse(body),
            // An order or announcement has none of a memo's sections (เรื่องเดิม, ข้อเท็จจริง…): its prose is one body
            // section, without the member lines an order lists nor the wrapped roles and position tails read with them.
            // A plan's prose (the introduction around the table) too.
            DocumentKind.Order or DocumentKind.Announcement =>
                PlanProse(body.Where(l => MemberParser.MemberLine(l.Text) is null && !memberLines.Contains(l.Text)).ToList(), titleLines),
            DocumentKind.MeasurePlan => PlanSections(body, titleLines),
            _ => [],
        };
        if (kind.Kind == DocumentKind.Memo && sections.Count == 0) warnings.Add("sections: memo body not found");
        var signatures = _signatures.Parse(lines, tables, slice.TextLinePlacements);
        if (kind.Kind is DocumentKind.Memo or DocumentKind.Order or DocumentKind.Announcement && signatures.Count == 0)
            warnings.Add("signatures: no signer name in parentheses found");

        if (kind.Kind == DocumentKind.ItaAnalysis && ita.Indicators.Count == 0) warnings.Add("ita: analysis without readable indicator scores");
        var ita2 = ita with { Indicators = ita.Indicators.Select(i => i with { FiscalYear = i.FiscalYear ?? fiscalYear }).ToList() };

        // Minutes and orders talk about measures in numbered prose (agenda items, duties) without setting any: only a
        // measure table in them is read as measures. An announcement may set measures as numbered paragraphs.
        bool proseOnly = kind.Kind is DocumentKind.Minutes or DocumentKind.Order
            && !slice.Pages().Any(p => p.Blocks.OfType<TableBlock>().Any());
        var measures = proseOnly ? [] : _measures(slice.Pages(), fiscalYear, warnings);
        // An announcement's numbered measures are its measures, not its prose: the body section keeps what stands
        // before the first of them and after the list (ทั้งนี้ ตั้งแต่บัดนี้…, จึงประกาศให้ทราบ…).
        if (kind.Kind == DocumentKind.Announcement && measures.Count > 0)
            sections = PlanProse(WithoutMeasureList(body, measures), titleLines);
        if (kind.Kind == DocumentKind.MeasurePlan && measures.Count == 0) warnings.Add("measures: measure plan without readable measures");

        return new Document
        {
            Kind = kind.Kind,
            PageStart = slice.PageStart,
            PageEnd = slice.PageEnd,
            Title = title,
            Organization = organization,
            FiscalYear = fiscalYear,
            Header = header.Header,
            // The header's ที่ is the order number once read whole (its year may have been completed from the issue date).
            OrderNumber = kind.Kind == DocumentKind.Order
                ? header.Header?.Reference is { } number && OrderNumbers.IsNumber(number) ? number : OrderNumbers.Find(lines)
                : null,
            Sections = sections,
            Measures = measures,
            Indicators = ita2.Indicators,
            ItaResults = ita2.Results,
            Members = members,
            Signatures = signatures,
            Confidence = kind.Confidence,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// The paragraphs of a plan that read as prose: not the title block (title, year and agency lines), and not the
    /// short fragments OCR finds in stamps, logos or screenshots (little Thai text, or too short to be a sentence).
    /// </summary>
    private static IReadOnlyList<Section> PlanProse(IReadOnlyList<BodyLine> body, IReadOnlyList<string> titleLines)
    {
        var titleBlocks = body.Where(l => titleLines.Contains(l.Text.Trim())).Select(l => l.BlockKey).ToHashSet();
        // The pieces of a title that wrapped may share their block with the first paragraph: only the lines go.
        var titlePieces = body.Take(TitleBlockLines).Where(l => IsTitlePiece(l.Text, titleLines)).ToHashSet();
        var paragraphs = body.Where(l => !titleBlocks.Contains(l.BlockKey) && !titlePieces.Contains(l)).GroupBy(l => l.BlockKey)
            .Select(g => string.Join('\n', g.Select(l => l.Text.Trim()).Where(t => t.Length > 0)))
            .Where(IsProse).ToList();
        return paragraphs.Count == 0 ? [] : [new Section(SectionType.Body, null, string.Join('\n', paragraphs), 1.0)];
    }

    /// <summary>
    /// A plan's prose as sections: its paragraphs as <see cref="PlanProse"/> keeps them, a new section where a table
    /// stands between two of them (each strategy's paragraph introduces its own table) and at a printed heading (a
    /// short line set over its paragraph, <see cref="IsHeadingOver"/>), which becomes the section's heading.
    /// </summary>
    private static IReadOnlyList<Section> PlanSections(IReadOnlyList<BodyLine> body, IReadOnlyList<string> titleLines)
    {
        var parts = new List<(string? Heading, List<BodyLine> Lines)>();
        for (int i = 0; i < body.Count; i++)
        {
            bool heading = i + 1 < body.Count && !body[i + 1].AfterTable &&
                           IsHeadingOver(i > 0 && !body[i].AfterTable ? body[i - 1] : null, body[i], body[i + 1], i + 2 < body.Count && !body[i + 2].AfterTable ? body[i + 2] : null);
            if (heading) parts.Add((ParsingText.WithoutLeadingSpecks(body[i].Text).Trim(), []));
            else if (parts.Count == 0 || body[i].AfterTable) parts.Add((null, [body[i]]));
            else parts[^1].Lines.Add(body[i]);
        }
        return parts.SelectMany(p => PlanProse(p.Lines, titleLines).Select(s => s with { Heading = p.Heading })).ToList();
    }

    /// <summary>A heading starts where its paragraph starts within this many line heights (an item's deeper indent does not).</summary>
    private const double HeadingAlignmentInLineHeights = 0.5;

    /// <summary>Characters a printed heading holds at most (แนวทางการพัฒนา, แนวทางการพัฒนาตามกลยุทธ์สู่การปฏิบัติ): a title-length line is no heading.</summary>
    private const int HeadingMaximumLetters = 45;

    /// <summary>
    /// True when <paramref name="line"/> is a heading printed over the paragraph that follows it: a short line, not a
    /// numbered item (๑. / ๒.๑, items of a list) nor the short last line of a paragraph (the line before it,
    /// <paramref name="previous"/> on the same page, starts at the same place and is at least twice as wide), and
    /// either starting where <paramref name="next"/> starts (within half a line height) while the next line runs on at
    /// least twice as wide, or set at the paragraph's margin over its indented first line (<paramref name="afterNext"/>
    /// comes back to where the heading starts). A centred title starts elsewhere than the lines under it.
    /// </summary>
    private static bool IsHeadingOver(BodyLine? previous, BodyLine line, BodyLine next, BodyLine? afterNext = null)
    {
        var text = ParsingText.WithoutLeadingSpecks(line.Text).Trim();
        if (line.Box is not { } a || next.Box is not { } b || line.Page != next.Page) return false;
        int letters = text.Count(c => c is >= '\u0E01' and <= '\u0E4E' && !ThaiCue.IsMark(c));
        if (letters < 4 || text.Length > HeadingMaximumLetters || NumberedItem().IsMatch(text)) return false;
        double tolerance = HeadingAlignmentInLineHeights * Math.Max(a.Height, b.Height);
        bool tail = previous?.Box is { } p && previous.Page == line.Page && Math.Abs(p.X - a.X) <= tolerance && p.Width >= 2 * a.Width;
        if (tail) return false;
        if (Math.Abs(a.X - b.X) <= tolerance) return b.Width >= 2 * a.Width;
        // Set at the paragraph's margin over its indented first line: the paragraph's next line comes back to where the
        // heading starts, and the heading ends well short of the first line. Not at a document's or a page's top,
        // where a paragraph's short last line carried over looks the same.
        return previous is not null && previous.Page == line.Page && afterNext?.Box is { } c && afterNext.Page == line.Page &&
               b.X - a.X > tolerance && Math.Abs(c.X - a.X) <= tolerance && b.Right - a.Right > 2 * b.Height;
    }

    // A list item's number: ๑. / 2) / ๒.๑ / (๓).
    [GeneratedRegex(@"^\(?[0-9\u0E50-\u0E59]+(?:[.)]|\s)")]
    private static partial Regex NumberedItem();

    /// <summary>
    /// The document's first line (page numbers aside) as its title when no title cue opened it; null when that line
    /// opens a paragraph (an excerpt that starts mid-document, on a paragraph whose first words OCR garbled) or is a
    /// heading printed over one (เป้าหมายและตัวชี้วัด over its paragraph): a title is neither.
    /// </summary>
    private static string? FirstLineAsTitle(IReadOnlyList<BodyLine> lines)
    {
        int first = lines.ToList().FindIndex(l => ParsingText.WithoutLeadingSpecks(l.Text) is var t && t.Length <= 150 && !IsPageNumber(t));
        if (first < 0) return null;
        return first + 1 < lines.Count && (OpensParagraph(lines[first], lines[first + 1]) || IsHeadingOver(null, lines[first], lines[first + 1]))
            ? null : ParsingText.WithoutLeadingSpecks(lines[first].Text);
    }

    /// <summary>The lines' ends may differ by this many line heights and still be one justified margin.</summary>
    private const double MarginToleranceInLineHeights = 1.0;

    /// <summary>
    /// True when <paramref name="line"/> is the first line of a paragraph that wraps onto <paramref name="next"/>: the
    /// same block, the line indented (the next starts clearly left of it) and both ending at the same right margin. A
    /// title's next line is centred under it, a subtitle wider than it ends further right.
    /// </summary>
    private static bool OpensParagraph(BodyLine line, BodyLine next)
    {
        if (line.BlockKey != next.BlockKey || line.Box is not { } a || next.Box is not { } b) return false;
        double tolerance = MarginToleranceInLineHeights * Math.Max(a.Height, b.Height);
        return a.X - b.X > 2 * tolerance && Math.Abs(a.Right - b.Right) <= tolerance;
    }

    /// <summary>
    /// A page number printed alone on its line ("๑๐๐", "- 12 -", "(๓)"): the top line of an excerpt's page, never
    /// the document's title.
    /// </summary>
    private static bool IsPageNumber(string line) => PageNumberLine().IsMatch(line);

    [GeneratedRegex(@"^[\s\-–—(\[]*[0-9\u0E50-\u0E59]{1,4}[\s\-–—)\].]*$")]
    private static partial Regex PageNumberLine();

    /// <summary>A wrapped title stands within the first lines of a plan.</summary>
    private const int TitleBlockLines = 6;

    /// <summary>
    /// A line printed as a piece of a title that wrapped over several lines (long enough not to be a stray word the
    /// title happens to contain).
    /// </summary>
    private static bool IsTitlePiece(string line, IReadOnlyList<string> titleLines)
    {
        var text = line.Trim().TrimStart(':', ';', ',', '.', '\'', '|').Trim();
        return text.Length >= 8 && titleLines.Any(t => t.Contains(text, StringComparison.Ordinal));
    }

    private static bool IsProse(string paragraph)
    {
        int letters = paragraph.Count(char.IsLetter);
        int thai = paragraph.Count(c => c is >= '\u0E01' and <= '\u0E4E');
        return letters >= 60 && thai >= 0.8 * letters;
    }

    /// <summary>
    /// The body without the lines of its numbered measures: from the line that opens the first measure's title up to the
    /// formula that closes the list; the body itself when the title is not found on a line.
    /// </summary>
    private static List<BodyLine> WithoutMeasureList(IReadOnlyList<BodyLine> body, IReadOnlyList<Measure> measures)
    {
        var title = measures[0].Title.Trim();
        var opening = title[..Math.Min(title.Length, 12)];
        int first = body.ToList().FindIndex(l => l.Text.Contains(opening, StringComparison.Ordinal));
        if (first < 0 || opening.Length < 6) return body.ToList();
        int end = body.Skip(first + 1).ToList().FindIndex(l => MeasureListEnd().IsMatch(l.Text.TrimStart()));
        return body.Take(first).Concat(end < 0 ? [] : body.Skip(first + 1 + end)).ToList();
    }

    // What closes an announcement's list of measures: its effective-date or closing formula.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:ทั้งนี้.{0,8}ตั้งแต่|ตั้งแต่บัดนี้|จึงประกาศ|ประกาศ\s*ณ)")]
    private static partial System.Text.RegularExpressions.Regex MeasureListEnd();

    /// <summary>The body lines: after the header, up to the first signature or issue-date line.</summary>
    private static List<BodyLine> BodyOf(DocumentSlice slice, HeaderResult header, DocumentKind kind)
    {
        var all = slice.BodyLines;
        var body = new List<BodyLine>();
        foreach (var line in all.Skip(header.BodyStart))
        {
            if (SignatureStart(line.Text)) break;
            if (kind != DocumentKind.Memo && (Text.ThaiCue.StartsWith(line.Text, "สั่ง ณ วันที่") || Text.ThaiCue.StartsWith(line.Text, "ประกาศ ณ วันที่"))) break;
            body.Add(line);
        }
        return body;
    }

    private static bool SignatureStart(string text) =>
        text.StartsWith("(ลงชื่อ)", StringComparison.Ordinal) || text.StartsWith("ลงชื่อ", StringComparison.Ordinal) ||
        text.StartsWith('(') && text.EndsWith(')') && PersonNames.AtStart(text.Trim('(', ')')) is not null;
}
