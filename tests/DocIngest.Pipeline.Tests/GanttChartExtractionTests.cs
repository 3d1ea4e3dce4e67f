using DocIngest.Ocr.Timing;

namespace DocIngest.Pipeline.Tests;

/// <summary>
/// A rendered plan whose period is a Gantt chart of shaded quarter cells (eval/documents-tune's
/// gantt24-quarters-shaded-2568, a gray scan at a slant): the shading is seen on the page as scanned and read as the
/// projects' periods; without the cell-marks pass the cells are blank and the periods unknown.
/// </summary>
public sealed class GanttChartExtractionTests
{
    private static readonly string GanttPlan = Path.Combine(RepoRoot(), "eval", "documents-tune", "gantt24-quarters-shaded-2568.tif");

    [Fact]
    public void Extract_ShadedQuarterCells_AreTheProjectsPeriods()
    {
        var options = new ExtractionOptions { Workers = 1 };
        using var pipeline = new ExtractionPipeline(options, DefaultEngines.Create(options));

        var result = pipeline.Extract(GanttPlan);
        var measures = Assert.Single(result.Documents).Measures;

        Assert.Equal(6, measures.Count);
        // The result keeps which cells the image marked, so stored results parse again to the same periods.
        Assert.Contains(result.Pages.SelectMany(p => p.Tables ?? []).SelectMany(t => t.Cells), c => c.Marked == true);
        // The second project runs in the second quarter, the fourth in the second half of the fiscal year 2568.
        Assert.Equal(("2025-01-01", "2025-03-31"), (measures[1].Period?.Start, measures[1].Period?.End));
        Assert.Equal(("2025-04-01", "2025-09-30"), (measures[3].Period?.Start, measures[3].Period?.End));
    }

    [Fact]
    public void Extract_WithoutCellMarks_PeriodsUnknownAndProjectsStillRead()
    {
        var options = new ExtractionOptions { Workers = 1, WithoutPasses = new HashSet<string> { PageStages.CellMarks } };
        using var pipeline = new ExtractionPipeline(options, DefaultEngines.Create(options));

        var measures = Assert.Single(pipeline.Extract(GanttPlan).Documents).Measures;

        Assert.Equal(6, measures.Count);
        Assert.All(measures, m => Assert.Null(m.Period));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
