using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Text;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Reads numbered measures written as running text, for documents without a measure table:
/// "มาตรการที่ ๑ …", "ประเด็นที่ ๑. …" and "(๑) มาตรการ…" headings, each followed by labelled fields
/// (กิจกรรม/โครงการ, ผู้รับผิดชอบ, ขั้นตอน/วิธีการปฏิบัติ, ระยะเวลา, ผลการดำเนินงาน, การติดตามผล) or by prose
/// ("… โดย …, มอบหมายให้กองคลังเป็นผู้รับผิดชอบ"). A plain numbered list (๑. … ๒. …) counts as measures only when the
/// sentence that introduces it speaks of มาตรการ and ends in ดังนี้ / ดังต่อไปนี้, as announcements of measures do.
/// </summary>
public static partial class TextMeasureParser
{
    /// <summary>A line of the document; Field is set when its position beside a label says which field it belongs to.</summary>
    private sealed record SourceLine(string Text, int Page, bool Paragraph, ColumnRole? Field = null, bool OpensField = false)
    {
        /// <summary>Where the line was printed, when known: an item's first line is indented beyond its wrapped lines.</summary>
        public BoundingBox? Box { get; init; }
    }

    private sealed record Heading(int LineIndex, int? Number, string Rest, string Style);

    /// <summary>The text measures of a document's pages (its text blocks; tables are not read here).</summary>
    public static IReadOnlyList<Measure> Parse(IReadOnlyList<PageContent> pages, int? fiscalYear, ICollection<string> warnings)
    {
        var lines = JoinBareMarkers(WithoutCatchwords(pages.Select(p => ReadPage(p).ToList()).ToList()));
        // Policies with their practices (๑.นโยบาย… / แนวทางปฏิบัติ… / ๑) …) are read whole by their own reader: the
        // headings here would take the practices line and the policy's statement into the title.
        var policies = PolicyPracticeReader.Read(
            lines.Where(l => l.Field is null).Select(l => new PolicyPracticeReader.Line(l.Text, l.Page)).ToList(), lines.Any(l => l.Paragraph));
        if (policies.Count > 0)
            return policies.Select(draft => MeasureBuilder.Build(draft, fiscalYear, warnings)).OfType<Measure>().ToList();
        var headings = ChooseHeadings(lines);
        var siblingsForm = SiblingsForm(lines, headings);
        var measures = new List<Measure>();
        for (int h = 0; h < headings.Count; h++)
        {
            int end = h + 1 < headings.Count ? headings[h + 1].LineIndex : lines.Count;
            var draft = ReadItem(lines, headings[h], end, siblingsForm);
            if (MeasureBuilder.Build(draft, fiscalYear, warnings) is { } measure) measures.Add(measure);
        }
        return measures;
    }

    /// <summary>
    /// The marker form most of the numbered headings were read in: the form of an item whose own marker OCR damaged
    /// ("'. มาตรการ…" among "๑. …" and "๓. …"), so that its sub-items are still told from its own lines.
    /// </summary>
    private static string? SiblingsForm(List<SourceLine> lines, List<Heading> headings)
    {
        var numbered = headings.Where(h => h.Style == "numbered").ToList();
        var read = numbered.Select(h => PlainItem(lines[h.LineIndex].Text)?.Form).OfType<string>().ToList();
        // Every number lost to specks ("'. มาตรการ…", "(') มาตรการ…"): the signs around the speck still show the form.
        if (read.Count == 0) read = numbered.Select(h => DamagedNumberForm().Match(lines[h.LineIndex].Text)).Where(m => m.Success)
            .Select(m => m.Groups["open"].Success ? "(n)" : m.Groups["mark"].Value == ")" ? "n)" : "n.").ToList();
        return read.GroupBy(f => f).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    // A number read as up to three specks, in its brackets or before its full stop / parenthesis: "'.", "(')", "o)".
    [GeneratedRegex(@"^\s*(?:(?<open>\()[^\s()]{1,3}\)|[^\s.()]{1,3}(?<mark>[.)]))")]
    private static partial Regex DamagedNumberForm();

    /// <summary>
    /// A page's text lines in reading order: labels printed in a column of their own are put back beside their values
    /// (<see cref="LabelColumnReader"/>); running page numbers are dropped, as they would land inside a field.
    /// </summary>
    private static IEnumerable<SourceLine> ReadPage(PageContent page)
    {
        var lines = page.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines).ToList();
        bool paragraphs = page.Method == PageMethod.Docx;
        return LabelColumnReader.Read(lines)
            .Select(l => new SourceLine(ParsingText.ListMarkersInParentheses(ThaiText.Normalize(l.Text)).Trim(), page.Number, paragraphs, l.Field, l.OpensField) { Box = l.Box })
            .Where(l => l.OpensField || (l.Text.Length > 0 && !PageNumber().IsMatch(l.Text) && !ContinuationMarker().IsMatch(l.Text)));
    }

    /// <summary>How many of the next page's first lines a catchword may repeat (a running page number or a speck may come first).</summary>
    private const int CatchwordReachLines = 3;

    /// <summary>How many letters (marks aside) the next page's line may carry before the catchword's words: its item number as read.</summary>
    private const int CatchwordReachLetters = 6;

    /// <summary>Fewest letters (marks aside) a catchword's words need to be recognised on the next page.</summary>
    private const int FewestCatchwordLetters = 4;

    /// <summary>
    /// The pages' lines in one flow without their catchwords: the first words of the next page typed again at the foot of
    /// a page ("/๑๓.ให้ทำรายงาน..."), a Thai typing custom. A page's last line counts when it opens with a slash or an
    /// ellipsis, or is set right without one ("๑) ปรับปรุงพัฒนา" at the bottom right), and its words open one of the next
    /// page's first lines; otherwise it would end the item above it (or, a marked one, add an item or a step).
    /// Those whose ellipsis read are already dropped by <see cref="ReadPage"/>; this finds those whose ending OCR garbled.
    /// </summary>
    private static List<SourceLine> WithoutCatchwords(List<List<SourceLine>> pages)
    {
        for (int p = 0; p + 1 < pages.Count; p++)
        {
            if (pages[p].Count == 0 || pages[p][^1] is not { Field: null } last || CatchwordWords(last.Text, SetRight(pages[p], last)) is not { } words) continue;
            if (pages[p + 1].Take(CatchwordReachLines).Any(l => ThaiCue.Skeleton(l.Text).IndexOf(words, StringComparison.Ordinal) is >= 0 and <= CatchwordReachLetters))
                pages[p].RemoveAt(pages[p].Count - 1);
        }
        return pages.SelectMany(p => p).ToList();
    }

    /// <summary>
    /// The skeleton of a catchword's words (slash or ellipsis, item number and trailing specks set aside), or null when the
    /// line is none: without a slash or an ellipsis, only a line <paramref name="setRight"/> may be one.
    /// </summary>
    private static string? CatchwordWords(string text, bool setRight)
    {
        var m = Catchword().Match(text);
        if (!m.Success || !(m.Groups["sign"].Success || setRight)) return null;
        var words = ThaiCue.Skeleton(m.Groups["words"].Value);
        return words.Count(ThaiCharacters.IsThaiLetter) >= FewestCatchwordLetters ? words : null;
    }

    /// <summary>
    /// True when the line starts right of the middle of its page's text block (the span from the lines' leftmost start to
    /// their rightmost end), as a catchword is typed at the bottom right; false when positions are unknown.
    /// </summary>
    private static bool SetRight(List<SourceLine> page, SourceLine line)
    {
        var boxes = page.Select(l => l.Box).OfType<BoundingBox>().ToList();
        if (line.Box is not { } box || boxes.Count < 2) return false;
        int left = boxes.Min(b => b.X), right = boxes.Max(b => b.X + b.Width);
        return box.X - left > (right - left) / 2;
    }

    /// <summary>
    /// The headings of the one style that forms the longest numbered run (1, 2, 3… possibly restarting at 1). A
    /// มาตรการที่ / ประเด็นที่ heading counts whatever its number was read as: a number that does not continue the run
    /// (OCR made ๒ into lo, ๗ into ๓) is taken as the next one.
    /// </summary>
    private static List<Heading> ChooseHeadings(List<SourceLine> lines)
    {
        var candidates = new List<Heading>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Field is not null) continue; // text beside a label is a field's value, never a heading
            var text = ThaiDigits.ToArabic(MeasureFieldLabel.StripBullet(lines[i].Text));
            foreach (var (style, pattern) in HeadingPatterns)
            {
                var m = pattern.Match(text);
                if (!m.Success || (style == "numbered" && !m.Groups["rest"].Value.StartsWith("แนวทาง", StringComparison.Ordinal) &&
                                   !OpensWithMeasureWord(m.Groups["rest"].Value))) continue;
                int? number = int.TryParse(m.Groups["n"].Value, out var n) ? n : null;
                candidates.Add(new Heading(i, number, lines[i].Text[(lines[i].Text.Length - text.Length + m.Groups["rest"].Index)..].Trim(), style));
                break;
            }
        }
        List<Heading> best = [];
        foreach (var style in candidates.Select(c => c.Style).Distinct())
        {
            bool keyword = style != "numbered";
            var run = new List<Heading>();
            var ofStyle = candidates.Where(c => c.Style == style).ToList();
            for (int k = 0; k < ofStyle.Count; k++)
            {
                var heading = ofStyle[k];
                int next = run.Count > 0 ? run[^1].Number!.Value + 1 : 1;
                if (heading.Number == 1 || heading.Number == next) run.Add(heading);
                // The first item's number misread as another digit ("9. มาตรการ…" for ๑.) when the next number read continues
                // from it by position (item 2 after it, or 3 after an item whose number is a speck: "'. มาตรการ…").
                else if (run.Count == 0 && OpensRunByPosition(ofStyle, k)) run.Add(heading with { Number = 1 });
                // Every number of the style lost to specks ("'. มาตรการ…" throughout): the measure word and the marker's
                // shape make the items, numbered in their order.
                else if (run.Count == 0 && !keyword && ofStyle.All(c => c.Number is null)) run.Add(heading with { Number = 1 });
                // A keyword heading, or a numbered one opening with มาตรการ after the run began, whose number was misread
                // or lost ("0, มาตรการ…", "๙" read as "๓") is the next item: the measure word, not the digit, makes it one.
                else if (keyword || run.Count > 0) run.Add(heading with { Number = next });
            }
            // A lone "(๑) มาตรการ…" sentence is no list; an explicit มาตรการที่ / ประเด็นที่ heading is.
            int needed = keyword ? 1 : 2;
            if (run.Count >= needed && run.Count > best.Count) best = run;
        }
        if (best.Count > 0 && best[0].Style != "numbered") return best;
        // Numbered items that open with มาตรการ may be only some of an announced list's items (the others open with
        // ห้าม… / ให้… / จัดให้มี…): the announced list, read by its markers' sequence, wins when it holds more.
        var announced = AnnouncedList(lines);
        return announced.Count > best.Count ? announced : best;
    }

    /// <summary>
    /// True when heading <paramref name="k"/>, whose number does not start a run, is item 1 all the same: the next
    /// heading whose number was read is numbered by its position counted from it, and every heading between has a
    /// number that could not be read at all.
    /// </summary>
    private static bool OpensRunByPosition(List<Heading> ofStyle, int k)
    {
        for (int j = k + 1; j < ofStyle.Count; j++)
            if (ofStyle[j].Number is { } read) return read == j - k + 1;
        return false;
    }

    /// <summary>
    /// A plain numbered list (๑. …, ๑) …, (๑) …) whose introduction — the few lines before its first item — names
    /// มาตรการ and ends in ดังนี้ / ดังต่อไปนี้: "… จึงได้กำหนดมาตรการ … ดังต่อไปนี้ ๑. … ๒. …". Items run on while
    /// their numbers continue in the same marker form; sub-items of another form inside them are their steps.
    /// </summary>
    private static List<Heading> AnnouncedList(List<SourceLine> lines)
    {
        var numbered = NumberedAnnouncedList(lines);
        return numbered.Count > 0 ? numbered : UnnumberedAnnouncedList(lines);
    }

    /// <summary>
    /// A marker that OCR read on a line of its own ("๑." above "มาตรการ…", as a hanging indent may come out) joined to
    /// the line after it.
    /// </summary>
    private static List<SourceLine> JoinBareMarkers(List<SourceLine> lines)
    {
        var joined = new List<SourceLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && lines[i].Field is null && lines[i + 1].Field is null && BareMarker().IsMatch(lines[i].Text) &&
                lines[i + 1].Page == lines[i].Page && PlainItem(lines[i + 1].Text) is null)
            {
                joined.Add(lines[i + 1] with { Text = lines[i].Text.Trim() + " " + lines[i + 1].Text, Box = lines[i].Box ?? lines[i + 1].Box });
                i++;
                continue;
            }
            joined.Add(lines[i]);
        }
        return joined;
    }

    /// <summary>
    /// The numbered list after an introduction (<see cref="AnnouncedList"/>), its items found by their sequence: items
    /// whose markers OCR damaged ("a: ให้…", "ซ. …", "๕ ห้าม…" without its full stop, "2 มาตรการ…" for ๑.) are the lines
    /// with a marker-like opening that stand where the numbers that were read leave a gap of as many items; the line
    /// right after the introduction is item 1 whatever its marker was read as, when item 2 follows.
    /// </summary>
    private static List<Heading> NumberedAnnouncedList(List<SourceLine> lines) =>
        NumberedAnnouncedList(lines, leadRequired: true) is { Count: > 0 } led ? led : NumberedAnnouncedList(lines, leadRequired: false);

    /// <summary>
    /// Without a list lead (an introduction that ends "… จึงกำหนดมาตรการ… เพื่อถือปฏิบัติ" with no ดังนี้) the list must show
    /// itself: at least this many items, the first marked ๑ as printed, none of them a memo's section heading.
    /// </summary>
    private const int ItemsWithoutLead = 3;

    private static List<Heading> NumberedAnnouncedList(List<SourceLine> lines, bool leadRequired)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            int? displacedFrom = null;
            if (leadRequired && !IntroducesMeasures(lines, i))
            {
                // The lead may stand a few lines up, item 1's wrapped lines printed between it and item 1.
                if (PlainItem(lines[i].Text) is not { Number: 1 } || DisplacedLead(lines, i) is not { } lead) continue;
                displacedFrom = lead + 1;
            }
            else if (!leadRequired && !OpensUnledList(lines, i)) continue;
            var first = PlainItem(lines[i].Text) ?? GarbledFirstItem(lines, i);
            if (first is not { Number: 1 }) first = FirstItemBySequence(lines, i);
            if (first is not { Number: 1 })
            {
                // Every marker of the list damaged: no number to anchor on, the items' indentation says where each starts.
                if (leadRequired && DamagedMarkersByIndentation(lines, i) is { } damaged) return damaged;
                continue;
            }
            var form = first.Value.Form;
            string firstWords = displacedFrom is { } from
                ? CellItemSplitter.JoinWrapped([first.Value.Words, .. lines.Skip(from).Take(i - from).Select(l => l.Text.Trim())], WrapJoin.ThaiAware)
                : first.Value.Words;
            var run = new List<Heading> { new(i, 1, firstWords, form) };
            // Lines since the last item that may be items whose markers OCR damaged.
            var pending = new List<int>();
            for (int j = i + 1; j < lines.Count; j++)
            {
                if (Closing().IsMatch(WithoutSpecks(lines[j].Text))) break;
                var item = PlainItem(lines[j].Text);
                int expected = run[^1].Number!.Value + 1;
                if (item is { } next && next.Number == expected && (next.Form == form || LostParenthesis(lines, run[^1].LineIndex, j, next.Form, form)))
                {
                    run.Add(new Heading(j, next.Number, next.Words, next.Form));
                    pending.Clear();
                }
                // "๕ ห้ามบุคลากร…": the number that comes next with its full stop lost (a dotless number counts on its own
                // only before มาตรการ, where a date such as ๑ ตุลาคม cannot stand).
                else if (item is null && form == "n." && DotlessItem(lines[j].Text, expected) is { } words)
                {
                    run.Add(new Heading(j, expected, words, form));
                    pending.Clear();
                }
                // "อ5 มาตรการ…", "ซ้อ ๕ ให้…": a ข้อ whose letters OCR broke, before the number that comes next.
                else if (item is null && form == "ข้อ n" && DamagedKhoItem(lines[j].Text, expected) is { } khoWords)
                {
                    run.Add(new Heading(j, expected, khoWords, form));
                    pending.Clear();
                }
                // A number further on: as many damaged markers in between as items missing are those items.
                else if (item is { } after && after.Form == form && after.Number > expected && SequenceGap(lines, pending, after.Number - expected) is { } missing)
                {
                    foreach (var k in missing) run.Add(new Heading(k, run[^1].Number + 1, DamagedItemWords(lines[k].Text), form));
                    run.Add(new Heading(j, after.Number, after.Words, after.Form));
                    pending.Clear();
                }
                // The number after the next one, with no damaged line to stand for the one between (its marker read in
                // another form, its line placed elsewhere by the layout): that one item is lost, not the rest of the list.
                else if (item is { } skipping && skipping.Form == form && skipping.Number == expected + 1)
                {
                    run.Add(new Heading(j, skipping.Number, skipping.Words, form));
                    pending.Clear();
                }
                else if (item is null && MayBeDamagedItem(lines[j].Text, form))
                {
                    pending.Add(j);
                }
            }
            // The last items' markers damaged too, with no number read after them to show the gap.
            if (form == "n.")
                foreach (var k in TailItems(lines, run, pending)) run.Add(new Heading(k, run[^1].Number + 1, DamagedItemWords(lines[k].Text), form));
            // The last item's marker lost: a line opening with มาตรการ after the last numbered item, before the closing.
            if (pending.Count > 0 && UnmarkedMeasure(lines[pending[^1]].Text) is { } lastWords && pending[^1] > run[^1].LineIndex)
                run.Add(new Heading(pending[^1], run[^1].Number + 1, lastWords, form));
            if (!leadRequired && (run.Count < ItemsWithoutLead || run.Any(h => ReadsAsMemoParagraph(h.Rest)))) continue;
            if (run.Count >= 2) return ByIndentation(lines, run, form) ?? run;
        }
        return [];
    }

    /// <summary>
    /// The lines after the list's last item that are its further items, their markers damaged ("'. ให้…", "ฒ, ให้…"
    /// after ๗.): each has a marker in an item's shape and starts at the items' indentation, which stands clearly right
    /// of the wrapped lines (a paragraph indent), within a line height. Empty when the lines carry no positions.
    /// </summary>
    private static List<int> TailItems(List<SourceLine> lines, List<Heading> run, List<int> pending)
    {
        var candidates = pending.Where(k => k > run[^1].LineIndex && GarbledItem().IsMatch(lines[k].Text)).ToList();
        var placed = run.Where(h => lines[h.LineIndex].Box is not null).ToList();
        if (candidates.Count == 0 || placed.Count < 2 || candidates.Any(k => lines[k].Box is null)) return [];
        double itemLeft = Median(placed.Select(h => (double)lines[h.LineIndex].Box!.Value.X));
        double height = Median(placed.Select(h => (double)lines[h.LineIndex].Box!.Value.Height));
        bool indented = Enumerable.Range(run[0].LineIndex, candidates[^1] - run[0].LineIndex)
            .Any(k => lines[k].Box is { } box && lines[k].Page == lines[run[0].LineIndex].Page && box.X < itemLeft - IndentStep * height);
        if (!indented) return [];
        return candidates.Where(k => Math.Abs(lines[k].Box!.Value.X - itemLeft) < height).ToList();
    }

    /// <summary>
    /// True when an item marked "๓)" in a "(๑)" list (or "(๓)" in a "๑)" list) is the next item with one parenthesis lost
    /// or gained: only when no line since the previous item opens a step list in its form (steps "๑) … ๒) …" under a
    /// "(๑)" item keep their own numbering).
    /// </summary>
    private static bool LostParenthesis(List<SourceLine> lines, int previousItem, int line, string itemForm, string listForm)
    {
        if (!(itemForm is "(n)" or "n)" && listForm is "(n)" or "n)")) return false;
        for (int k = previousItem + 1; k < line; k++)
            if (PlainItem(lines[k].Text) is { } step && step.Form == itemForm) return false;
        return true;
    }

    /// <summary>
    /// The list read again by indentation, when its items are paragraphs whose first lines are indented beyond their
    /// wrapped lines (as announcements print them): every line from the first item to the closing that opens at the
    /// items' indentation is an item, numbered in order, whatever its marker was read as ("ต ให้…", "๓." for ๙.).
    /// Taken only when it finds more items than the numbers did and agrees with at least half of the numbers read;
    /// null when the lines carry no positions or the items are not set apart by their indentation.
    /// </summary>
    private static List<Heading>? ByIndentation(List<SourceLine> lines, List<Heading> run, string form)
    {
        var numbered = run.Where(h => lines[h.LineIndex].Box is not null && PlainItem(lines[h.LineIndex].Text)?.Number == h.Number).ToList();
        if (numbered.Count < 2) return null;
        int firstLine = run[0].LineIndex, page = lines[firstLine].Page;
        int end = firstLine + 1;
        while (end < lines.Count && lines[end].Page == page && !Closing().IsMatch(WithoutSpecks(lines[end].Text))) end++;
        var region = Enumerable.Range(firstLine, end - firstLine).Where(k => lines[k].Box is not null && lines[k].Field is null).ToList();
        if (region.Count < run.Count) return null;
        double itemLeft = Median(numbered.Select(h => (double)lines[h.LineIndex].Box!.Value.X));
        double height = Median(region.Select(k => (double)lines[k].Box!.Value.Height));
        // Wrapped lines stand clearly left of the items' first lines; without such lines the indentation tells nothing.
        var wrapped = region.Where(k => lines[k].Box!.Value.X < itemLeft - IndentStep * height).ToList();
        if (wrapped.Count == 0) return null;
        // A line opens an item when it starts nearer the items' indentation than the wrapped lines' margin (specks and
        // skew move a line's edge a little); steps (bullets, another marker form) and labelled fields open none.
        double wrappedLeft = Median(wrapped.Select(k => (double)lines[k].Box!.Value.X));
        double tolerance = (itemLeft - wrappedLeft) / 2;
        var starts = region.Where(k => Math.Abs(lines[k].Box!.Value.X - itemLeft) < tolerance && lines[k].Text.Length >= MinimumTitle &&
                                       !(PlainItem(lines[k].Text) is { } other && other.Form != form) &&
                                       !IsBulletStep(lines[k].Text) && MeasureFieldLabel.Find(lines[k].Text) is null).ToList();
        if (starts.Count <= run.Count || starts[0] != firstLine) return null;
        // At least two of the numbers read, and a third of them, must agree with the positions.
        int agreeing = starts.Select((k, position) => PlainItem(lines[k].Text)?.Number == position + 1).Count(agrees => agrees);
        int read = starts.Count(k => PlainItem(lines[k].Text) is not null);
        if (agreeing < 2 || agreeing * 3 < read) return null;
        return starts.Select((k, position) => new Heading(k, position + 1,
            PlainItem(lines[k].Text) is { } plain && plain.Form == form ? plain.Words : WithoutMarkerTokens(lines[k].Text), form)).ToList();
    }

    /// <summary>
    /// The items of an announced list whose every marker OCR damaged ("'. ห้าม…", "a: ให้…"), so that no number was read:
    /// from the line after the introduction, which opens with a damaged marker, each line that starts at its indentation
    /// with a damaged marker of its own is the next item, while the wrapped lines stand clearly left of them (a paragraph
    /// indent, as announcements print their items). Needs positions and at least <see cref="ItemsWithoutLead"/> items; the
    /// run ends at the first line at that indentation without a marker. Null when the lines do not show such a list.
    /// </summary>
    private static List<Heading>? DamagedMarkersByIndentation(List<SourceLine> lines, int firstLine)
    {
        if (lines[firstLine].Box is not { } firstBox || !MayBeDamagedItem(lines[firstLine].Text, "n.")) return null;
        int page = lines[firstLine].Page;
        double height = firstBox.Height, itemLeft = firstBox.X;
        var starts = new List<int>();
        bool wrapped = false;
        for (int k = firstLine; k < lines.Count && lines[k].Page == page && !Closing().IsMatch(WithoutSpecks(lines[k].Text)); k++)
        {
            if (lines[k].Box is not { } box || lines[k].Field is not null) continue;
            if (box.X < itemLeft - IndentStep * height) { wrapped = true; continue; }
            if (Math.Abs(box.X - itemLeft) >= height / 2) continue;
            if (!MayBeDamagedItem(lines[k].Text, "n.") || PlainItem(lines[k].Text) is not null) break;
            starts.Add(k);
        }
        if (!wrapped || starts.Count < ItemsWithoutLead) return null;
        return starts.Select((k, position) => new Heading(k, position + 1, DamagedItemWords(lines[k].Text), "n.")).ToList();
    }

    /// <summary>
    /// An item's first line without what OCR made of its marker: up to two short tokens before its words (", ฒ.", "9G.",
    /// "ต" for ๓.); a line the position already says is an item opens with its marker.
    /// </summary>
    private static string WithoutMarkerTokens(string text)
    {
        for (int k = 0; k < 2; k++)
        {
            var m = MarkerToken().Match(text);
            if (!m.Success || text.Length - m.Length < MinimumTitle) break;
            text = text[m.Length..];
        }
        return text.Trim();
    }

    // A token of up to three characters ending in a sign (๓. / 9G. / ๕:), of signs and digits only, or one Thai letter.
    [GeneratedRegex(@"^\s*(?:\S{1,3}[.:),]|[^\s\u0E01-\u0E4E]{1,3}|[\u0E01-\u0E2E])\s+")]
    private static partial Regex MarkerToken();

    /// <summary>A step set with a bullet ("- ติดป้าย…"); a dash OCR read before an item's number ("- 90. ให้…") is no step.</summary>
    private static bool IsBulletStep(string text)
    {
        var stripped = MeasureFieldLabel.StripBullet(text);
        return stripped.Length < text.Trim().Length && ThaiLetterFirst().IsMatch(stripped);
    }

    /// <summary>How far left (in line heights) of the items' first lines their wrapped lines start.</summary>
    private const double IndentStep = 1.5;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>
    /// The damaged markers that fill a gap of <paramref name="missing"/> items: all the candidates when there are exactly
    /// that many; else those whose marker is garbled in an item's shape (ซ. …) or that open with มาตรการ, when exactly
    /// that many; else none (the gap is not explained).
    /// </summary>
    private static List<int>? SequenceGap(List<SourceLine> lines, List<int> pending, int missing)
    {
        if (pending.Count == missing) return pending;
        var strong = pending.Where(k => GarbledItem().IsMatch(lines[k].Text) || UnmarkedMeasure(lines[k].Text) is not null ||
                                        DamagedKhoNumber().IsMatch(lines[k].Text)).ToList();
        return strong.Count == missing ? strong : null;
    }

    /// <summary>
    /// True when a line without a marker that was read may be an item of a list in <paramref name="form"/> whose marker
    /// OCR damaged: it opens with มาตรการ behind specks, with specks or a garbled marker before Thai words, or with ข้อ and
    /// a number read as specks ("ข้อ ' มาตรการ…").
    /// </summary>
    private static bool MayBeDamagedItem(string text, string form) =>
        UnmarkedMeasure(text) is not null || (form == "n." && GarbledItem().IsMatch(text)) || DamagedMarker().IsMatch(text) ||
        (form == "ข้อ n" && DamagedKhoNumber().IsMatch(text));

    // ข้อ with its number read as one to three signs or Latin letters ("ข้อ ' …", "ข้อ b. …"), then Thai words.
    [GeneratedRegex(@"^\s*ข้?อ\s*[^\s0-9๐-๙\u0E01-\u0E4E]{1,3}\s*(?<rest>[\u0E01-\u0E2E\u0E40-\u0E44].{8,})$")]
    private static partial Regex DamagedKhoNumber();

    /// <summary>
    /// Item 1 of a list whose first marker OCR garbled or read as another number ("2 มาตรการ…", "a. ให้…"), right after
    /// the introduction: the next marked item, within a few lines, is item 2 of its form.
    /// </summary>
    private static (int Number, string Words, string Form)? FirstItemBySequence(List<SourceLine> lines, int index)
    {
        if (!DamagedMarker().IsMatch(lines[index].Text) && PlainItem(lines[index].Text) is null) return null;
        // Item 2's marker may be damaged too: the number read next is then 3 or more, with as many damaged lines between.
        for (int j = index + 1; j < Math.Min(lines.Count, index + ItemsWindow); j++)
            if (PlainItem(lines[j].Text) is { } second)
            {
                if (second.Number == 2) return (1, DamagedItemWords(lines[index].Text), second.Form);
                var between = Enumerable.Range(index + 1, j - index - 1).Where(k => MayBeDamagedItem(lines[k].Text, second.Form)).ToList();
                return second.Number > 2 && SequenceGap(lines, between, second.Number - 2) is not null
                    ? (1, DamagedItemWords(lines[index].Text), second.Form) : null;
            }
        return null;
    }

    /// <summary>How many lines after item 1 the next item's number is looked for.</summary>
    private const int ItemsWindow = 8;

    /// <summary>The words of a line after its damaged marker.</summary>
    private static string DamagedItemWords(string text) =>
        UnmarkedMeasure(text) ?? (DamagedKhoNumber().Match(text) is { Success: true } kho ? kho.Groups["rest"].Value.Trim()
            : DamagedMarker().Match(text) is { Success: true } m ? m.Groups["rest"].Value.Trim()
            : GarbledItem().Match(text) is { Success: true } g ? g.Groups["rest"].Value.Trim()
            : PlainItem(text)?.Words ?? text.Trim());

    /// <summary>The words after a number without its full stop when that number is <paramref name="expected"/>.</summary>
    private static string? DotlessItem(string text, int expected)
    {
        var m = DotlessNumber().Match(ThaiDigits.ToArabic(MeasureFieldLabel.StripBullet(text)));
        return m.Success && int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == expected &&
               ThaiLetterFirst().IsMatch(m.Groups["rest"].Value)
            ? text[(text.Length - ThaiDigits.ToArabic(MeasureFieldLabel.StripBullet(text)).Length + m.Groups["rest"].Index)..].Trim()
            : null;
    }

    /// <summary>
    /// The words after a ข้อ marker whose letters OCR broke (อ5, ขอ ๕, ซ้อ5) when its number is <paramref name="expected"/>:
    /// one to three letters that keep its อ, or are its ข, then the number.
    /// </summary>
    private static string? DamagedKhoItem(string text, int expected)
    {
        var stripped = MeasureFieldLabel.StripBullet(text);
        var m = DamagedKho().Match(ThaiDigits.ToArabic(stripped));
        return m.Success && int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == expected
            ? stripped[m.Groups["rest"].Index..].Trim()
            : null;
    }

    // Up to three characters holding อ or opening with ข/ซ/ช (the ข้อ that OCR broke), a number, then Thai words.
    [GeneratedRegex(@"^\s*(?:[^\s\d]{0,2}อ|[ขซช][^\s\d]{0,2})\s*(?<n>\d{1,2})(?!\d)\s*[.:]?\s*(?<rest>[\u0E01-\u0E2E\u0E40-\u0E44].{8,})$")]
    private static partial Regex DamagedKho();

    // A marker OCR damaged: one to three characters that are no Thai letter (a: / 2 / ๕ / ", a digit with a colon), or one
    // or two Thai letters with a full stop or colon (ด.), then the item's Thai words.
    // (Thai words may open with a leading vowel: ให้, เปิด.)
    // A number in brackets OCR garbled ("[cu]", "[ว)]", "(@)") is such a marker too.
    [GeneratedRegex(@"^\s*(?:[^\s\u0E01-\u0E4E]{1,3}|[\u0E01-\u0E2E]{1,2}[.:]|[(\[{][^\s()\[\]{}]{1,3}[)\]}]{1,2})\s*(?<rest>[\u0E01-\u0E2E\u0E40-\u0E44].{8,})$")]
    private static partial Regex DamagedMarker();

    [GeneratedRegex(@"^[\u0E01-\u0E2E\u0E40-\u0E44]")]
    private static partial Regex ThaiLetterFirst();

    /// <summary>
    /// The announced list whose item numbers OCR lost altogether (a number set apart from its words, in a hanging
    /// indent, is read as a speck or not at all): right after the introduction, paragraphs that each open with
    /// มาตรการ (specks before it allowed) are the items, numbered in their order.
    /// </summary>
    private static List<Heading> UnnumberedAnnouncedList(List<SourceLine> lines)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            if (UnmarkedMeasure(lines[i].Text) is not { } firstWords || !IntroducesMeasures(lines, i)) continue;
            var run = new List<Heading> { new(i, 1, firstWords, "lost") };
            for (int j = i + 1; j < lines.Count; j++)
            {
                if (Closing().IsMatch(lines[j].Text)) break;
                if (UnmarkedMeasure(lines[j].Text) is { } words) run.Add(new Heading(j, run.Count + 1, words, "lost"));
            }
            if (run.Count >= 2) return run;
        }
        return [];
    }

    /// <summary>
    /// The first item whose marker OCR garbled ("@. มาตรการ…", "o. มาตรการ…") when item 2 follows in a marker form:
    /// it is item 1 of that form.
    /// </summary>
    private static (int Number, string Words, string Form)? GarbledFirstItem(List<SourceLine> lines, int index)
    {
        var m = GarbledFirstMarker().Match(lines[index].Text);
        if (!m.Success || !OpensWithMeasureWord(m.Groups["rest"].Value)) return null;
        for (int j = index + 1; j < Math.Min(lines.Count, index + 12); j++)
            if (PlainItem(lines[j].Text) is { } second)
                return second.Number == 2 ? (1, m.Groups["rest"].Value.Trim(), second.Form) : null;
        return null;
    }

    /// <summary>
    /// True when the words open with มาตรการ, also with one letter OCR lost, added or changed (มาตรกร, มาตรภาร).
    /// </summary>
    public static bool OpensWithMeasureWord(string words) => EditDistance.OpensWithin(words.TrimStart(), "มาตรการ", maxEdits: 1);

    /// <summary>The words of a line that opens with มาตรการ behind at most three speck characters (": มาตรการ…").</summary>
    private static string? UnmarkedMeasure(string text)
    {
        var m = UnmarkedMeasureLine().Match(text);
        return m.Success && OpensWithMeasureWord(m.Groups["rest"].Value) ? text[m.Groups["rest"].Index..].Trim() : null;
    }

    private static (int Number, string Words, string Form)? PlainItem(string text)
    {
        // Specks OCR read before the marker ("ee 3) มาตรการ…") are no part of it.
        var stripped = MeasureFieldLabel.StripBullet(SpecksBeforeMarker().Replace(text, ""));
        // "1.1 …" is a sub-item of item 1., never item 1 of a list in the same form.
        if (CellItemSplitter.LeadingSubMarker().IsMatch(stripped) && char.IsDigit(stripped[0])) return null;
        var m = PlainNumbered().Match(ThaiDigits.ToArabic(stripped));
        if (!m.Success)
        {
            // "๑ มาตรการ…": the number's full stop lost; only before มาตรการ, so that a date (๑ ตุลาคม) is none.
            var dotless = DotlessNumber().Match(ThaiDigits.ToArabic(stripped));
            if (!dotless.Success || !OpensWithMeasureWord(dotless.Groups["rest"].Value)) return null;
            return (int.Parse(dotless.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), stripped[dotless.Groups["rest"].Index..].Trim(), "n.");
        }
        string form = m.Groups["kho"].Success ? "ข้อ n" : m.Groups["open"].Success ? "(n)" : m.Groups["mark"].Value == ")" ? "n)" : "n.";
        return (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), stripped[m.Groups["rest"].Index..].Trim(), form);
    }

    // The introduction: up to the four lines before the list, the last of them ending in ดังนี้ / ดังต่อไปนี้.
    private static bool IntroducesMeasures(List<SourceLine> lines, int firstItem) =>
        ListLead().IsMatch(lines[firstItem - 1].Text) && NamesMeasures(lines, firstItem);

    // Up to the four lines before the list name มาตรการ.
    private static bool NamesMeasures(List<SourceLine> lines, int firstItem)
    {
        var intro = string.Concat(lines.Skip(Math.Max(0, firstItem - 4)).Take(Math.Min(4, firstItem)).Select(l => l.Text));
        return NamesMeasureWord(intro);
    }

    /// <summary>
    /// True when the text names มาตรการ, also with a Thai mark OCR added, dropped or changed on it ("มาตรุการ"): the word
    /// has no mark of its own, so the text is compared without its marks.
    /// </summary>
    private static bool NamesMeasureWord(string text) =>
        text.Contains("มาตรการ", StringComparison.Ordinal) ||
        new string(text.Where(c => !ThaiCharacters.IsCombiningMark(c)).ToArray()).Contains("มาตรการ", StringComparison.Ordinal);

    /// <summary>
    /// How many lines may stand between a list's lead and its item 1: item 1's wrapped lines, which a hanging indent's
    /// layout may put above its marker ("… ดังต่อไปนี้" / "สาระสำคัญ…" / "ธรรม" / "๑. จัดทำแผน…").
    /// </summary>
    private const int MaxDisplacedLines = 3;

    /// <summary>
    /// The line of the lead (ending ดังนี้ / ดังต่อไปนี้, with มาตรการ in it or the three lines before it) that introduces
    /// item 1 at <paramref name="firstItem"/> from up to <see cref="MaxDisplacedLines"/> lines above, the lines between
    /// on the same page and none of them an item or a section heading; null when there is none.
    /// </summary>
    private static int? DisplacedLead(List<SourceLine> lines, int firstItem)
    {
        for (int k = firstItem - 2; k >= Math.Max(0, firstItem - 1 - MaxDisplacedLines); k--)
        {
            var between = lines.Skip(k + 1).Take(firstItem - k - 1).ToList();
            if (between.Any(l => l.Page != lines[firstItem].Page || l.Field is not null || PlainItem(l.Text) is not null ||
                                 BareMarker().IsMatch(l.Text) || Sections.SectionHeadings.Match(l.Text) is not null))
                return null;
            if (lines[k].Page == lines[firstItem].Page && ListLead().IsMatch(lines[k].Text) && NamesMeasures(lines, k + 1)) return k;
        }
        return null;
    }

    /// <summary>
    /// Item 1 of a list introduced without a lead: printed ๑ in a plain marker, after lines of prose naming มาตรการ
    /// (up to four, back to a memo section heading: a list under ข้อกฎหมาย cites laws whatever the paragraph before
    /// said), none of them an item of its own.
    /// </summary>
    private static bool OpensUnledList(List<SourceLine> lines, int firstItem)
    {
        if (PlainItem(lines[firstItem].Text) is not { Number: 1 }) return false;
        var intro = new List<string>();
        for (int k = firstItem - 1; k >= Math.Max(0, firstItem - 4); k--)
        {
            if (Sections.SectionHeadings.Match(lines[k].Text) is not null) break;
            if (PlainItem(lines[k].Text) is not null) return false;
            intro.Add(lines[k].Text);
        }
        return intro.Any(NamesMeasureWord);
    }

    /// <summary>
    /// True when an item reads as a memo's paragraph rather than a measure: a section heading (๑. เรื่องเดิม) or a
    /// paragraph's opening phrase (๑. ตามที่…, ๒. ในการนี้…), as memos number their paragraphs.
    /// </summary>
    private static bool ReadsAsMemoParagraph(string words) =>
        Sections.SectionHeadings.Match(words) is not null || Classification.SectionClassifier.RuleType(words) is not null;

    private static MeasureDraft ReadItem(List<SourceLine> lines, Heading heading, int end, string? siblingsForm)
    {
        var first = lines[heading.LineIndex];
        var draft = new MeasureDraft(first.Page, heading.Number, first.Paragraph);
        var headingLines = new List<string> { heading.Rest };
        // The marker form of a list item's own number (๑. / ๑) / (๑)); null for keyword headings (มาตรการที่ ๑).
        // A numbered item whose own marker OCR damaged has its siblings' form.
        string? itemForm = IsPlainList(heading.Style) ? heading.Style : heading.Style == "numbered" ? PlainItem(first.Text)?.Form ?? siblingsForm : null;
        // A paragraph item that lists its steps inside its own sentence ("… ให้ดำเนินการ (๑) … (๒) … โดยให้ X เป็น
        // ผู้รับผิดชอบ"): a wrapped line that happens to open with "(๒)" continues that sentence, it opens no step list.
        bool inlineSteps = itemForm is not null && InlineStepMarker().Matches(heading.Rest)
            .Any(m => m.Index >= MinimumTitle && ThaiDigits.ToArabic(m.Groups["n"].Value) == "1");
        // A field's lines are collected and added as one chunk, so that a wrapped line is not taken for an item.
        ColumnRole? field = null;
        var fieldLines = new List<string>();
        void Open(ColumnRole role)
        {
            if (field is { } open && open != ColumnRole.Unknown) draft.Add(open, fieldLines);
            fieldLines.Clear();
            field = role;
        }

        for (int i = heading.LineIndex + 1; i < end; i++)
        {
            // Specks before a bullet ("oe -.ให้…", "' - สุ่ม…") or a label (". ars ผู้รับผิดชอบ …") would hide what the
            // line opens.
            var line = lines[i] with { Text = WithoutSpecks(lines[i].Text) };
            if (line.Field is { } placed)
            {
                if (line.OpensField || placed != field) Open(placed);
                fieldLines.Add(line.Text);
                continue;
            }
            // Inside a sentence that lists its steps, a wrapped line opening with a label word (ตัวชี้วัดรายบุคคล…) is
            // more of the sentence; only a label with a colon opens a field there.
            if (MeasureFieldLabel.Find(line.Text) is { } label && !(inlineSteps && field is null && !LabelWithColon().IsMatch(line.Text)))
            {
                Open(label.Role);
                // "ผู้รับผิดชอบ กองคลัง ระยะเวลา ตุลาคม – ธันวาคม ๒๕๖๗": each further label on the line opens its own field.
                var (own, others) = InlineMeasureFields.SplitLabelled(label.Remainder.Trim('/', ' '));
                fieldLines.Add(own);
                foreach (var (role, value) in others)
                {
                    Open(role);
                    fieldLines.Add(value);
                }
                continue;
            }
            // A wrapped line of a sentence that lists its steps may open with the next marker ("… ให้ดำเนินการ (๑) …" /
            // "(๒) ติดตาม…"): it continues the sentence, so the steps, unit and period are read from the whole of it.
            if (field is null && itemForm is not null && ContinuesInlineSteps(headingLines, line.Text))
            {
                headingLines.Add(line.Text);
                inlineSteps = true;
                continue;
            }
            // A period wrapped onto the next line ("ระยะเวลา ตุลาคม ๒๕๖๗ -" / "กันยายน ๒๕๖๘") goes on with it.
            if (field == ColumnRole.Period && fieldLines.Count == 1 && ContinuesPeriod(fieldLines[0], line.Text))
            {
                fieldLines.Add(line.Text);
                continue;
            }
            // A step whose marker OCR damaged ("Nn. แต่งตั้ง…", "ข. ..จัดทำ…") is a step of its own: set as a bullet. A Latin
            // marker ("Nn.", "Al. .") looks like specks to WithoutSpecks, so the line is matched as OCR read it.
            var marked = DamagedStepMarker().Match(lines[i].Text) is { Success: true } rawMarker ? (Text: lines[i].Text, Marker: rawMarker) : (Text: line.Text, Marker: DamagedStepMarker().Match(line.Text));
            if (itemForm is not null && !inlineSteps && marked.Marker.Success &&
                (field == ColumnRole.Steps || (field is null && i + 1 < end && (StartsSubItem(WithoutSpecks(lines[i + 1].Text), itemForm) ||
                                                   DamagedStepMarker().IsMatch(lines[i + 1].Text)))))
            {
                if (field is null) Open(ColumnRole.Steps);
                fieldLines.Add("- " + marked.Text[marked.Marker.Length..]);
                continue;
            }
            // In an item of a list (๑. …), a sub-item of another form (๑) …, - …) starts its steps.
            if (field is null && itemForm is not null && !inlineSteps && StartsSubItem(line.Text, itemForm))
                Open(ColumnRole.Steps);
            else if (EndsItem(line.Text, field) && !(field == ColumnRole.Steps && itemForm is not null && StartsSubItem(line.Text, itemForm)))
                break;
            if (field is null) headingLines.Add(line.Text);
            else fieldLines.Add(line.Text);
        }
        Open(ColumnRole.Unknown);

        if (!draft.HasLines(ColumnRole.Measure))
        {
            // "มาตรการ X โดย Y มอบหมายให้ Z เป็นผู้รับผิดชอบ": the title ends where the method begins.
            var headingText = CellItemSplitter.JoinWrapped(headingLines, WrapJoin.ThaiAware);
            // Fields labelled inside the paragraph ("… ผู้รับผิดชอบ กองคลัง ระยะเวลา ตลอดปีงบประมาณ") leave the title.
            headingText = InlineMeasureFields.Take(headingText, draft);
            var by = MethodStart().Match(headingText);
            // An item whose steps stand on lines of their own has no method clause in its heading: a โดย there
            // ("มาตรการ… โดยยึดหลักความโปร่งใส…", a title wrapped onto its second line) is still the title.
            int methodAt = by.Success && by.Index >= MinimumTitle && !draft.HasLines(ColumnRole.Steps) ? by.Index : -1;
            var assigned = InlineMeasureFields.AssignedUnits(headingText);
            // A keyword heading (มาตรการที่ ๑ …) is followed by its fields; only a paragraph item states its period in prose.
            var period = heading.Style is "measure" or "issue" || draft.HasLines(ColumnRole.Period) ? null : InlineMeasureFields.PeriodPhrase(headingText);
            List<Match> markers = draft.HasLines(ColumnRole.Steps) ? [] : InlineStepMarkers(headingText);
            if (markers.Count > 0 && markers[0].Index >= MinimumTitle)
            {
                // The steps run from the first marker to the clause that assigns the units or names the period.
                int stepsEnd = new[] { assigned?.Index ?? -1, period?.Index ?? -1, methodAt }.Where(i => i > markers[^1].Index)
                    .DefaultIfEmpty(headingText.Length).Min();
                var steps = new List<string>();
                for (int k = 0; k < markers.Count; k++)
                {
                    int from = markers[k].Index + markers[k].Length, to = k + 1 < markers.Count ? markers[k + 1].Index : stepsEnd;
                    var step = StepTail().Replace(headingText[from..Math.Max(from, to)], "").Trim();
                    if (step.Length > 0) steps.Add(step);
                }
                // One chunk per step: steps are items of their own, never wrapped lines of one.
                foreach (var step in steps) draft.Add(ColumnRole.Steps, [step]);
                // "… ให้ดำเนินการ (๑)", "… ดังนี้ (๑)": the words that lead into the list belong to no title.
                var title = StepsLeadIn().Replace(headingText[..markers[0].Index].TrimEnd(), "").TrimEnd();
                draft.Add(ColumnRole.Measure, [title]);
                if (assigned is { } assignedUnits && !draft.HasLines(ColumnRole.Responsible)) draft.Add(ColumnRole.Responsible, [assignedUnits.Value]);
                if (period is { } printedPeriod) draft.Add(ColumnRole.Period, [printedPeriod.Value]);
                return draft;
            }
            int titleEnd = new[] { methodAt, assigned?.Index ?? -1, period?.Index ?? -1 }.Where(i => i >= MinimumTitle).DefaultIfEmpty(headingText.Length).Min();
            draft.Add(ColumnRole.Measure, [headingText[..titleEnd].TrimEnd()]);
            // The method is what is done: without its opening โดย, and up to the clause that assigns the units or names the
            // period ("โดยจัดเวทีประชาคม มอบหมายให้กองคลังเป็นผู้รับผิดชอบ" -> จัดเวทีประชาคม).
            int methodEnd = new[] { assigned?.Index ?? -1, period?.Index ?? -1 }.Where(i => i > methodAt).DefaultIfEmpty(headingText.Length).Min();
            string method = methodAt >= 0 ? MethodWord().Replace(headingText[methodAt..methodEnd].Trim(), "").Trim().TrimStart(',', '.', ';', ':', ' ') : "";
            if (method.Length > 0 && !draft.HasLines(ColumnRole.Steps)) draft.Add(ColumnRole.Steps, [method]);
            if (assigned is { } units && !draft.HasLines(ColumnRole.Responsible)) draft.Add(ColumnRole.Responsible, [units.Value]);
            if (period is { } printed) draft.Add(ColumnRole.Period, [printed.Value]);
        }
        return draft;
    }

    /// <summary>
    /// True when a line that opens with a step marker continues the item's sentence rather than starting a step list of
    /// lines: its number follows the last marker already inside the sentence ("… (๑) เปิดช่องทาง…" then "(๒) ติดตาม…"),
    /// or it is marker 1 right after the words that lead into a list (ให้ดำเนินการ, ดังนี้) and the line itself runs on
    /// as a sentence (the next marker, the unit or the period inside it).
    /// </summary>
    private static bool ContinuesInlineSteps(List<string> headingLines, string line)
    {
        var opening = OpeningStepMarker().Match(line);
        if (!opening.Success) return false;
        int number = int.Parse(ThaiDigits.ToArabic(opening.Groups["n"].Value), System.Globalization.CultureInfo.InvariantCulture);
        var sentence = CellItemSplitter.JoinWrapped(headingLines, WrapJoin.ThaiAware);
        if (number >= 2)
        {
            var inline = InlineStepMarker().Matches(sentence).Where(m => m.Index >= MinimumTitle).ToList();
            return inline.Count > 0 &&
                   int.Parse(ThaiDigits.ToArabic(inline[^1].Groups["n"].Value), System.Globalization.CultureInfo.InvariantCulture) == number - 1;
        }
        if (number != 1 || !StepsLeadIn().IsMatch(sentence)) return false;
        var rest = line[opening.Length..];
        return InlineStepMarker().Matches(rest).Any(m => ThaiDigits.ToArabic(m.Groups["n"].Value) == "2") ||
               InlineMeasureFields.AssignedUnits(rest) is not null || InlineMeasureFields.PeriodPhrase(rest) is not null;
    }

    /// <summary>
    /// True when the next line completes a period cut at the line's end: the period so far ends in a dash or ถึง, or
    /// names no year, and the next line is short and opens with a month or a year.
    /// </summary>
    private static bool ContinuesPeriod(string period, string next)
    {
        var t = next.Trim();
        if (t.Length == 0 || t.Length > 30) return false;
        bool open = OpenPeriodEnd().IsMatch(period) || !YearInText().IsMatch(ThaiDigits.ToArabic(period));
        var firstWord = t.Split(' ', 2)[0];
        bool monthFirst = ThaiMonths.AllSpellings.Any(m => firstWord.StartsWith(m, StringComparison.Ordinal) ||
                                                          firstWord.StartsWith("เดือน" + m, StringComparison.Ordinal));
        if (open && (monthFirst || YearOpening().IsMatch(ThaiDigits.ToArabic(t)))) return true;
        // A whole month and year with the range's end wrapped under it ("ระยะเวลา ตุลาคม ๒๕๖๗" / "- พฤษภาคม ๒๕๖๘").
        var end = RangeEndOpening().Match(t);
        return end.Success && !RangeInside().IsMatch(period) &&
               ThaiMonths.AllSpellings.Any(m => t[end.Length..].StartsWith(m, StringComparison.Ordinal));
    }

    // The dash or ถึง (เดือน) that opens a wrapped range end.
    [GeneratedRegex(@"^(?:[-–—]|ถึง(?:เดือน)?)\s*")]
    private static partial Regex RangeEndOpening();

    // A period that already names its range: a dash or ถึง between its words.
    [GeneratedRegex(@"\S\s*(?:[-–—]|ถึง)")]
    private static partial Regex RangeInside();

    // A period cut after its dash or ถึง (เดือน), or after a month without its year.
    [GeneratedRegex(@"(?:[-–—]|ถึง(?:เดือน)?)\s*$")]
    private static partial Regex OpenPeriodEnd();

    [GeneratedRegex(@"(?:25|20)\d\d")]
    private static partial Regex YearInText();

    // A line opening with a year (๒๕๖๘ / พ.ศ. ๒๕๖๘) or a dash and a month.
    [GeneratedRegex(@"^(?:พ\.?\s*ศ\.?\s*)?(?:25|20)\d\d|^[-–—]\s*\S")]
    private static partial Regex YearOpening();

    // A step marker OCR damaged, before the step's Thai words: a Thai letter with two or more full stops ("ข. ..",
    // "ค. . "), or one to three Latin letters or signs with a full stop ("Nn.", "Ql.", "A. ."); a step number in
    // parentheses read as a sign, a full stop or a letter ("') …", ".) …", "b) …"), or the item's number in a sub-item
    // read so ("'. 2 …" for ๒.๒).
    [GeneratedRegex(@"^\s*(?:[\u0E01-\u0E2E]\s*\.(?:\s*\.)+|[A-Za-z]{1,3}\s*\.(?:\s*\.)*|\(?[^\s0-9๐-๙\u0E01-\u0E4E()]{1,2}\s*\)|[^\s0-9๐-๙\u0E01-\u0E4E().]{1,2}\s*\.\s?[0-9๐-๙]{1,2}\.?)\s*(?=[\u0E01-\u0E2E\u0E40-\u0E44])")]
    private static partial Regex DamagedStepMarker();

    // A step marker opening a line: (๑) / ๑) (a parenthesis OCR lost allowed on the left only).
    [GeneratedRegex(@"^\s*\(?\s*(?<n>[0-9๐-๙]{1,2})\s*\)\s*")]
    private static partial Regex OpeningStepMarker();

    /// <summary>
    /// The step markers inside a sentence, (๑) … (๒) … or ๑) … ๒) …, numbered 1, 2, … in one form, each after a space;
    /// empty unless at least two follow one another.
    /// </summary>
    private static List<Match> InlineStepMarkers(string text)
    {
        var run = new List<Match>();
        foreach (Match m in InlineStepMarker().Matches(text))
        {
            int n = int.Parse(ThaiDigits.ToArabic(m.Groups["n"].Value), System.Globalization.CultureInfo.InvariantCulture);
            // The next number continues the run even when OCR lost its opening parenthesis ("(๑) … ๒) …").
            if (n == run.Count + 1) run.Add(m);
            else if (n == 1 && run.Count < 2) run = [m];
        }
        return run.Count >= 2 ? run : [];
    }

    // A label and its colon opening a line ("ผู้รับผิดชอบ : …", "- ระยะเวลา: …").
    [GeneratedRegex(@"^\W{0,3}[\u0E01-\u0E4E\s]{2,30}?\s*[:：]")]
    private static partial Regex LabelWithColon();

    // " (๑) " or " ๑) " inside a sentence (after a space, never at its start).
    [GeneratedRegex(@"(?<=\s)(?<open>\()?\s*(?<n>[0-9๐-๙]{1,2})\s*\)\s*")]
    private static partial Regex InlineStepMarker();

    // What closes a step before the next one: a comma, a semicolon, "และ".
    [GeneratedRegex(@"(?:\s*(?:[,;]|และ))+\s*$")]
    private static partial Regex StepTail();

    // The words that lead into an inline step list: ให้ดำเนินการ, โดยดำเนินการ, ดังนี้, ได้แก่, ประกอบด้วย, คือ.
    [GeneratedRegex(@"\s*(?:(?:โดย)?(?:ให้)?(?:มีการ)?ดำเนินการ(?:ดังนี้|ดังต่อไปนี้)?|ดัง(?:ต่อไป)?นี้|ได้แก่|ประกอบด้วย|คือ)\s*[:：]?$")]
    private static partial Regex StepsLeadIn();

    private static string WithoutSpecks(string text)
    {
        var t = SpecksBeforeBullet().Replace(text, "");
        return t.Length > 0 && "-–•●▪»+".Contains(t[0]) ? t : SpecksBeforeWords().Replace(t, "");
    }

    /// <summary>A line that closes the item: a new top-level section, a closing formula, or prose after a one-line period.</summary>
    private static bool EndsItem(string text, ColumnRole? field)
    {
        if (Closing().IsMatch(text)) return true;
        if (field == ColumnRole.Period) return true;
        bool sectionHeading = SectionHeading().IsMatch(ThaiDigits.ToArabic(text));
        return sectionHeading && field is not (ColumnRole.Steps or ColumnRole.Progress or ColumnRole.FollowUp);
    }

    // Digits, or one or two characters OCR made of them (lo, m, @; never a Thai letter) when a full stop or parenthesis follows.
    private const string HeadingNumber = @"(?<n>\d{1,2}(?!\d)|[^\s\d.()\u0E01-\u0E2E]{1,2}(?=[.)]))";

    // A list item's number before มาตรการ: digits, or up to three characters OCR made of them, digits among them
    // ("“9", "of", "๓๑" for ๙.; never a Thai letter), when a full stop, parenthesis, colon or comma follows.
    private const string ListHeadingNumber = @"(?<n>\d{1,2}(?![\d.)]?\d)|[^\s.,:()\u0E01-\u0E2E]{1,3}(?=[.),:]))";

    private static readonly (string Style, Regex Pattern)[] HeadingPatterns =
    [
        // OCR may repeat ที่ or lose its tone mark, read the full stop after the number as ะ, or garble the number itself.
        ("measure", new Regex(@"^มาตรการ\s*(?:ที่?\s*)+" + HeadingNumber + @"\s*[.:)ะ]?\s*(?<rest>.*)$", RegexOptions.Compiled)),
        ("issue", new Regex(@"^ประเด็น\s*(?:ที่?\s*)+" + HeadingNumber + @"\s*[.:)ะ]?\s*(?<rest>.*)$", RegexOptions.Compiled)),
        // Its full stop may be read as a colon or comma, its number as another character ("0, มาตรการ…" for ๖.), and its
        // มาตรการ with one letter misread ("(๒) บาตรการ…"; checked by OpensWithMeasureWord).
        ("numbered", new Regex(@"^\(?" + ListHeadingNumber + @"[.),:][\s.]*(?<rest>(?:แนวทาง|[\u0E01-\u0E2E]\S{4}).*)$", RegexOptions.Compiled)),
    ];

    [GeneratedRegex(@"\s+โดย")]
    private static partial Regex MethodStart();

    // โดย (and the ให้ / มี / การ it may carry over) opening a method clause.
    [GeneratedRegex(@"^โดย(?:ให้|มี)?\s*")]
    private static partial Regex MethodWord();

    /// <summary>The title of a measure item is at least this long before a method, unit or period clause may end it.</summary>
    private const int MinimumTitle = 10;

    private static bool IsPlainList(string style) => style is "n." or "n)" or "(n)" or "ข้อ n" or "lost";

    /// <summary>A line that opens a sub-item: a bullet, or a number in another marker form than the list's own items.</summary>
    private static bool StartsSubItem(string text, string listForm)
    {
        // A list starting again at 1 inside an item in the item's own form is the item's steps (ก. read as 1.).
        if (PlainItem(text) is { Number: 1 } restart && restart.Form == listForm) return true;
        var t = text.TrimStart();
        if (t.Length > 1 && "-–•●▪»+".Contains(t[0])) return true;
        // 1.1 / ๒.๓ under item 1. / ๒., ก. / ข) under any numbered item.
        if (CellItemSplitter.LeadingSubMarker().IsMatch(t)) return true;
        return PlainItem(text) is { } item && item.Form != listForm;
    }

    // A first marker of one or two characters that are no digit, a full stop after it (a space may follow).
    [GeneratedRegex(@"^(?<mark>[^\s\d.()]{1,2})\.\s*(?<rest>\S.{8,})$")]
    private static partial Regex GarbledFirstMarker();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?<rest>\S.*)$")]
    private static partial Regex DotlessNumber();

    // A marker alone on its line: ๑. / (๑) / ๑) / a garbled one (@., o.).
    [GeneratedRegex(@"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]|[^\s\d\u0E01-\u0E2E.]{1,2}\.)\s*$")]
    private static partial Regex BareMarker();

    // One or two tokens of up to three Latin letters or signs before a list marker: "ee 3) …", "' (๒) …".
    [GeneratedRegex(@"^(?:[^\s\u0E00-\u0E7F0-9(]{1,3}\s+){1,2}(?=\(?[0-9๐-๙]{1,2}\s*[.)])")]
    private static partial Regex SpecksBeforeMarker();

    // Signs, or tokens of up to three characters without Thai letters or digits, before a line's first Thai word.
    [GeneratedRegex(@"^(?:[\s.,:;'`""|_~]+|[^\s\d\u0E00-\u0E7F]{1,3}\s+)+(?=[\u0E01-\u0E2E])")]
    private static partial Regex SpecksBeforeWords();

    // Up to two speck tokens (no Thai letter, digit or bullet) before a bullet and the step's first letter.
    [GeneratedRegex(@"^(?:[^\s\u0E01-\u0E2E0-9๐-๙\-–•+]{1,3}\s*){1,2}(?=[\-–•+]\s*\.?\s*[\u0E01-\u0E2E])")]
    private static partial Regex SpecksBeforeBullet();

    // มาตรการ opening a line behind at most three speck characters (no Thai letter, no digit: a number is a marker).
    [GeneratedRegex(@"^[^\s\u0E01-\u0E2E0-9๐-๙]{0,3}\s*(?<rest>ม\S{5,}.{8,})$")]
    private static partial Regex UnmarkedMeasureLine();

    // An item marker OCR made into one or two other characters (๗. read as ซ.), followed by the item's words; or, with a
    // space or a comma after it ("ง. ให้…", "ฒ, ให้…", a speck before it: "es m. ให้…"), followed by a Thai word.
    [GeneratedRegex(@"^(?:(?<mark>[^\s\d.]{1,2})\.(?<rest>\S.{8,})|(?<mark>(?:[^\s\d\u0E00-\u0E7F]{1,3}\s)?[^\s\d.,]{1,2})[.,]\s(?<rest>[\u0E01-\u0E2E\u0E40-\u0E44].{8,}))$")]
    private static partial Regex GarbledItem();

    // (a full stop OCR read as a colon or comma, "1: มาตรการ…", "๔, มาตรการ…", counts as one when Thai words follow)
    // ๑. … | ๑) … | (๑) … | ข้อ ๑ … on Arabic digits (ข้อ may lose its tone mark; a full stop or colon may follow its number)
    [GeneratedRegex(@"^(?:(?<open>\()\s*(?<n>\d{1,2})\s*\)|(?<n>\d{1,2})\s*(?<mark>[.)]|[:,](?=\s*[\u0E01-\u0E2E\u0E40-\u0E44]))|(?<kho>ข้?อ)\s*(?<n>\d{1,2})(?!\d)\s*[.:]?)\s*(?<rest>\S.*)$")]
    private static partial Regex PlainNumbered();

    // ดังนี้ / ดังต่อไปนี้ closing the sentence that introduces a list (a colon may follow); OCR drops or swaps their
    // tone marks (ดังต่อไปนี่, ดังตอไปนี).
    // One or two short tokens without a Thai letter may follow it: specks OCR read at the line's end ("ดังนี้ as",
    // "ดังนี้ 0 ,"). (its ด read as ล or ค: "ลังนี้")
    [GeneratedRegex(@"[ดลค]ัง\s*(?:ต[่้]?อ\s*ไป)?\s*นี[่้]?\s*[:：]?(?:\s+[^\s\u0E01-\u0E2E]{1,3}){0,2}\s*$")]
    private static partial Regex ListLead();

    // "/๑๓.ให้ทำรายงาน..." at the foot of a page announces the next page's first words.
    [GeneratedRegex(@"^/.{1,60}(?:\.{2,}|…)\s*$")]
    private static partial Regex ContinuationMarker();

    // A catchword as read: a slash or ellipsis (lost, or never typed, on a line set right), the next item's number, its
    // first words, dots or specks after them.
    [GeneratedRegex(@"^(?<sign>/|…|\.{3})?\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]?)?\s*(?<words>[^\s.…:;,'""/][^.…:;,'""]*?)[\s.…:;,'""]*$")]
    private static partial Regex Catchword();

    // 2. …, not a sub-item 2.1 …
    [GeneratedRegex(@"^\d{1,2}\.(?!\d)\s*\S")]
    private static partial Regex SectionHeading();

    // A running page number: "- ๓ -", "-m-" (digits garbled by OCR), between dashes.
    [GeneratedRegex(@"^[-–—]\s*[^\s\-–—]{1,3}\s*[-–—]$")]
    private static partial Regex PageNumber();

    /// <summary>True when the line is a formula that closes a list of measures (จึงประกาศ…, ประกาศ ณ…, ทั้งนี้ ตั้งแต่…).</summary>
    internal static bool IsClosing(string text) => Closing().IsMatch(text);

    // … and the order's or announcement's "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป" (OCR may repeat a word before ตั้งแต่).
    [GeneratedRegex(@"^(?:จึงเรียน|จึงประกาศ|ประกาศ\s*ณ|สั่ง\s*ณ|\(?ลงชื่อ|ระเบียบวาระ|มติที่ประชุม|ปิดประชุม|ทั้งนี[้่]?.{0,8}ตั้งแต่|ตั้งแต่บัดนี[้่]?)")]
    private static partial Regex Closing();
}
