using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// A plan's period printed as a Gantt chart: a group of columns, each titled with a quarter (ไตรมาส ๑ … ๔) or a month
/// (ต.ค. … ก.ย.) of the fiscal year, in which the months a row's project runs are shaded, ticked or crossed by an arrow
/// instead of written. The row's period is the span from its first marked column's first month to its last marked
/// column's last month.
/// </summary>
/// <param name="Months">Per grid column of the chart: the first and last fiscal month it stands for (0 = ตุลาคม … 11 = กันยายน; a chart over several years goes on with 12 = the next year's ตุลาคม).</param>
/// <param name="FiscalYear">The BE fiscal year the chart's headers print (a chart over several years: its first), or null when they print none.</param>
public sealed partial record GanttTimeline(IReadOnlyDictionary<int, (int First, int Last)> Months, int? FiscalYear)
{
    /// <summary>A chart has at least this many period columns: fewer is a table that merely mentions a month.</summary>
    public const int MinColumns = 3;

    /// <summary>
    /// The Gantt columns of a table, read from its first <paramref name="headerRows"/> rows (or the first three when
    /// null); null when fewer than <see cref="MinColumns"/> columns are titled with a quarter or a month.
    /// </summary>
    public static GanttTimeline? Detect(Table table, int? headerRows = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = Math.Min(headerRows ?? MaxHeaderRows, table.RowCount);
        var months = new Dictionary<int, (int, int)>();
        for (int c = 0; c < table.ColumnCount; c++)
        {
            // The lowest title of the column's own (unmerged) header cells names its period: the spanning cell above
            // names the year.
            for (int r = rows - 1; r >= 0; r--)
            {
                if (table.CellAt(r, c) is not { ColumnSpan: 1 } cell || cell.Row != r) continue;
                if (PeriodOfTitle(cell.Text) is { } span) { months[c] = span; break; }
            }
        }
        if (months.Count < MinColumns) return QuarterNumbersChart(table, rows);
        FillMisreadTitles(table, rows, months);
        return new GanttTimeline(months, YearOfHeaders(table, rows, months));
    }

    /// <summary>
    /// The header row that titles the chart's columns with bare quarter numbers (๑ ๒ ๓ ๔ under each year), when the
    /// chart is titled so; null for charts titled ไตรมาส ๑ or with months, whose title rows are told by their words.
    /// </summary>
    public int? QuarterNumbersRow { get; init; }

    /// <summary>
    /// Per chart column, how many printed titles it stands for when more than one: a column whose title OCR read over a
    /// lost rule ("๑|๒") is two quarters printed side by side, each half its width.
    /// </summary>
    public IReadOnlyDictionary<int, int> Parts { get; init; } = new Dictionary<int, int>();

    /// <summary>
    /// A chart over several fiscal years whose quarter columns are titled with their numbers alone (๑ ๒ ๓ ๔ ๑ ๒ …) in a
    /// row under the years: each restart at a lower number opens the next year. Month indexes count on from the first
    /// year's ตุลาคม (12 = the second year's), and <see cref="FiscalYear"/> is the first year, read from any year
    /// printed over the quarters less the years before it. A cell OCR merged over two quarters ("๑|๒", a rule read as a
    /// bar) stands for both; an unreadable title between two read ones is the quarter its place says. A year range over
    /// one group of four (๒๕๖๙-๒๕๗๐) spreads its quarters over the range. Null when no row holds at least
    /// <see cref="MinColumns"/> such titles.
    /// </summary>
    private static GanttTimeline? QuarterNumbersChart(Table table, int rows)
    {
        for (int r = rows - 1; r >= 0; r--)
        {
            var cells = table.Row(r).ToList();
            var read = cells.Select(c => QuarterNumbers(c.Text)).ToList();
            int first = read.FindIndex(q => q is not null), last = read.FindLastIndex(q => q is not null);
            if (first < 0 || read.Count(q => q is not null) < MinColumns) continue;
            // A rating scale (๑ … ๕ under ระดับความคิดเห็น) numbers on past four: a ๕ right after a ๔ makes no quarters.
            // (A lone other digit among them is a quarter misread: ๓ read as a confident Arabic "6" on a bilevel copy.)
            if (Enumerable.Range(1, cells.Count - 1).Any(i => read[i - 1] is { Last: 4 } && BareNumber(cells[i].Text) == 5)) continue;
            var months = new Dictionary<int, (int First, int Last)>();
            var parts = new Dictionary<int, int>();
            var yearOfColumn = new Dictionary<int, int>();
            int year = 0, previous = 0;
            for (int i = first; i <= last; i++)
            {
                // A title between two read ones that reads as no quarter is the next one.
                var (from, to) = read[i] ?? (previous % 4 + 1, previous % 4 + 1);
                if (from <= previous) year++;
                previous = to;
                if (cells[i].ColumnSpan != 1) continue;
                months[cells[i].Column] = (year * 12 + (from - 1) * 3, year * 12 + to * 3 - 1);
                if (to > from) parts[cells[i].Column] = to - from + 1;
                yearOfColumn[cells[i].Column] = year;
            }
            // The numbers stand under the years (or the period's title) that span them; a row of bare column numbers
            // (๑ | ๒ | ๓ under a table's titles) has no cell above grouping them, a scale's no year or period over it.
            if (months.Count < MinColumns || !GroupedFromAbove(table, r, months.Keys)) continue;
            int? firstYear = FirstYearOverQuarters(table, r, months, yearOfColumn);
            return new GanttTimeline(months, firstYear) { QuarterNumbersRow = r, Parts = parts };
        }
        return null;
    }

    /// <summary>True when a cell of a row above spans at least two of the columns and names a year or a period.</summary>
    private static bool GroupedFromAbove(Table table, int row, IEnumerable<int> columns)
    {
        var set = columns.ToHashSet();
        return table.Cells.Any(c => c.Row < row && c.Row + c.RowSpan <= row && c.ColumnSpan > 1 &&
            Enumerable.Range(c.Column, c.ColumnSpan).Count(set.Contains) >= 2 &&
            NamesYearOrPeriod(c.Text));
    }

    private static int? BareNumber(string text) =>
        ThaiDigits.ToArabic(text).Trim() is var t && t.Length is 1 or 2 && t.All(char.IsAsciiDigit)
            ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// The chart's first fiscal year: a year printed over quarter columns less the number of years before them. A
    /// range (๒๕๖๙-๒๕๗๐) over one year's quarters spreads them over the range, and <paramref name="months"/> is changed so.
    /// </summary>
    private static int? FirstYearOverQuarters(Table table, int quarterRow, Dictionary<int, (int First, int Last)> months, Dictionary<int, int> yearOfColumn)
    {
        int? first = null;
        var ranges = new List<(List<int> Columns, int Years)>();
        for (int r = 0; r < quarterRow; r++)
            foreach (var cell in table.Row(r))
            {
                var columns = Enumerable.Range(cell.Column, cell.ColumnSpan).Where(months.ContainsKey).ToList();
                if (columns.Count == 0) continue;
                var years = BeYear().Matches(HeaderDigits(cell.Text))
                    .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                if (years.Count == 0) continue;
                first ??= years[0] - yearOfColumn[columns[0]];
                if (years.Count == 2 && years[1] > years[0] && columns.Select(c => yearOfColumn[c]).Distinct().Count() == 1)
                    ranges.Add((columns, years[1] - years[0] + 1));
            }
        foreach (var (columns, years) in ranges)
        {
            // The group's quarters, read 1-4, stand for equal parts of the range's years.
            int start = yearOfColumn[columns[0]] * 12, width = 12 * years / 4;
            foreach (var c in columns)
            {
                var (from, to) = months[c];
                int q0 = (from - start) / 3, q1 = (to - start) / 3;
                months[c] = (start + q0 * width, start + (q1 + 1) * width - 1);
            }
        }
        return first;
    }

    /// <summary>The quarters (first, last) a bare title names: "๑", or "๑|๒" / "1 2" when OCR merged two narrow columns; null for anything else.</summary>
    private static (int First, int Last)? QuarterNumbers(string title)
    {
        var text = ThaiDigits.ToArabic(title).Trim();
        if (text.Length == 0 || text.Length > 7 || !QuarterDigits().IsMatch(text)) return null;
        var digits = text.Where(char.IsAsciiDigit).Select(c => c - '0').ToList();
        for (int i = 1; i < digits.Count; i++) if (digits[i] != digits[i - 1] + 1) return null;
        return (digits[0], digits[^1]);
    }

    [GeneratedRegex(@"^[1-4](?:\s*[|/Il]?\s*[1-4]){0,3}$")]
    private static partial Regex QuarterDigits();

    /// <summary>
    /// A title OCR garbled (พ.ุย for พ.ย., A.A for ก.ค.) between titles read right: when the chart's columns step one month
    /// (or one quarter) a column, the column in between is the month (quarter) its place says.
    /// </summary>
    private static void FillMisreadTitles(Table table, int rows, Dictionary<int, (int First, int Last)> months)
    {
        var widths = months.Values.Select(s => s.Last - s.First + 1).Distinct().ToList();
        if (widths.Count != 1) return;
        int width = widths[0];
        var offsets = months.Select(p => p.Value.First / width - p.Key).Distinct().ToList();
        if (offsets.Count != 1) return;
        int first = months.Keys.Min(), last = months.Keys.Max();
        for (int c = first + 1; c < last; c++)
        {
            if (months.ContainsKey(c) || table.CellAt(rows - 1, c) is not { ColumnSpan: 1 }) continue;
            int index = c + offsets[0];
            months[c] = (index * width, index * width + width - 1);
        }
        // A quarter title garbled in its number alone (ไตรมาส ฒ for ไตรมาส ๔) at the chart's end, under the year that
        // spans the chart, is the quarter its place says.
        if (width != 3) return;
        foreach (int c in new[] { first - 1, last + 1 })
        {
            int index = c + offsets[0];
            if (index is < 0 or > 3 || table.CellAt(rows - 1, c) is not { ColumnSpan: 1 } title ||
                !FuzzyText.Key(title.Text).Contains("มาส", StringComparison.Ordinal) || !SpannedFromAbove(table, rows - 1, c, first)) continue;
            months[c] = (index * 3, index * 3 + 2);
        }
    }

    /// <summary>True when a header cell's text names a year (its digits read as <see cref="HeaderDigits"/> does) or a period.</summary>
    private static bool NamesYearOrPeriod(string text) =>
        BeYear().IsMatch(HeaderDigits(text)) || ColumnHeaderScorer.Score(text)[ColumnRole.Period] > 0;

    /// <summary>True when a cell above the title row spans both columns and names a year or a period.</summary>
    private static bool SpannedFromAbove(Table table, int titleRow, int column, int chartColumn) =>
        table.Cells.Any(c => c.Row < titleRow && c.Column <= Math.Min(column, chartColumn) &&
            c.Column + c.ColumnSpan > Math.Max(column, chartColumn) &&
            NamesYearOrPeriod(c.Text));

    /// <summary>True when the row reads as the chart's column titles: most of its cells, and at least <see cref="MinColumns"/>, name a quarter or a month.</summary>
    public static bool IsTitleRow(Table table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cells = table.Row(row).Where(c => c.Text.Trim().Length > 0).ToList();
        int titles = cells.Count(c => PeriodOfTitle(c.Text) is not null);
        return titles >= MinColumns && titles * 2 >= cells.Count;
    }

    /// <summary>True when the column is one of the chart's.</summary>
    public bool Contains(int column) => Months.ContainsKey(column);

    /// <summary>
    /// The fiscal months a row marks: those of every chart column whose cell in the row holds a mark (see
    /// <see cref="IsMarked"/>); a cell merged over several chart columns (an arrow drawn across them) marks them all.
    /// A cell shaded over part of its width (<see cref="TableCell.MarkedAcross"/>) that stands for several printed
    /// titles (a column over a lost rule, a cell merged over chart columns) marks those whose place in it the fill
    /// covers at least half of: a chart prints its titles equally wide.
    /// </summary>
    public IReadOnlyList<int> MarkedMonths(Table table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var marked = new SortedSet<int>();
        foreach (var cell in table.Row(row))
        {
            if (!IsMarked(cell)) continue;
            var columns = Enumerable.Range(cell.Column, cell.ColumnSpan).ToList();
            var titles = columns.Where(Months.ContainsKey).SelectMany(c => PrintedTitles(Months[c], Parts.GetValueOrDefault(c, 1))).ToList();
            // Shares of the cell's width stand for titles only when every column it spans is the chart's.
            var across = columns.All(Months.ContainsKey) ? cell.MarkedAcross : null;
            for (int k = 0; k < titles.Count; k++)
            {
                if (across is { } fill && fill.Covers((double)k / titles.Count, (double)(k + 1) / titles.Count) < MinTitleCover) continue;
                for (int m = titles[k].First; m <= titles[k].Last; m++) marked.Add(m);
            }
        }
        return marked.ToList();
    }

    /// <summary>A fill covering less than this share of a title's place in its cell is a fill of the title beside it.</summary>
    private const double MinTitleCover = 0.5;

    /// <summary>The months of a column's printed titles, left to right: its span cut into as many equal parts (whole when it does not cut evenly).</summary>
    private static IEnumerable<(int First, int Last)> PrintedTitles((int First, int Last) span, int parts)
    {
        int months = span.Last - span.First + 1;
        if (parts <= 1 || months % parts != 0)
        {
            yield return span;
            yield break;
        }
        int width = months / parts;
        for (int k = 0; k < parts; k++) yield return (span.First + k * width, span.First + (k + 1) * width - 1);
    }

    /// <summary>
    /// True when a chart cell holds a mark: the image showed fill or ink in it (<see cref="TableCell.Marked"/>), or it
    /// has text (a tick ✓, a cross, an arrow, a figure). Dots and lone dashes are no mark: OCR reads a speck as a dot,
    /// and a table writes "-" for "none".
    /// </summary>
    public static bool IsMarked(TableCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Marked || cell.Lines.Any(l => l.Any(c => !char.IsWhiteSpace(c) && !NoMarkCharacters.Contains(c)));
    }

    private static readonly HashSet<char> NoMarkCharacters = ['.', ',', '\'', '`', '‘', '’', '"', ':', ';', '_', '~', '-', '–', '—', '|'];

    /// <summary>
    /// The period text of marked fiscal months, from the first to the last, as plans write it with full month names and
    /// BE years (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘): <see cref="PeriodParser"/> reads it into dates. Null without marks or a year.
    /// </summary>
    public static string? PeriodText(IReadOnlyCollection<int> fiscalMonths, int? fiscalYear)
    {
        if (fiscalMonths.Count == 0 || fiscalYear is not { } year) return null;
        // A chart over several years counts its months on from the first year's ตุลาคม (12 = the next year's).
        string Point(int month)
        {
            int fiscalMonth = month % 12, ofYear = year + month / 12;
            return $"{ThaiMonths.FullName((fiscalMonth + 9) % 12 + 1)} {ThaiDigits.ToThai((fiscalMonth < 3 ? ofYear - 1 : ofYear).ToString(System.Globalization.CultureInfo.InvariantCulture))}";
        }
        return $"{Point(fiscalMonths.Min())} - {Point(fiscalMonths.Max())}";
    }

    // ปีงบประมาณ over พ.ศ. over the months: three title rows at the most.
    private const int MaxHeaderRows = 3;

    /// <summary>The fiscal months (first, last) a column title names: a quarter, or a month; null for anything else.</summary>
    public static (int First, int Last)? PeriodOfTitle(string title)
    {
        var key = FuzzyText.Key(title);
        if (key.Length == 0 || key.Length > 24) return null;
        // ไตรมาส ๑ / ไตรมาสที่ ๑ / ไตรม าส ๑ wrapped in a narrow column; OCR may drop the leading ไ.
        if (QuarterTitle().Match(key) is { Success: true } quarter)
        {
            int q = quarter.Groups["q"].Value[0] - '0';
            return ((q - 1) * 3, (q - 1) * 3 + 2);
        }
        // A month alone (ต.ค. / ต.ค. ๖๗ / ตุลาคม), the year it belongs to being printed beside it or above it.
        var letters = new string(ThaiText.Normalize(title).Where(c => !char.IsWhiteSpace(c) && !ThaiDigits.IsDigit(c)).ToArray()).Trim('.', '-');
        if (letters.Length is 0 or > 10 || !ThaiMonths.TryParse(letters, out int month)) return null;
        int fiscalMonth = (month + 2) % 12;
        return (fiscalMonth, fiscalMonth);
    }

    /// <summary>
    /// The fiscal year the chart's headers print: the latest BE year over its columns, one more when that year stands
    /// over ต.ค.-ธ.ค. alone (พ.ศ. ๒๕๖๖ over the first quarter's months, พ.ศ. ๒๕๖๗ over the rest).
    /// </summary>
    private static int? YearOfHeaders(Table table, int rows, IReadOnlyDictionary<int, (int First, int Last)> months)
    {
        int? best = null;
        bool overFirstQuarterOnly = false;
        for (int r = 0; r < rows; r++)
            foreach (var cell in table.Row(r))
            {
                var columns = Enumerable.Range(cell.Column, cell.ColumnSpan).Where(months.ContainsKey).ToList();
                if (columns.Count == 0) continue;
                foreach (Match m in BeYear().Matches(HeaderDigits(cell.Text)))
                {
                    int year = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (best is not null && year <= best) continue;
                    best = year;
                    overFirstQuarterOnly = columns.All(c => months[c].Last < 3);
                }
            }
        return best is { } y && overFirstQuarterOnly ? y + 1 : best;
    }

    [GeneratedRegex(@"^(?:ไ|l)?ตรม(?:า|ๅ)?ส(?:ที)?(?<q>[1-4])(?!\d)")]
    private static partial Regex QuarterTitle();

    [GeneratedRegex(@"(?<!\d)25\d\d(?!\d)")]
    private static partial Regex BeYear();

    /// <summary>
    /// A header's text with its years' Thai digits as Arabic ones, look-alikes read as digits (๖ read ว) and a quote
    /// mark OCR made of a speck between two of them dropped ("๒๕“ว๙" for ๒๕๖๙): no year holds one.
    /// </summary>
    private static string HeaderDigits(string text) =>
        ThaiDigits.ToArabic(DigitLookalikes.Repair(QuoteSpeckInNumber().Replace(text, "")));

    [GeneratedRegex("(?<=[๐-๙ว])[“”\"'‘’`](?=[๐-๙ว])")]
    private static partial Regex QuoteSpeckInNumber();
}
