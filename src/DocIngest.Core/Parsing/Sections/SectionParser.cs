using System.Text.RegularExpressions;
using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Numerics;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Sections;

/// <summary>
/// Cuts a memo body into sections. A printed heading opens a section that runs to the next heading; text before
/// any heading (or in memos that print none) is split into paragraphs — source blocks and numbered items ๑. ๒. —
/// each typed from its content by <see cref="SectionClassifier"/>. The closing formula ends the body. In a memo with a
/// single heading, a paragraph opening with another section's phrase ends that heading's section. A list under a
/// paragraph that announces it (… ดังนี้ / ดังต่อไปนี้ / :) belongs to that paragraph's section: its numbered items and
/// indented lines (names, sub-items) are no sections of their own.
/// </summary>
public sealed partial class SectionParser
{
    private readonly SectionClassifier _classifier;

    public SectionParser(SectionClassifier classifier) => _classifier = classifier;

    public IReadOnlyList<Section> Parse(IReadOnlyList<BodyLine> lines)
    {
        var sections = new List<Section>();
        // A memo that prints one heading only (๑. ความเป็นมา over its first paragraph) leaves the paragraphs after it
        // unheaded: one that opens with another section's phrase (ในการนี้, พิจารณาแล้ว, จึงเห็นควร) ends the heading's section.
        bool singleHeading = lines.Count(l => SectionHeadings.Match(ParsingText.WithoutLeadingSpecks(l.Text)) is not null) == 1;
        SectionHeading? heading = null;
        var headedParagraphs = new List<Paragraph>();
        var paragraph = new List<string>();
        var paragraphLines = new List<BodyLine>();
        int paragraphBlock = int.MinValue;
        var edges = new TextEdges(lines);
        // The last unheaded section announced a list (… ดังนี้) or took an item of one: list items that follow join it.
        var list = new ListContinuation(edges);

        void AddUnheaded(Paragraph unheaded)
        {
            if (sections.Count > 0 && list.Takes(unheaded))
            {
                sections[^1] = sections[^1] with { Text = sections[^1].Text + "\n" + unheaded.Text };
                return;
            }
            var verdict = _classifier.Classify(unheaded.Text, sections.LastOrDefault()?.Type);
            sections.Add(new Section(verdict.Type, null, unheaded.Text, verdict.Confidence));
            list.After(unheaded);
        }

        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            // Wrapped lines of a paragraph: a wrap between Thai letters is no space (see ThaiText.JoinWrapped).
            var flushed = new Paragraph(ThaiText.UnwrapLines(paragraph), paragraphLines.ToList());
            paragraph.Clear();
            paragraphLines.Clear();
            if (heading is not null) { headedParagraphs.Add(flushed); return; }
            // A paragraph with no word (a stray number or code between header and body) is no section.
            if (!ParsingText.HasWord(flushed.Text)) return;
            AddUnheaded(flushed);
        }

        void FlushHeaded()
        {
            FlushParagraph();
            if (heading is null) return;
            // A memo that prints one heading only: its section ends at the first later paragraph the classifier types
            // otherwise (its opening phrase lost or garbled by OCR, or none), and the paragraphs from there on are typed
            // one by one, as in a memo without headings.
            int end = singleHeading ? FirstParagraphOfAnotherType(headedParagraphs, heading.Type, edges) : headedParagraphs.Count;
            sections.Add(new Section(heading.Type, heading.Heading, string.Join('\n', headedParagraphs.Take(end).Select(p => p.Text)), 0.98));
            list = new ListContinuation(edges);
            foreach (var unheaded in headedParagraphs.Skip(end).Where(p => ParsingText.HasWord(p.Text))) AddUnheaded(unheaded);
            heading = null;
            headedParagraphs.Clear();
        }

        BodyLine? previous = null;
        foreach (var line in lines)
        {
            // Specks OCR read before a paragraph's first word would hide its opening phrase.
            var text = ParsingText.WithoutLeadingSpecks(line.Text);
            if (text.Length == 0 || IsContinuationMarker(text)) continue;
            var before = previous;
            previous = line;

            if (SectionHeadings.IsClosing(text))
            {
                // A printed heading with nothing under it yet (๓. ข้อเสนอแนะ over จึงเรียนมาเพื่อโปรดพิจารณา อนุมัติให้…): the
                // formula opens that heading's paragraph, which runs on over the lines of its block, not a closing after
                // an empty section.
                if (heading is not null && headedParagraphs.Count == 0 && paragraph.Count == 0)
                {
                    var block = lines.SkipWhile(l => !ReferenceEquals(l, line)).TakeWhile(l => l.BlockKey == line.BlockKey).ToList();
                    paragraph.AddRange(block.Select(l => ParsingText.WithoutLeadingSpecks(l.Text)).Where(t => t.Length > 0));
                    paragraphLines.AddRange(block);
                    FlushHeaded();
                    break;
                }
                FlushHeaded();
                sections.Add(new Section(SectionType.Closing, null, text, 0.99));
                break;
            }
            if (SectionHeadings.Match(text) is { } found)
            {
                FlushHeaded();
                heading = found;
                paragraphBlock = line.BlockKey;
                if (found.Rest.Length > 0) paragraph.Add(found.Rest);
                continue;
            }
            // A new paragraph starts at a new source block, a numbered item, or — when a text layer or OCR gives a whole
            // page as one block — a line that opens with a paragraph-opening phrase (ตามที่, ในการนี้, จึงเห็นควร…).
            // A block that opens mid-sentence (พ.ศ. ๒๕๖๖ …, และ …) is the paragraph before it, cut by the layout.
            bool newBlock = line.BlockKey != paragraphBlock && !(paragraph.Count > 0 && MidSentence().IsMatch(text)) &&
                            !(paragraph.Count > 0 && (ContinuesOverPage(before, line, lines) || edges.ContinuesAfterFullLine(before, line)) &&
                              SectionClassifier.RuleType(text) is null && !NumberedItem().IsMatch(text));
            // Two paragraphs the layout gave as one block: justified lines run to the right edge, a paragraph's last
            // line stops short, so the line under a short one opens the next paragraph.
            bool afterShortLine = paragraph.Count > 0 && !MidSentence().IsMatch(text) && edges.EndsShort(before, line);
            if (singleHeading && heading is not null && (headedParagraphs.Count > 0 || paragraph.Count > 0) &&
                SectionClassifier.RuleType(text) is { } opens && opens != heading.Type && opens != SectionType.Body)
                FlushHeaded();
            if (newBlock || afterShortLine || NumberedItem().IsMatch(text) || (heading is null && SectionClassifier.RuleType(text) is not null))
                FlushParagraph();
            paragraphBlock = line.BlockKey;
            paragraph.Add(text);
            paragraphLines.Add(line);
        }
        FlushHeaded();
        return sections;
    }

    /// <summary>
    /// True when <paramref name="line"/>, the first on its page, carries on the paragraph the page before ended with: it
    /// starts at the left edge of the text where paragraphs open indented, or after a page whose last line runs to the
    /// right edge (a paragraph's last line stops short). Needs the lines' boxes; without them only the mid-sentence
    /// words say so.
    /// </summary>
    private static bool ContinuesOverPage(BodyLine? before, BodyLine line, IReadOnlyList<BodyLine> lines)
    {
        if (before is null || before.Page == line.Page || before.Box is not { } last || line.Box is not { } first) return false;
        var previousPage = lines.Where(l => l.Page == before.Page && l.Box is not null).Select(l => l.Box!.Value).ToList();
        var page = lines.Where(l => l.Page == line.Page && l.Box is not null).Select(l => l.Box!.Value).ToList();
        // A line's height is the unit: a first-line indent is several of them, a ragged edge of justified text less than one.
        int unit = Math.Max(1, Math.Max(last.Height, first.Height));
        int left = Math.Min(page.Min(b => b.X), previousPage.Min(b => b.X));
        if (first.X - left > unit) return false;
        // A flush first line continues a paragraph where the memo indents its paragraphs (some line of the two pages
        // stands an indent right of the edge), or where the page before ended on a full line.
        bool indents = previousPage.Concat(page).Any(b => b.X - left >= MinimumIndentLines * unit);
        bool fullLast = previousPage.Max(b => b.Right) - last.Right <= unit;
        return indents || fullLast;
    }

    /// <summary>
    /// Each page's right text edge and line height, from the body lines' boxes: the edge where most lines end (a high
    /// order statistic of their right edges, so a line of noise reaching past the margin does not set it), the height the
    /// median line has.
    /// </summary>
    private sealed class TextEdges
    {
        private readonly Dictionary<int, (int Left, int Right, int Unit, bool Indents)> _pages;

        public TextEdges(IReadOnlyList<BodyLine> lines) => _pages = lines.Where(l => l.Box is not null).GroupBy(l => l.Page)
            .Where(g => g.Count() >= MinimumLinesForEdge)
            .ToDictionary(g => g.Key, g =>
            {
                var boxes = g.Select(l => l.Box!.Value).ToList();
                int unit = Math.Max(1, OrderStatistics.UpperMedian(boxes.Select(b => b.Height)));
                // Most lines of a memo's paragraphs are wrapped lines at the left margin; a speck may stretch one further left.
                int left = OrderStatistics.At(boxes.Select(b => b.X), WrappedLineShare);
                return (left, OrderStatistics.At(boxes.Select(b => b.Right), FullLineShare), unit,
                    boxes.Any(b => b.X - left >= MinimumIndentLines * unit));
            });

        /// <summary>
        /// True when <paramref name="line"/>, the first of a new block on <paramref name="before"/>'s page, carries on its
        /// paragraph: <paramref name="before"/> runs to the right edge (a paragraph's last line stops short) and
        /// <paramref name="line"/> starts at the left margin of a page whose paragraphs open indented. The layout sets a
        /// paragraph's last line apart as a block of its own when something (a speck, a stamp) stands beside it.
        /// </summary>
        public bool ContinuesAfterFullLine(BodyLine? before, BodyLine line)
        {
            if (before?.Box is not { } last || line.Box is not { } next || before.Page != line.Page) return false;
            if (!_pages.TryGetValue(line.Page, out var page) || !page.Indents) return false;
            return next.Y >= last.Y + last.Height / 2 && page.Right - last.Right <= page.Unit && next.X - page.Left <= page.Unit;
        }

        /// <summary>The left margin and line height of <paramref name="page"/>, or null when too few of its lines have boxes.</summary>
        public (int Left, int Unit)? Margin(int page) => _pages.TryGetValue(page, out var edges) ? (edges.Left, edges.Unit) : null;

        /// <summary>
        /// True when <paramref name="before"/> stops short of its page's right edge by more than
        /// <see cref="ShortLineHeights"/> line heights and <paramref name="line"/> stands below it on the same page.
        /// </summary>
        public bool EndsShort(BodyLine? before, BodyLine line)
        {
            if (before?.Box is not { } last || line.Box is not { } next || before.Page != line.Page) return false;
            if (!_pages.TryGetValue(line.Page, out var page)) return false;
            return next.Y >= last.Y + last.Height / 2 && page.Right - last.Right > ShortLineHeights * page.Unit;
        }
    }

    /// <summary>How far short of the right edge (in line heights) a paragraph's last line stops: justified lines reach it.</summary>
    private const int ShortLineHeights = 3;

    /// <summary>The share of a page's body lines that end at its right edge or before (most lines of justified text are full).</summary>
    private const double FullLineShare = 0.75;

    /// <summary>The share of a page's body lines that start at its left margin or further left (wrapped lines outnumber first lines).</summary>
    private const double WrappedLineShare = 0.25;

    /// <summary>Fewer boxed lines than this on a page say nothing about where its text ends.</summary>
    private const int MinimumLinesForEdge = 4;

    /// <summary>A paragraph's first-line indent, in line heights (the official indent is about five).</summary>
    private const int MinimumIndentLines = 3;

    /// <summary>
    /// How far right of the margin (in line heights) a list's lines stand: less than a first-line indent (names under a
    /// numbered item stand about one and a half line heights in, OCR's boxes of tall Thai lines read high), more than the
    /// ragged start of wrapped lines.
    /// </summary>
    private const int MinimumListIndentLines = 1;

    /// <summary>
    /// The index of the first paragraph after the heading's own first one that the classifier types as another section
    /// (not the heading's type, not body) at least <see cref="SectionClassifier.MinimumConfidenceToEndHeading"/> sure,
    /// or the count when there is none.
    /// </summary>
    private int FirstParagraphOfAnotherType(IReadOnlyList<Paragraph> paragraphs, SectionType headingType, TextEdges edges)
    {
        // The items of a list the paragraph before announced are its text, whatever words they hold.
        var list = new ListContinuation(edges);
        list.After(paragraphs[0]);
        for (int k = 1; k < paragraphs.Count; k++)
        {
            if (list.Takes(paragraphs[k])) continue;
            if (_classifier.Classify(paragraphs[k].Text, headingType) is var verdict && verdict.Type != headingType && verdict.Type != SectionType.Body &&
                verdict.Confidence >= SectionClassifier.MinimumConfidenceToEndHeading) return k;
            list.After(paragraphs[k]);
        }
        return paragraphs.Count;
    }

    /// <summary>A paragraph's text (wrapped lines joined) and the body lines it was read from.</summary>
    private sealed record Paragraph(string Text, IReadOnlyList<BodyLine> Lines);

    /// <summary>
    /// Whether the paragraphs after one that announces a list (… ดังนี้, … ดังต่อไปนี้, or a colon, specks after it aside)
    /// are its items: numbered or dashed items, or paragraphs whose lines all stand
    /// <see cref="MinimumListIndentLines"/> line heights or more right of the announcing paragraph's wrapped lines (its
    /// page's margin when it has none) — a list's names and sub-items; a new paragraph's wrapped lines return to the
    /// margin. Without boxes, a paragraph of one line. A paragraph with an opening phrase or connective of its own
    /// (ตามที่…, บัดนี้…, จึง…, ดังนั้น…) is no item.
    /// </summary>
    private sealed class ListContinuation(TextEdges edges)
    {
        private bool _open;
        private int? _margin;

        /// <summary>True when <paramref name="paragraph"/> is an item of the list open now; the list stays open.</summary>
        public bool Takes(Paragraph paragraph)
        {
            if (!_open || SectionClassifier.RuleType(paragraph.Text) is not null || SectionClassifier.Connective(paragraph.Text) is not null)
                return false;
            if (NumberedItem().IsMatch(paragraph.Text)) return true;
            var boxed = paragraph.Lines.Where(l => l.Box is not null && edges.Margin(l.Page) is not null).ToList();
            if (boxed.Count == 0) return paragraph.Lines.Count == 1;
            return boxed.Count == paragraph.Lines.Count && boxed.All(l =>
                l.Box!.Value.X - (_margin ?? edges.Margin(l.Page)!.Value.Left) >= MinimumListIndentLines * edges.Margin(l.Page)!.Value.Unit);
        }

        /// <summary>Opens a list after <paramref name="paragraph"/> when it announces one, closes it otherwise.</summary>
        public void After(Paragraph paragraph)
        {
            _open = ListAnnouncement().IsMatch(paragraph.Text);
            // The announcing paragraph's wrapped lines stand at the margin its items are indented from.
            var wrapped = paragraph.Lines.Skip(1).Where(l => l.Box is not null).ToList();
            _margin = _open && wrapped.Count > 0 ? wrapped.Min(l => l.Box!.Value.X) : null;
        }
    }

    // "/ มาตรการ..." and "/ข้อ ๒..." at the foot of a page announce the next page's first words.
    private static bool IsContinuationMarker(string text) => text.StartsWith('/') && text.Length <= 40;

    [GeneratedRegex(@"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]|-\s)")]
    private static partial Regex NumberedItem();

    // "… ดังนี้", "… ดังต่อไปนี้" (its last mark may be lost), "… ดังนี้ คือ", or a colon, then at most a few specks or
    // one short token of no Thai letter OCR read from a speck ("ดังต่อไปนี้ 0").
    [GeneratedRegex(@"(?:ดัง(?:ต่อไป)?นี้?(?:\s*คือ)?|[:：])[\s.,'`|;:]{0,4}(?:\s[^\u0E01-\u0E2E\s]{1,2}\s*)?$")]
    private static partial Regex ListAnnouncement();

    // Words no paragraph opens with: an era or year (พ.ศ. ๒๕๖๖), a conjunction or relative (และ, ซึ่ง, หรือ), a preposition,
    // a web address (the sentence before it named the site; the address, too long to fit, wrapped onto a line of its own).
    [GeneratedRegex(@"^(?:พ\.\s?ศ\.|[๐-๙0-9]{4}(?!\S)|และ|ซึ่ง|หรือ|ของ(?!ขวัญ)|แก่|แล้ว|https?://|www\.)")]
    private static partial Regex MidSentence();
}
