using System.Globalization;
using DocIngest.Core.Extraction;

namespace DocIngest.Cli.Evaluation;

/// <summary>
/// Scores an extraction against its expected result: page CER, then field by field on documents aligned by page overlap.
/// </summary>
public static class ResultComparer
{
    /// <summary>Sections whose texts are less similar than this are not the same section.</summary>
    public const double SectionMatchSimilarity = 0.5;

    /// <summary>Measure titles at least this similar are the same measure (OCR noise is tolerated, another measure is not).</summary>
    public const double MeasureMatchSimilarity = 0.8;

    public static EvalScores Compare(ExtractionResult expected, ExtractionResult actual)
    {
        var scores = new EvalScores
        {
            PageCer = PageCer(expected.Pages, actual.Pages),
            ProseCer = ProseCer(expected.Pages, actual.Pages),
            TableCer = TableCer(expected.Pages, actual.Pages),
        };
        return scores + CompareDocuments(expected.Documents, actual.Documents);
    }

    /// <summary>Field scores of the documents, aligned by page overlap; invented documents count against precision.</summary>
    public static EvalScores CompareDocuments(IReadOnlyList<Document> expected, IReadOnlyList<Document> actual)
    {
        var scores = new EvalScores();
        var pairs = AlignDocuments(expected, actual);
        foreach (var wanted in expected)
        {
            var partner = pairs.FirstOrDefault(p => ReferenceEquals(p.Expected, wanted)).Actual;
            scores += CompareDocument(wanted, partner);
        }
        // Documents the extraction invented still count against precision of what they hold.
        foreach (var extra in actual.Where(d => !pairs.Any(p => ReferenceEquals(p.Actual, d))))
            scores += CompareDocument(null, extra);
        return scores;
    }

    /// <summary>CER summed over expected pages; a page the extraction lacks counts as all characters wrong.</summary>
    public static CerTally PageCer(IReadOnlyList<PageResult> expected, IReadOnlyList<PageResult> actual)
    {
        var total = default(CerTally);
        foreach (var page in expected)
        {
            var text = actual.FirstOrDefault(p => p.Number == page.Number)?.Text ?? "";
            var (edits, length) = TextDistance.CerCounts(page.Text, text);
            total += new CerTally(edits, length);
        }
        return total;
    }

    /// <summary>
    /// CER of the text outside ruled tables: the expected page text without its tables' cell lines against the extraction's
    /// text-block lines. Scored apart from tables because the issue's targets differ (prose ≤ 2 %, cells ≤ 3 %) and a page's
    /// table would otherwise hide how well its prose reads.
    /// </summary>
    public static CerTally ProseCer(IReadOnlyList<PageResult> expected, IReadOnlyList<PageResult> actual)
    {
        var total = default(CerTally);
        foreach (var page in expected)
        {
            var partner = actual.FirstOrDefault(p => p.Number == page.Number);
            var (edits, length) = TextDistance.CerCounts(Prose(page), partner is null ? "" : ActualProse(partner));
            total += new CerTally(edits, length);
        }
        return total;
    }

    /// <summary>
    /// CER of ruled-table cells: on every page with expected tables, all their cells row by row against the extraction's
    /// tables on that page in the same order. A table the extraction missed counts as all characters wrong; its text then
    /// also stands in the prose as extra characters.
    /// </summary>
    public static CerTally TableCer(IReadOnlyList<PageResult> expected, IReadOnlyList<PageResult> actual)
    {
        var total = default(CerTally);
        foreach (var page in expected.Where(p => p.Tables is { Count: > 0 }))
        {
            var partner = actual.FirstOrDefault(p => p.Number == page.Number);
            var (edits, length) = TextDistance.CerCounts(TableText(page.Tables!), TableText(partner?.Tables ?? []));
            total += new CerTally(edits, length);
        }
        return total;
    }

    /// <summary>A page's text without the lines of its tables' cells (each table's lines are a consecutive run in reading order).</summary>
    public static string Prose(PageResult page)
    {
        var lines = page.Text.Split('\n').ToList();
        int from = 0;
        foreach (var table in page.Tables ?? [])
        {
            var cellLines = CellLines(table).ToList();
            if (cellLines.Count == 0)
                continue;
            int at = IndexOfRun(lines, cellLines, from);
            if (at < 0)
                throw new InvalidDataException($"page {page.Number}: a table's cell lines do not occur in the page text in reading order");
            lines.RemoveRange(at, cellLines.Count);
            from = at;
        }
        return string.Join('\n', lines);
    }

    // The extraction lists its text blocks' lines apart from table cells; results without lines fall back to the text.
    private static string ActualProse(PageResult page) =>
        page.Lines is { } lines ? string.Join('\n', lines.Select(l => l.Text)) : Prose(page);

    private static string TableText(IEnumerable<TableResult> tables) =>
        string.Join('\n', tables.SelectMany(CellLines));

    private static IEnumerable<string> CellLines(TableResult table) =>
        table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column)
            .SelectMany(c => c.Text.Split('\n')).Where(l => l.Length > 0);

    private static int IndexOfRun(List<string> lines, List<string> run, int from)
    {
        for (int i = from; i + run.Count <= lines.Count; i++)
            if (run.Select((line, k) => line == lines[i + k]).All(same => same))
                return i;
        return -1;
    }

    /// <summary>
    /// One-to-one pairs of expected and actual documents that share pages, most shared pages first (same kind breaks ties),
    /// so that one actual document swallowing two expected ones is paired with one of them only.
    /// </summary>
    public static List<(Document Expected, Document Actual)> AlignDocuments(IReadOnlyList<Document> expected, IReadOnlyList<Document> actual) =>
        GreedyMatch(expected, actual, (e, a) =>
        {
            int overlap = Math.Min(e.PageEnd, a.PageEnd) - Math.Max(e.PageStart, a.PageStart) + 1;
            return overlap <= 0 ? 0 : overlap + (e.Kind == a.Kind ? 0.5 : 0);
        }, minimum: 1);

    /// <summary>Field scores of one expected document against its partner; either side may be missing (all misses, or all extras).</summary>
    private static EvalScores CompareDocument(Document? expected, Document? actual)
    {
        var empty = new Document { Kind = DocumentKind.Other, PageStart = 0, PageEnd = -1 };
        var e = expected ?? empty;
        var a = actual ?? empty;
        var (measures, cells) = CompareMeasures(e.Measures, a.Measures);
        var (members, roles) = CompareMembers(e.Members, a.Members);
        return new EvalScores
        {
            DocumentKind = expected is null ? default : new Tally(actual is not null && e.Kind == a.Kind ? 1 : 0, 1),
            DocumentSplit = expected is null ? default : new Tally(actual is not null && e.PageStart == a.PageStart && e.PageEnd == a.PageEnd ? 1 : 0, 1),
            Signatures = CompareSigners(e.Signatures, a.Signatures),
            HeaderFields = CompareHeader(e.Header, a.Header),
            SectionTypes = CompareSections(e.Sections, a.Sections),
            Measures = measures,
            MeasureCells = cells,
            Indicators = MatchKeys(e.Indicators.Select(IndicatorKey), a.Indicators.Select(IndicatorKey)),
            ItaResults = MatchKeys(e.ItaResults.Select(ItaKey), a.ItaResults.Select(ItaKey)),
            Members = members,
            MemberRoles = roles,
        };
    }

    /// <summary>
    /// Free text read from a scan (subjects, names, steps) is never exact to the letter: it matches when its character
    /// similarity (1 - CER, whitespace ignored) reaches this. Normalised fields (phone, reference, ISO dates, numbers) are exact.
    /// </summary>
    public const double FreeTextSimilarity = 0.9;

    /// <summary>Free text within <see cref="FreeTextSimilarity"/>; both absent counts as a match.</summary>
    public static bool SameText(string? expected, string? actual) =>
        expected is null ? actual is null
        : actual is not null && TextDistance.Similarity(expected, actual) >= FreeTextSimilarity;

    /// <summary>Each header field the expected result has: normalised ones exactly (spaces folded), free text by <see cref="SameText"/>.</summary>
    public static Tally CompareHeader(MemoHeader? expected, MemoHeader? actual)
    {
        if (expected is null) return default;
        (string? Expected, string? Actual, bool Exact)[] fields =
        [
            (expected.Agency, actual?.Agency, false), (expected.Phone, actual?.Phone, true), (expected.Reference, actual?.Reference, true),
            (expected.Date, actual?.Date, true), (expected.DateText, actual?.DateText, false), (expected.Subject, actual?.Subject, false),
            (expected.Addressee, actual?.Addressee, false),
        ];
        var present = fields.Where(f => f.Expected is not null).ToList();
        return new Tally(present.Count(f => f.Exact
            ? TextDistance.NormalizeSpaces(f.Expected) == TextDistance.NormalizeSpaces(f.Actual)
            : SameText(f.Expected, f.Actual)), present.Count);
    }

    /// <summary>Each expected section is aligned with the most similar unused actual section; a hit when their types agree.</summary>
    public static Tally CompareSections(IReadOnlyList<Section> expected, IReadOnlyList<Section> actual)
    {
        var pairs = GreedyMatch(expected, actual, (e, a) => TextDistance.Similarity(e.Text, a.Text), SectionMatchSimilarity);
        return new Tally(pairs.Count(p => p.Expected.Type == p.Actual.Type), expected.Count);
    }

    /// <summary>Measures matched by title; for matched ones, steps, responsible units and period each count as one cell.</summary>
    public static (F1Tally Match, Tally Cells) CompareMeasures(IReadOnlyList<Measure> expected, IReadOnlyList<Measure> actual)
    {
        var pairs = GreedyMatch(expected, actual, (e, a) => TextDistance.Similarity(e.Title, a.Title), MeasureMatchSimilarity);
        int hits = pairs.Sum(p =>
            (SameList(p.Expected.Steps, p.Actual.Steps, ordered: true) ? 1 : 0) +
            (SameList(p.Expected.Responsible, p.Actual.Responsible, ordered: false) ? 1 : 0) +
            (SamePeriod(p.Expected.Period, p.Actual.Period) ? 1 : 0));
        return (new F1Tally(pairs.Count, actual.Count, expected.Count), new Tally(hits, 3 * pairs.Count));
    }

    /// <summary>Members matched by name (free-text tolerance); roles compared on matched members whose expected role is known.</summary>
    public static (F1Tally Names, Tally Roles) CompareMembers(IReadOnlyList<Person> expected, IReadOnlyList<Person> actual)
    {
        var pairs = GreedyMatch(expected, actual, (e, a) => TextDistance.Similarity(e.Name, a.Name), FreeTextSimilarity);
        var withRole = pairs.Where(p => p.Expected.Role is not null).ToList();
        return (new F1Tally(pairs.Count, actual.Count, expected.Count),
            new Tally(withRole.Count(p => SameText(p.Expected.Role, p.Actual.Role)), withRole.Count));
    }

    /// <summary>Signers matched by name (free-text tolerance); positions are read with the name and not scored apart.</summary>
    public static F1Tally CompareSigners(IReadOnlyList<Person> expected, IReadOnlyList<Person> actual) =>
        new(GreedyMatch(expected, actual, (e, a) => TextDistance.Similarity(e.Name, a.Name), FreeTextSimilarity).Count, actual.Count, expected.Count);

    /// <summary>Multiset matching of exact keys.</summary>
    public static F1Tally MatchKeys(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var remaining = expected.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        int expectedCount = remaining.Values.Sum(), predicted = 0, matched = 0;
        foreach (var key in actual)
        {
            predicted++;
            if (remaining.GetValueOrDefault(key) <= 0) continue;
            remaining[key]--;
            matched++;
        }
        return new F1Tally(matched, predicted, expectedCount);
    }

    /// <summary>Pairs by descending similarity, each item used once, pairs below <paramref name="minimum"/> dropped.</summary>
    public static List<(T Expected, T Actual)> GreedyMatch<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, T, double> similarity, double minimum)
    {
        var candidates = new List<(int E, int A, double S)>();
        for (int e = 0; e < expected.Count; e++)
            for (int a = 0; a < actual.Count; a++)
            {
                double s = similarity(expected[e], actual[a]);
                if (s >= minimum) candidates.Add((e, a, s));
            }
        var usedE = new HashSet<int>();
        var usedA = new HashSet<int>();
        var pairs = new List<(T, T)>();
        foreach (var (e, a, _) in candidates.OrderByDescending(c => c.S).ThenBy(c => c.E).ThenBy(c => c.A))
        {
            if (usedE.Contains(e) || usedA.Contains(a)) continue;
            usedE.Add(e);
            usedA.Add(a);
            pairs.Add((expected[e], actual[a]));
        }
        return pairs;
    }

    private static bool SameList(IReadOnlyList<string> expected, IReadOnlyList<string> actual, bool ordered)
    {
        var e = expected.Select(TextDistance.NormalizeSpaces).Where(s => s.Length > 0).ToList();
        var a = actual.Select(TextDistance.NormalizeSpaces).Where(s => s.Length > 0).ToList();
        if (e.Count != a.Count) return false;
        if (ordered) return e.Zip(a).All(p => SameText(p.First, p.Second));
        return GreedyMatch(e, a, (x, y) => TextDistance.Similarity(x, y), FreeTextSimilarity).Count == e.Count;
    }

    private static bool SamePeriod(Period? expected, Period? actual)
    {
        if (expected is null) return actual is null;
        if (actual is null) return false;
        if (expected.Start is not null || expected.End is not null) return expected.Start == actual.Start && expected.End == actual.End;
        return SameText(expected.Text, actual.Text);
    }

    private static string IndicatorKey(Indicator i) => FormattableString.Invariant($"{i.Number}:{i.Score:0.00}");

    private static string ItaKey(ItaResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.FiscalYear?.ToString() ?? "-"}:{r.Score:0.00}:{r.Grade ?? "-"}");
}
