using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// A plan's period printed as a Gantt chart: a group of columns, each titled with a quarter (ไตรมาส ๑ … ๔) or a month
/// (ต.ค. … ก.ย.) of the fiscal year, in which the months a row's project runs are shaded, ticked or crossed by an arrow
/// instead of written. The row's period is the span from its first marked column's first month to its last marked
/// column's last month.
/// </summary>
/// <param name="Months">Per grid column of the chart: the first and last fiscal month it stands for (0 = ตุลาคม … 11 = กันยายน).</param>
/// <param name="FiscalYear">The BE fiscal year the chart's headers print, or null when they print none.</param>
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
        if (months.Count < MinColumns) return null;
        FillMisreadTitles(table, rows, months);
        return new GanttTimeline(months, YearOfHeaders(table, rows, months));
    }

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
        for (int c = months.Keys.Min() + 1; c < months.Keys.Max(); c++)
        {
            if (months.ContainsKey(c) || table.CellAt(rows - 1, c) is not { ColumnSpan: 1 }) continue;
            int index = c + offsets[0];
            months[c] = (index * width, index * width + width - 1);
        }
    }

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
    /// </summary>
    public IReadOnlyList<int> MarkedMonths(Table table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var marked = new SortedSet<int>();
        foreach (var cell in table.Row(row))
        {
            if (!IsMarked(cell)) continue;
            for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                if (Months.TryGetValue(c, out var span))
                    for (int m = span.First; m <= span.Last; m++) marked.Add(m);
        }
        return marked.ToList();
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
        string Point(int fiscalMonth) =>
            $"{ThaiMonths.FullName((fiscalMonth + 9) % 12 + 1)} {ThaiDigits.ToThai((fiscalMonth < 3 ? year - 1 : year).ToString(System.Globalization.CultureInfo.InvariantCulture))}";
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
                foreach (Match m in BeYear().Matches(ThaiDigits.ToArabic(cell.Text)))
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
}
