using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class TallLineRereaderTests
{
    private static RecognizedLine Line(string text, int y, int height) => new(text, new BoundingBox(355, y, 2900, height), 0.92, []);

    // measures-khokkhon-2566 page 1: the middle line's box took in marks of both neighbours.
    private static readonly RecognizedLine[] Paragraph =
    [
        Line("จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ", 337, 99),
        Line("พ.ศ, ๒๕๒๕ บ้ามาตู่ข้อเสนอแนะในการกำหน่ดุมาตรการในการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วย", 384, 169),
        Line("งานของ องค์การบริหารส่วนตำบลโคกคอน ดังนี้", 495, 78),
        Line("มาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลโคกคอน", 174, 100),
    ];

    [Fact]
    public void Apply_TallLineReadBetterAlone_ReplacedWithBoxBetweenItsNeighbours()
    {
        var recognizer = new ScriptedRecognizer("พ.ศ. ๒๕๖๕ นำมาสู่ข้อเสนอแนะในการกำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วย");

        var lines = TallLineRereader.Apply(Paragraph, new GrayImage(3500, 2500), recognizer);

        Assert.Equal(1, recognizer.Calls);
        Assert.StartsWith("พ.ศ. ๒๕๖๕ นำมาสู่", lines[1].Text, StringComparison.Ordinal);
        Assert.Equal((436, 495), (lines[1].Box.Y, lines[1].Box.Bottom));
        Assert.Same(Paragraph[0], lines[0]);
    }

    [Fact]
    public void Apply_RereadWithFewerWords_KeepsFirstReading()
    {
        var recognizer = new ScriptedRecognizer("พ.ศ, ๒๕๒๕ บ้ามาตู่ข้อเสนอแนะในกๅรกำหน่ดุมๅตรกๅรในกๅรส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วย");

        var lines = TallLineRereader.Apply(Paragraph, new GrayImage(3500, 2500), recognizer);

        Assert.Same(Paragraph, lines);
    }

    [Theory]
    [InlineData("พ.ศ, ๒๕๒๕ บ้ามาตู่ข้อเสนอแนะในการกำหน่ดุมาตรการ", "พ.ศ. ๒๕๖๕ นำมาสู่ข้อเสนอแนะในการกำหนดมาตรการ", true)]
    [InlineData("พ.ศ, ๒๕๒๕ บ้ามาตู่ข้อเสนอแนะ", "นำมาสู่", false)] // much shorter: ink was lost
    [InlineData("ข้อเสนอแนะในการกำหนดมาตรการ", "ข้อเสนอแนะในการกำหนดมาตรการ", false)]
    public void IsBetter_Readings_AsExpected(string first, string reread, bool expected) =>
        Assert.Equal(expected, TallLineRereader.IsBetter(first, reread));

    private sealed class ScriptedRecognizer(string text) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [new RecognizedLine(text, new BoundingBox(0, 0, image.Width, image.Height), 0.94, [])];
        }

        public void Dispose() { }
    }
}
