using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>Grid detection on synthetic binary pages (300 dpi) drawn by <see cref="SyntheticPage"/>.</summary>
public sealed class TableGridDetectorTests
{
    private static readonly int[] Rows = [400, 600, 800, 1000];
    private static readonly int[] Columns = [200, 700, 1200, 1700];

    private static IReadOnlyList<DetectedTable> Detect(SyntheticPage page) => new TableGridDetector().Detect(page.Image);

    [Fact]
    public void Detect_FullGrid_FindsRowsColumnsAndCellBoxes()
    {
        var table = Assert.Single(Detect(new SyntheticPage().Grid(Rows, Columns)));

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(9, table.Cells.Count);
        Assert.Equal(Rows, table.RowLines.Select(l => l.Position));
        Assert.Equal(Columns, table.ColumnLines.Select(l => l.Position));
        var middle = Assert.Single(table.Cells, c => c.Row == 1 && c.Column == 1);
        Assert.Equal(new DocIngest.Core.Content.BoundingBox(700, 600, 500, 200), middle.Box);
        Assert.True(middle.InnerBox.X > 701 && middle.InnerBox.Right < 1199, "inner box excludes the rule pixels");
        Assert.All(table.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
    }

    [Fact]
    public void HoldsText_GridWithInkInMostCells_IsATable()
    {
        var page = new SyntheticPage().Grid(Rows, Columns);
        foreach (int y in Rows.SkipLast(1))
            foreach (int x in Columns.SkipLast(1).Skip(1)) page.Letters(x + 40, y + 60, 6);
        var table = Assert.Single(Detect(page));

        Assert.True(TableGridDetector.HoldsText(table, InkMask.From(page.Image), 300));
    }

    [Fact]
    public void HoldsText_GridOfEmptyBoxesLikeAFlowchart_IsNoTable()
    {
        var page = new SyntheticPage().Grid(Rows, Columns).Letters(240, 460, 6);
        var table = Assert.Single(Detect(page));

        Assert.False(TableGridDetector.HoldsText(table, InkMask.From(page.Image), 300));
    }

    [Fact]
    public void Detect_BrokenFaintRules_StillOneGrid()
    {
        var page = new SyntheticPage();
        // Every rule has breaks (scanner drop-outs) up to 25 px long.
        foreach (int y in Rows) page.HorizontalRule(y, 200, 1701, 2, (300, 320), (900, 925), (1400, 1410));
        foreach (int x in Columns) page.VerticalRule(x, 400, 1001, 2, (450, 470), (700, 712), (900, 925));

        var table = Assert.Single(Detect(page));

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.All(table.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
    }

    [Fact]
    public void Detect_ThickRules_MergedToOneCentreLine()
    {
        var table = Assert.Single(Detect(new SyntheticPage().Grid(Rows, Columns, thickness: 9)));

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.All(table.RowLines.Zip(Rows), p => Assert.InRange(p.First.Position, p.Second - 1, p.Second + 1));
        Assert.All(table.RowLines, l => Assert.InRange(l.Thickness, 8, 10));
        var cell = table.Cells[0];
        Assert.True(cell.InnerBox.Y > Rows[0] + 4, "inner box starts below the thick rule");
    }

    [Fact]
    public void Detect_MissingRuleSegments_GivesRowAndColumnSpans()
    {
        var page = new SyntheticPage();
        // Row line 600 is missing under column 0 (cell (0,0) spans two rows);
        // column line 1200 is missing in row 2 (cell (2,1) spans two columns).
        page.HorizontalRule(400, 200, 1701).HorizontalRule(600, 700, 1701).HorizontalRule(800, 200, 1701).HorizontalRule(1000, 200, 1701);
        page.VerticalRule(200, 400, 1001).VerticalRule(700, 400, 1001).VerticalRule(1200, 400, 801).VerticalRule(1700, 400, 1001);

        var table = Assert.Single(Detect(page));

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(7, table.Cells.Count);
        var tall = Assert.Single(table.Cells, c => c.Row == 0 && c.Column == 0);
        Assert.Equal((2, 1), (tall.RowSpan, tall.ColumnSpan));
        var wide = Assert.Single(table.Cells, c => c.Row == 2 && c.Column == 1);
        Assert.Equal((1, 2), (wide.RowSpan, wide.ColumnSpan));
        Assert.Equal(1000, wide.Box.Width);
    }

    [Fact]
    public void Detect_GlyphStrokesInOneLineRows_NotColumnLines()
    {
        // Two columns; the right cell spans rows 1-4 (the row rules stop at the column line). One-line rows are 80 px
        // high, and the stems of tall Thai letters in them are 60-70 px: one touches the rule above, one the rule
        // below, one runs from just under a rule across the next one into the row below.
        var page = new SyntheticPage();
        page.HorizontalRule(400, 200, 1701).HorizontalRule(480, 200, 1701);
        foreach (int y in new[] { 560, 640, 720 }) page.HorizontalRule(y, 200, 901);
        page.HorizontalRule(800, 200, 1701);
        page.VerticalRule(200, 400, 801).VerticalRule(900, 400, 801).VerticalRule(1700, 400, 801);
        page.VerticalRule(350, 398, 465);    // header glyph stem touching the top rule
        page.VerticalRule(520, 495, 562);    // stem touching the rule below its line
        page.VerticalRule(640, 566, 700);    // two stems chained across the rule at 640
        page.VerticalRule(1300, 575, 640);   // a stem in the merged right cell

        var table = Assert.Single(Detect(page));

        Assert.Equal([200, 900, 1700], table.ColumnLines.Select(l => l.Position));
        Assert.Equal(5, table.RowCount);
        var merged = Assert.Single(table.Cells, c => c.Row == 1 && c.Column == 1);
        Assert.Equal((4, 1), (merged.RowSpan, merged.ColumnSpan));
        Assert.Equal(7, table.Cells.Count);
    }

    [Fact]
    public void Detect_NoBottomRule_AddsOpenBottomRow()
    {
        var page = new SyntheticPage();
        // The table runs off the bottom of the page: vertical rules go to the edge, the last row has no bottom rule.
        foreach (int y in new[] { 2000, 2200 }) page.HorizontalRule(y, 200, 1701);
        foreach (int x in Columns) page.VerticalRule(x, 2000, 2600);

        var table = Assert.Single(Detect(page));

        Assert.True(table.OpenBottom);
        Assert.False(table.OpenTop);
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.True(table.RowLines[^1].IsVirtual);
        Assert.InRange(table.RowLines[^1].Position, 2590, 2600);
    }

    [Fact]
    public void Detect_StemsOfTheLineUnderTheTable_DoNotOpenItsBottom()
    {
        // order-nonsaat-2567: the line printed just under the table has tall letters whose marks touch the bottom rule,
        // so two stems run from that rule 90 px down; they had opened the table into that line.
        var page = new SyntheticPage();
        foreach (int y in new[] { 400, 600, 800 }) page.HorizontalRule(y, 200, 1701);
        foreach (int x in Columns) page.VerticalRule(x, 400, 801);
        page.VerticalRule(1000, 799, 890).VerticalRule(1130, 800, 890);

        var table = Assert.Single(Detect(page));

        Assert.False(table.OpenBottom);
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(800, table.RowLines[^1].Position);
    }

    [Fact]
    public void Detect_VerticalRulesWithoutAnyHorizontal_NoTable()
    {
        // A page without one horizontal rule stops before the vertical search: columns alone make no grid.
        var page = new SyntheticPage();
        foreach (int x in Columns) page.VerticalRule(x, 400, 1000);

        Assert.Empty(Detect(page));
    }

    [Fact]
    public void Detect_ShortRulesCrossedLikeAnEmblem_NoTable()
    {
        // A cover page's emblem and a word's strokes give horizontal rules, none as long as a table is wide.
        var page = new SyntheticPage();
        foreach (int y in new[] { 400, 480, 560 }) page.HorizontalRule(y, 1200, 1360);
        foreach (int x in new[] { 1200, 1280, 1359 }) page.VerticalRule(x, 400, 561);

        Assert.Empty(Detect(page));
    }

    [Fact]
    public void CanSpanTable_ShortRulesApart_False()
    {
        var detector = new TableGridDetector();
        RuleSegment[] rules = [Rule(400, 1200, 1360), Rule(480, 1196, 1361), Rule(1520, 1680, 1911)];

        Assert.False(detector.CanSpanTable(rules, 300));
    }

    [Fact]
    public void CanSpanTable_ShortRulesJoinedWithinTheTolerance_True()
    {
        // Two pieces under an inch each, in different rows, overlapping only by the join tolerance: a vertical rule
        // crossing both could make them one table 1.2 inch wide.
        var detector = new TableGridDetector();
        RuleSegment[] rules = [Rule(400, 200, 420), Rule(600, 440, 560)];

        Assert.True(detector.CanSpanTable(rules, 300));
    }

    [Fact]
    public void CanSpanTable_OneRuleAsWideAsATable_True()
    {
        Assert.True(new TableGridDetector().CanSpanTable([Rule(400, 200, 500)], 300));
    }

    private static RuleSegment Rule(int y, int start, int end) => new(y, start, end, 3, [new RuleSpan(start, end)]);

    [Fact]
    public void Detect_OneRuleWithStrokesHangingFromIt_NoTableAndNoCrash()
    {
        // A rule with strokes hanging from it leaves a grid of one row line, whose border test then ran over an empty
        // column list: an ArgumentOutOfRangeException that stopped a whole file (bundle-kampang-2564 in eval).
        var page = new SyntheticPage();
        page.HorizontalRule(1000, 200, 1701);
        foreach (int x in Columns) page.VerticalRule(x, 1000, 1090);

        Assert.Empty(Detect(page));
    }

    [Fact]
    public void Detect_NoSideBorders_AddsVirtualOuterColumns()
    {
        var page = new SyntheticPage();
        foreach (int y in Rows) page.HorizontalRule(y, 200, 1701);
        foreach (int x in new[] { 700, 1200 }) page.VerticalRule(x, 400, 1001);

        var table = Assert.Single(Detect(page));

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.True(table.ColumnLines[0].IsVirtual && table.ColumnLines[^1].IsVirtual);
        Assert.InRange(table.ColumnLines[0].Position, 199, 201);
        Assert.False(table.OpenTop || table.OpenBottom);
    }

    [Fact]
    public void Detect_DottedLeadersAndUnderlines_AreNotRules()
    {
        var page = new SyntheticPage();
        page.DottedLeader(150, 200, 1700);                  // ส่วนราชการ.............
        page.DottedLeader(250, 200, 1700, dot: 3, pitch: 8);
        page.HorizontalRule(330, 400, 900);                  // an underlined title, no vertical rules
        page.Grid(Rows, Columns);
        page.DottedLeader(500, 250, 650);                    // leaders inside a cell
        page.HorizontalRule(720, 750, 1000);                 // an underline inside a cell, not reaching a column line

        var table = Assert.Single(Detect(page));

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(Rows, table.RowLines.Select(l => l.Position));
    }

    [Fact]
    public void Detect_TextLikeBlobsAndSingleBox_NoTable()
    {
        var page = new SyntheticPage();
        for (int x = 200; x < 1700; x += 30) page.Box(x, 300, 22, 40);   // a line of "glyphs"
        page.HorizontalRule(500, 200, 1700).HorizontalRule(900, 200, 1700); // a framed box: one cell is no table
        page.VerticalRule(200, 500, 901).VerticalRule(1700, 500, 901);

        Assert.Empty(Detect(page));
    }

    [Fact]
    public void Detect_TinyCrossedStrokes_NoTable()
    {
        // A small emblem-like cross-hatch: a 3x3 "grid" only 0.6 inch wide.
        var page = new SyntheticPage().Grid([300, 360, 420, 480], [300, 360, 420, 480]);

        Assert.Empty(Detect(page));
    }

    [Fact]
    public void Detect_FilledArea_IsNotARule()
    {
        var page = new SyntheticPage().Grid(Rows, Columns);
        page.Box(200, 1200, 1500, 60); // a black bar (stamp, shaded band) below the table

        var table = Assert.Single(Detect(page));

        Assert.Equal(Rows.Length, table.RowLines.Count);
    }

    [Fact]
    public void Detect_TwoSeparateTables_ReturnedTopToBottom()
    {
        var page = new SyntheticPage().Grid([1500, 1700, 1900], Columns).Grid(Rows, [200, 900, 1700]);

        var tables = Detect(page);

        Assert.Equal(2, tables.Count);
        Assert.Equal(400, tables[0].Box.Y);
        Assert.Equal(1500, tables[1].Box.Y);
    }
}
