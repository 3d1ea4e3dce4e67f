using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellThaiReadTests
{
    [Theory]
    [InlineData("มาตรการป้องกันการทุจริต", true)]
    [InlineData("๑,๒๓๔,๕๖๗.๘๙", true)]
    [InlineData("ปี 2563 (ร้อยละ 80)", true)]
    [InlineData("๑. ส่งเสริม - ๓/๒๕๖๖", true)]
    [InlineData("การประเมิน ITA", false)] // a Latin word
    [InlineData("|!โ/,", false)] // "ITA" as the Thai model reads it: signs no Thai cell holds
    [InlineData("การส่งเสริม (6ทา๐หอ๕อก)", false)] // a Latin term read as a jumble of scripts
    [InlineData("อีเมล์ saraban@moi.go.th", false)]
    [InlineData("ที่เสริมพลัง (ก็กา๐เพล๕๓ทาลท))", false)] // "(Empowerment)" as the Thai model reads it
    [InlineData("ปีงบประมาณ๒๕๖๒ขับเคลื่อน", true)] // a year glued to the words around it
    [InlineData("เขต ๖ ระยอง", true)]
    public void ShowsNoLatin_OneLine_Expected(string text, bool expected) =>
        Assert.Equal(expected, CellThaiRead.ShowsNoLatin([Line(text)]));

    [Theory]
    [InlineData("ด", false)] // a lone ๗, which the Thai model cannot write
    [InlineData("รวม", false)]
    [InlineData("๑๒", true)]
    [InlineData("2563", true)]
    [InlineData("ร้อยละ ๘๐", true)]
    [InlineData("ยุทธศาสตร์", true)]
    [InlineData("ITA", false)]
    public void KeepsThaiReading_OneLine_Expected(string text, bool expected) =>
        Assert.Equal(expected, CellThaiRead.KeepsThaiReading([Line(text)]));

    [Fact]
    public void KeepsThaiReading_TwoShortLines_True() => Assert.True(CellThaiRead.KeepsThaiReading([Line("ด"), Line("รวม")]));

    [Fact]
    public void ShowsNoLatin_NoLine_False() => Assert.False(CellThaiRead.ShowsNoLatin([]));

    [Fact]
    public void ShowsNoLatin_OneLineOfTwoWithLatin_False() =>
        Assert.False(CellThaiRead.ShowsNoLatin([Line("ระดับความสำเร็จ"), Line("(Baseline)")]));

    [Theory]
    [InlineData("ลำดับ", true)]
    [InlineData("วงเงินที่จ่าย (บาท)", true)]
    [InlineData("คะแนนที่ได้", false)]
    [InlineData("คะแนแน", false)] // คะแนน garbled past its first letters
    [InlineData("ระดับผลการ\nประเมิน", false)]
    [InlineData("ตัวชีวัด", false)] // ตัวชี้วัด without its tone mark
    [InlineData("แบบวัด", false)]
    [InlineData("ขั้นตอนการดำเนิน fs", false)]
    public void HeadingsAllowThaiRead_OneHeading_Expected(string heading, bool expected) =>
        Assert.Equal(expected, CellThaiRead.HeadingsAllowThaiRead(["รายการ", heading]));

    [Theory]
    [InlineData("๑,๒๓๔,๕๖๗.๘๙", true)]
    [InlineData("คะแนนรวม", false)] // a row's label
    [InlineData("ระดับผลการประเมิน", false)]
    [InlineData("กำหนดให้สถานศึกษาทุกระดับ\nของหน่วยงาน", true)] // a plan's text, not a label
    [InlineData("พัฒนาแนวทางการประเมินองค์กรคุณธรรมอย่างเป็นรูปธรรม", true)] // one line, but longer than a label
    [InlineData("IIT", false)]
    [InlineData("W.FT. ๒๕๖๔", false)]
    public void CellsAllowThaiRead_OneCell_Expected(string cell, bool expected) =>
        Assert.Equal(expected, CellThaiRead.CellsAllowThaiRead(["ลำดับ", "๑", cell]));

    [Fact]
    public void ReadTable_ThaiTable_BodyKeptFromTheThaiEngine()
    {
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(2);
        using var page = new QueuedRecognizer("ลำดับ");
        using var thai = new QueuedRecognizer("ร้อยละ ๘๐");
        var stages = new ChangeLog();

        var readings = Cells(page, thai, []).ReadTable(gray, binary, cells, stages);

        Assert.Equal(["ลำดับ", "ร้อยละ ๘๐"], readings.Select(r => Assert.Single(r.Lines).Text));
        Assert.Equal((1, 1), (page.Calls, thai.Calls));
        Assert.Contains(PageStages.CellThaiRead, stages.Changes);
    }

    [Fact]
    public void ReadTable_TopRowNamesScores_BodyReadByThePageEngineOnly()
    {
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(2);
        using var page = new QueuedRecognizer("คะแนน", "IIT");
        using var thai = new QueuedRecognizer("111");
        var stages = new ChangeLog();

        var readings = Cells(page, thai, []).ReadTable(gray, binary, cells, stages);

        Assert.Equal("IIT", Assert.Single(readings[1].Lines).Text);
        Assert.Equal((2, 0), (page.Calls, thai.Calls));
        Assert.DoesNotContain(PageStages.CellThaiRead, stages.Changes);
    }

    [Fact]
    public void ReadTable_LatinInAnotherCell_ThaiReadingsReadAgainByThePageEngine()
    {
        // "IIT" read "111" by the Thai model passes every test of its own text; the "ITA" below it shows the table's Latin.
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(3);
        using var page = new QueuedRecognizer("ลำดับ", "ITA", "IIT");
        using var thai = new QueuedRecognizer("111", "|!โ/,");
        var stages = new ChangeLog();

        var readings = Cells(page, thai, []).ReadTable(gray, binary, cells, stages);

        Assert.Equal(["ลำดับ", "IIT", "ITA"], readings.Select(r => Assert.Single(r.Lines).Text));
        Assert.Equal((3, 2), (page.Calls, thai.Calls));
        Assert.DoesNotContain(PageStages.CellThaiRead, stages.Changes);
    }

    [Fact]
    public void ReadTable_LatinInTheFirstBodyCell_LaterCellsReadByThePageEngineOnly()
    {
        // Once "ITA" has closed the table, the Thai reads of the cells below it would be read again by the page's engine
        // and thrown away: they are not made.
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(4);
        using var page = new QueuedRecognizer("ลำดับ", "ITA", "ร้อยละ ๘๐", "IIT");
        using var thai = new QueuedRecognizer("|!โ/,");
        var stages = new ChangeLog();

        var readings = Cells(page, thai, []).ReadTable(gray, binary, cells, stages);

        Assert.Equal(["ลำดับ", "ITA", "ร้อยละ ๘๐", "IIT"], readings.Select(r => Assert.Single(r.Lines).Text));
        Assert.Equal((4, 1), (page.Calls, thai.Calls));
        Assert.DoesNotContain(PageStages.CellThaiRead, stages.Changes);
    }

    [Fact]
    public void ReadTable_ScoreLabelInTheBody_ThaiReadingsReadAgainByThePageEngine()
    {
        // A table of scores by year: its headings are years, its row labels name the scores.
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(3);
        using var page = new QueuedRecognizer("ปี ๒๕๖๖", "8", "คะแนนรวม");
        using var thai = new QueuedRecognizer("8", "คะแนนรวม");

        var readings = Cells(page, thai, []).ReadTable(gray, binary, cells, StageRecorder.None);

        Assert.Equal(["ปี ๒๕๖๖", "8", "คะแนนรวม"], readings.Select(r => Assert.Single(r.Lines).Text));
        Assert.Equal((3, 2), (page.Calls, thai.Calls));
    }

    [Fact]
    public void ReadTable_ThaiReadingOneShortToken_ReadAgainByThePageEngine()
    {
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(2);
        using var page = new QueuedRecognizer("ที่", "๗");
        using var thai = new QueuedRecognizer("ด");

        var readings = Cells(page, thai, []).ReadTable(gray, binary, cells, StageRecorder.None);

        Assert.Equal("๗", Assert.Single(readings[1].Lines).Text);
        Assert.Equal((2, 1), (page.Calls, thai.Calls));
    }

    [Fact]
    public void ReadTable_PassOff_OnlyThePageEngineReads()
    {
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(2);
        using var page = new QueuedRecognizer("ลำดับ", "ร้อยละ ๘๐");
        using var thai = new QueuedRecognizer("ร้อยละ ๘๐");

        Cells(page, thai, [PageStages.CellThaiRead]).ReadTable(gray, binary, cells, StageRecorder.None);

        Assert.Equal((2, 0), (page.Calls, thai.Calls));
    }

    [Fact]
    public void Read_OneCellOutsideATable_OnlyThePageEngineReads()
    {
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(1);
        using var page = new QueuedRecognizer("ร้อยละ ๘๐");
        using var thai = new QueuedRecognizer("ร้อยละ ๘๐");

        Cells(page, thai, []).Read(gray, binary, cells[0], StageRecorder.None);

        Assert.Equal((1, 0), (page.Calls, thai.Calls));
    }

    /// <summary>Cells read with every later pass off, so only the first reads decide the text.</summary>
    private static CellRecognizer Cells(ITextRecognizer page, ITextRecognizer thai, string[] alsoOff) =>
        new(page, new RecognizedLineCleaner([]), switches: new PagePassSwitches(
            [PageStages.OneLineCells, PageStages.CellReread, PageStages.CellLostMarks, PageStages.CellLatinWords, PageStages.NoiseLines, PageStages.DetachedMarks,
             PageStages.CellNumbers, PageStages.CellDigitScript, PageStages.CellScores, PageStages.CellAmounts, .. alsoOff]),
            latinFree: thai);

    private static RecognizedLine Line(string text) => new(text, new BoundingBox(0, 0, 100, 30), 0.9, []);

    /// <summary>Answers each read with the next of its texts, in order.</summary>
    private sealed class QueuedRecognizer(params string[] texts) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode) =>
            [new RecognizedLine(texts[Calls++], new BoundingBox(20, 20, 60, 30), 0.95, [])];

        public void Dispose() { }
    }

    private sealed class ChangeLog : IStageRecorder
    {
        public List<string> Changes { get; } = [];

        public void Enter(string stage) { }

        public void Exit() { }

        public void RecordOcrCall(TimeSpan elapsed) { }

        public void RecordChange(string stage) => Changes.Add(stage);
    }
}
