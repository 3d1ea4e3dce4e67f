using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>A Gantt row drawn on grey paper: four month cells, the second and third shaded, beside a cell of text-like strokes.</summary>
public class CellMarksTests
{
    private const int CellWidth = 120, CellHeight = 90, Top = 200, Left = 100;

    private static GrayImage GanttRow(byte paper, byte fill)
    {
        var page = new GrayImage(800, 500);
        Array.Fill(page.Pixels, paper);
        // A title cell: a few dark strokes on paper, as text is.
        for (int y = Top + 30; y < Top + 60; y += 6)
            for (int x = Left + 10; x < Left + CellWidth - 10; x++) page[x, y] = 30;
        foreach (int month in new[] { 2, 3 })
            for (int y = Top; y < Top + CellHeight; y++)
                for (int x = Left + month * CellWidth; x < Left + (month + 1) * CellWidth; x++) page[x, y] = fill;
        return page;
    }

    private static List<BoundingBox> Boxes() =>
        Enumerable.Range(0, 5).Select(c => new BoundingBox(Left + c * CellWidth, Top, CellWidth, CellHeight)).ToList();

    [Fact]
    public void Filled_ShadedCellsOnGreyPaper_OnlyTheShadedAreFilled()
    {
        var filled = new CellMarks(GanttRow(paper: 215, fill: 130), rotation: 0).Filled(Boxes());

        Assert.Equal([false, false, true, true, false], filled);
    }

    [Fact]
    public void Filled_PageTurnedStraight_ReadsTheCellsWhereTheScanHadThem()
    {
        var scanned = ImageRotator.Rotate(GanttRow(paper: 240, fill: 140), -1.5);

        // The recogniser's boxes are on the page turned back by 1.5 degrees: where the cells were drawn.
        var filled = new CellMarks(scanned, rotation: 1.5).Filled(Boxes());

        Assert.Equal([false, false, true, true, false], filled);
    }

    [Fact]
    public void Fills_CellOverTwoColumnsShadedOverItsRightHalf_FillCoversThatHalf()
    {
        // The grid lost the rule between months 2 and 3: one box over both, the fill drawn over month 3 only.
        var page = GanttRow(paper: 235, fill: 120);
        for (int y = Top; y < Top + CellHeight; y++)
            for (int x = Left + 2 * CellWidth; x < Left + 3 * CellWidth; x++) page[x, y] = 235;
        var boxes = Boxes().Take(2).Append(new BoundingBox(Left + 2 * CellWidth, Top, 2 * CellWidth, CellHeight)).Append(Boxes()[4]).ToList();

        var fills = new CellMarks(page, rotation: 0).Fills(boxes);

        Assert.Null(fills[1]);
        var across = Assert.NotNull(fills[2]);
        Assert.InRange(across.From, 0.45, 0.55);
        Assert.InRange(across.To, 0.95, 1.0);
    }

    [Fact]
    public void Filled_NoShading_NothingFilled()
    {
        var filled = new CellMarks(GanttRow(paper: 230, fill: 230), rotation: 0).Filled(Boxes());

        Assert.DoesNotContain(true, filled);
    }
}
