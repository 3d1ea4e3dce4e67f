using System.Text.RegularExpressions;
using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>The units of one document inside a file, with views the parsers need.</summary>
public sealed partial class DocumentSlice
{
    public DocumentSlice(IReadOnlyList<ContentUnit> units)
    {
        if (units.Count == 0) throw new ArgumentException("a document needs at least one unit", nameof(units));
        Units = units;
        _runningLines = RunningLines(units);
    }

    private readonly HashSet<ContentUnit> _runningLines;

    /// <summary>A running header or footer stands within this share of the page height from its top or its foot.</summary>
    private const double PageMarginShare = 0.12;

    /// <summary>Two pages' running lines stand at the same height within this share of the page height.</summary>
    private const double SamePlaceShare = 0.03;

    /// <summary>Letters a running header or footer holds at least (page numbers are dropped as page markers already).</summary>
    private const int RunningLineMinimumLetters = 10;

    /// <summary>Letters two readings of one running line may differ by, per letter (OCR reads each page's copy apart).</summary>
    private const double RunningLineEditShare = 0.1;

    /// <summary>
    /// The page furniture of a document of several pages: a line with the same words at the same place in the top or
    /// bottom margin of two or more of its pages (a plan's running footer แผนปฏิบัติราชการ… ระยะที่ ๒, a gazette's
    /// เล่ม … ราชกิจจานุเบกษา heading). It is not part of the text flow the parsers read; the page text keeps it.
    /// </summary>
    private static HashSet<ContentUnit> RunningLines(IReadOnlyList<ContentUnit> units)
    {
        var marginal = units.Where(u => u.Line?.Box is { } box && u.Page.Height is int h and > 0 &&
                                        (box.Bottom <= PageMarginShare * h || box.Y >= (1 - PageMarginShare) * h))
            .Select(u => (Unit: u, Letters: new string(u.Text.Where(char.IsLetter).ToArray()), Place: (double)u.Line!.Box!.Value.Y / u.Page.Height!.Value))
            .Where(c => c.Letters.Length >= RunningLineMinimumLetters).ToList();
        var running = new HashSet<ContentUnit>();
        for (int a = 0; a < marginal.Count; a++)
            for (int b = a + 1; b < marginal.Count; b++)
            {
                var (x, y) = (marginal[a], marginal[b]);
                if (x.Unit.Page.Number == y.Unit.Page.Number || Math.Abs(x.Place - y.Place) > SamePlaceShare) continue;
                int longer = Math.Max(x.Letters.Length, y.Letters.Length);
                if (DocIngest.Core.Text.EditDistance.Levenshtein(x.Letters, y.Letters) > RunningLineEditShare * longer) continue;
                running.Add(x.Unit);
                running.Add(y.Unit);
            }
        return running;
    }

    public IReadOnlyList<ContentUnit> Units { get; }

    public int PageStart => Units.Min(u => u.Page.Number);

    public int PageEnd => Units.Max(u => u.Page.Number);

    /// <summary>Below this recogniser confidence a line is taken for noise (speckles, stamps, rules).</summary>
    public const double MinimumLineConfidence = 0.2;

    /// <summary>Cleaned, non-empty running-text lines (tables excluded, page numbers and OCR noise dropped).</summary>
    public IReadOnlyList<string> TextLines => TextUnits().Select(u => u.Text).ToList();

    /// <summary>The same lines as <see cref="TextLines"/> with the source block each came from (for paragraphs).</summary>
    public IReadOnlyList<Sections.BodyLine> BodyLines
    {
        get
        {
            var lines = new List<Sections.BodyLine>();
            bool afterTable = false;
            foreach (var u in TablesAndTextUnits())
            {
                if (u.IsTable) { afterTable = true; continue; }
                lines.Add(new Sections.BodyLine(u.Text, u.Page.Number * Sections.BodyLine.PageStride + u.BlockIndex) { Box = u.Line!.Box, AfterTable = afterTable });
                afterTable = false;
            }
            return lines;
        }
    }

    /// <summary>Where each of <see cref="TextLines"/> was printed (its box and page width); null where the source has no geometry.</summary>
    public IReadOnlyList<People.LinePlacement?> TextLinePlacements => TextUnits()
        .Select(u => u.Line!.Box is { } box && u.Page.Width is int width ? new People.LinePlacement(box, width) : null).ToList();

    /// <summary>
    /// Text lines (<see cref="TextLine"/>: cleaned text, the line's box and confidence) and tables (<see cref="Table"/>)
    /// in reading order, from the given text line on.
    /// </summary>
    public IEnumerable<object> ContentFrom(int textLineIndex)
    {
        int seen = 0;
        foreach (var u in TablesAndTextUnits())
        {
            if (u.IsTable)
            {
                if (seen >= textLineIndex) yield return ((TableBlock)u.Block).Table;
                continue;
            }
            if (seen++ >= textLineIndex) yield return u.Line! with { Text = u.Text };
        }
    }

    private IEnumerable<ContentUnit> TextUnits() => TablesAndTextUnits().Where(u => !u.IsTable);

    /// <summary>
    /// The tables and the text lines in reading order. A lone grade letter after a line that ends with its cue ("…
    /// อยู่ในระดับ" / "A") is the result's grade wrapped onto a line of its own, not a speck, though it reads as one; so is
    /// a grade cue alone on its line, its marks damaged ("… ได้ ๘๙.๒๔ คะแนน" / "ระดูั" / "A ส่วน…"): the ITA wordings
    /// join it to the grade after it.
    /// </summary>
    private IEnumerable<ContentUnit> TablesAndTextUnits()
    {
        string? previous = null;
        foreach (var u in Units)
        {
            if (u.IsTable) { yield return u; continue; }
            if (_runningLines.Contains(u)) continue;
            if (IsTextLine(u) || previous is not null && (WrappedGrade(previous, u) || LoneGradeCue(u) || ClosesWrappedName(previous, u)))
            {
                previous = u.Text;
                yield return u;
            }
        }
    }

    private static bool IsTextLine(ContentUnit u) =>
        !u.IsTable && u.Text.Length > 0 && !Text.ParsingText.IsPageMarker(u.Text) &&
        u.Line!.Confidence >= MinimumLineConfidence && !Text.ParsingText.IsOcrNoise(u.Text);

    private static bool WrappedGrade(string previous, ContentUnit u) =>
        u.Line!.Confidence >= MinimumLineConfidence && Ita.ItaLineRepair.IsGradeWrappedFrom(previous, u.Text);

    /// <summary>
    /// The last piece of a signer's name wrapped inside its brackets ("(ผู้ช่วยศาสตราจารย์ ดร.ชนิดา แสนทวี" / "สุข)"): a short
    /// Thai word and the closing bracket, under a line that opened a bracket it did not close. Too short to count as a
    /// word alone, it is the name's end, not a speck.
    /// </summary>
    private static bool ClosesWrappedName(string previous, ContentUnit u) =>
        u.Line!.Confidence >= MinimumLineConfidence && previous.LastIndexOf('(') > previous.LastIndexOf(')') && NameEnd().IsMatch(u.Text.Trim());

    [GeneratedRegex(@"^[\u0E01-\u0E4E]{1,15}\)$")]
    private static partial Regex NameEnd();

    private static bool LoneGradeCue(ContentUnit u) =>
        u.Line!.Confidence >= MinimumLineConfidence && Ita.ItaLineRepair.IsLoneGradeCue(u.Text);

    /// <summary>For each table of <see cref="Tables"/>, how many of <see cref="TextLines"/> stand before it.</summary>
    public IReadOnlyList<int> TablePositions
    {
        get
        {
            var positions = new List<int>();
            int seen = 0;
            foreach (var u in TablesAndTextUnits())
            {
                if (u.IsTable) positions.Add(seen);
                else seen++;
            }
            return positions;
        }
    }

    /// <summary>The tables of the document in order.</summary>
    public IReadOnlyList<Table> Tables => Units.Where(u => u.IsTable).Select(u => ((TableBlock)u.Block).Table).ToList();

    /// <summary>All text, tables included, one unit a line: what the kind classifier reads.</summary>
    public string FullText => string.Join('\n', Units.Select(u => u.Text).Where(t => t.Length > 0));

    /// <summary>
    /// The document's pages rebuilt from its units only: a page shared with the previous or next document
    /// keeps just this document's lines, so stage parsers (measures) never see a neighbour's content.
    /// </summary>
    public IReadOnlyList<PageContent> Pages()
    {
        var pages = new List<PageContent>();
        foreach (var pageGroup in Units.GroupBy(u => u.Page))
        {
            var blocks = new List<PageBlock>();
            foreach (var run in Runs(pageGroup.ToList()))
            {
                var first = run[0];
                if (first.Line is null) blocks.Add(first.Block);
                else if (first.Block is TextBlock original && run.Count == original.Lines.Count) blocks.Add(original);
                else blocks.Add(new TextBlock(run.Select(u => u.Line!).ToList()));
            }
            pages.Add(pageGroup.Key with { Blocks = blocks });
        }
        return pages;
    }

    // Consecutive units of the same source block.
    private static IEnumerable<List<ContentUnit>> Runs(List<ContentUnit> units)
    {
        var run = new List<ContentUnit>();
        foreach (var unit in units)
        {
            if (run.Count > 0 && (run[0].BlockIndex != unit.BlockIndex || unit.Line is null))
            {
                yield return run;
                run = [];
            }
            run.Add(unit);
        }
        if (run.Count > 0) yield return run;
    }
}
