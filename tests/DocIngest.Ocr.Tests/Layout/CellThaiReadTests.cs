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

    [Fact]
    public void Read_ThaiReadingWithoutLatin_KeptAndPageEngineNotCalled()
    {
        var (gray, binary, cell) = InkedCell();
        using var page = new FixedRecognizer("page engine");
        using var thai = new FixedRecognizer("ร้อยละ ๘๐");
        var stages = new ChangeLog();

        var reading = Cells(page, thai, []).Read(gray, binary, cell, stages);

        Assert.Equal("ร้อยละ ๘๐", Assert.Single(reading.Lines).Text);
        Assert.Equal(0, page.Calls);
        Assert.Contains(PageStages.CellThaiRead, stages.Changes);
    }

    [Fact]
    public void Read_ThaiReadingWithLatinSigns_ReadAgainByThePageEngine()
    {
        var (gray, binary, cell) = InkedCell();
        using var page = new FixedRecognizer("ITA");
        using var thai = new FixedRecognizer("|!โ/,");
        var stages = new ChangeLog();

        var reading = Cells(page, thai, []).Read(gray, binary, cell, stages);

        Assert.Equal("ITA", Assert.Single(reading.Lines).Text);
        Assert.Equal(1, page.Calls);
        Assert.DoesNotContain(PageStages.CellThaiRead, stages.Changes);
    }

    [Fact]
    public void Read_ThaiReadingOneShortToken_ReadAgainByThePageEngine()
    {
        var (gray, binary, cell) = InkedCell();
        using var page = new FixedRecognizer("g");
        using var thai = new FixedRecognizer("ด");

        var reading = Cells(page, thai, []).Read(gray, binary, cell, StageRecorder.None);

        Assert.Equal("g", Assert.Single(reading.Lines).Text);
        Assert.Equal((1, 1), (page.Calls, thai.Calls));
    }

    [Fact]
    public void Read_PassOff_OnlyThePageEngineReads()
    {
        var (gray, binary, cell) = InkedCell();
        using var page = new FixedRecognizer("ร้อยละ ๘๐");
        using var thai = new FixedRecognizer("ร้อยละ ๘๐");

        Cells(page, thai, [PageStages.CellThaiRead]).Read(gray, binary, cell, StageRecorder.None);

        Assert.Equal((1, 0), (page.Calls, thai.Calls));
    }

    /// <summary>Cells read with every later pass off, so only the first read decides the text.</summary>
    private static CellRecognizer Cells(ITextRecognizer page, ITextRecognizer thai, string[] alsoOff) =>
        new(page, new RecognizedLineCleaner([]), switches: new PagePassSwitches(
            [PageStages.OneLineCells, PageStages.CellReread, PageStages.CellLostMarks, PageStages.CellLatinWords, PageStages.NoiseLines, PageStages.DetachedMarks, .. alsoOff]),
            latinFree: thai);

    /// <summary>A white 300 x 100 page with a block of ink inside one cell.</summary>
    private static (GrayImage Gray, GrayImage Binary, GridCell Cell) InkedCell()
    {
        var gray = new GrayImage(300, 100);
        gray.Pixels.AsSpan().Fill(255);
        for (int y = 40; y < 60; y++)
            for (int x = 100; x < 160; x++) gray[x, y] = 0;
        var binary = new GrayImage(300, 100, (byte[])gray.Pixels.Clone());
        return (gray, binary, new GridCell(0, 0, 1, 1, new BoundingBox(0, 0, 300, 100), new BoundingBox(5, 5, 290, 90)));
    }

    private static RecognizedLine Line(string text) => new(text, new BoundingBox(0, 0, 100, 30), 0.9, []);

    private sealed class FixedRecognizer(string text) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [new RecognizedLine(text, new BoundingBox(20, 20, 60, 30), 0.95, [])];
        }

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
