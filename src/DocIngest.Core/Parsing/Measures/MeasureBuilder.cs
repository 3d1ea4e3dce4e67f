using DocIngest.Core.Extraction;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>Turns a collected <see cref="MeasureDraft"/> into a <see cref="Measure"/>: title, numbered steps, canonical units, period.</summary>
internal static class MeasureBuilder
{
    /// <summary>The measure, or null (with a warning) when the draft has no title.</summary>
    public static Measure? Build(MeasureDraft draft, int? fiscalYear, ICollection<string> warnings)
    {
        var titleLines = draft.LinesOf(ColumnRole.Measure);
        var stepChunks = draft.ChunksOf(ColumnRole.Steps);
        // A title cell that lists the measure's activities after its lead-in (… ได้แก่ / ๘.๑ … / ๘.๒ …) holds the
        // steps a steps column would: the lead-in is the title, the listed items the steps.
        if (stepChunks.Count == 0 && CellItemSplitter.SplitListedItems(titleLines) is { } listed)
            (titleLines, stepChunks) = (listed.LeadIn, [listed.Items]);
        var (prefixNumber, title) = ReadTitle(titleLines, draft.Number);
        int? number = draft.Number ?? prefixNumber;
        if (string.IsNullOrWhiteSpace(title))
        {
            warnings.Add($"page {draft.Page}: measure row{(number is { } n ? $" {n}" : "")} has no title; skipped");
            return null;
        }

        var periodText = string.Join(' ', draft.LinesOf(ColumnRole.Period));
        // A period printed as a Gantt chart is the span of the months it marks.
        if (periodText.Trim().Length == 0)
            periodText = GanttTimeline.PeriodText(draft.MarkedMonths, draft.TimelineFiscalYear ?? fiscalYear) ?? "";
        var period = PeriodParser.Parse(periodText, fiscalYear);
        if (period is { Start: null })
            warnings.Add($"page {draft.Page}: period '{period.Text}' of measure '{Shorten(title)}' could not be read as dates");

        return new Measure
        {
            Number = number,
            Title = title,
            Steps = CellItemSplitter.SplitSteps(stepChunks, draft.LinesAreParagraphs, WrapJoin.ThaiAware),
            Responsible = ResponsibleUnitNormalizer.NormalizeAll(
                CellItemSplitter.SplitChunks(draft.ChunksOf(ColumnRole.Responsible), draft.LinesAreParagraphs, WrapJoin.Space)),
            Period = period,
            Progress = CellItemSplitter.JoinItems(draft.ChunksOf(ColumnRole.Progress), draft.LinesAreParagraphs),
            FollowUp = CellItemSplitter.JoinItems(draft.ChunksOf(ColumnRole.FollowUp), draft.LinesAreParagraphs),
            Page = draft.Page,
        };
    }

    /// <summary>The title as one line (wraps joined) and the number printed before it, if any.</summary>
    /// <param name="lines">The title cell's lines.</param>
    /// <param name="known">The number the row was read as, whose marker OCR may have garbled before the title.</param>
    private static (int? Number, string Title) ReadTitle(IReadOnlyList<string> lines, int? known)
    {
        var joined = CellItemSplitter.JoinWrapped(lines, WrapJoin.ThaiAware);
        var (number, rest) = MeasureNumberReader.SplitTitle(joined, known);
        return (number, CellItemSplitter.StripMarker(rest));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
