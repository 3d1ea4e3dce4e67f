using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static DocIngest.Pipeline.Tests.TestSupport.TestDocx;

namespace DocIngest.Pipeline.Tests.Loading.Docx;

/// <summary>Word's automatic list numbers, printed but held only in numbering.xml, through the DOCX loader.</summary>
public class DocxListNumberingTests
{
    private static IReadOnlyList<string> Lines(byte[] docx) =>
        new DocxLoader(new ExtractionOptions()).Load(new SourceFile("test.docx", docx), CancellationToken.None)
            .Pages.Select(p => Assert.IsType<ContentSourcePage>(p).Content)
            .SelectMany(p => p.Blocks).SelectMany(b => b.Text.Split('\n')).ToList();

    [Fact]
    public void Load_ThaiNumberedMeasuresWithSteps_LabelsAsPrinted()
    {
        var numbering = Lists((0, [ListLevel(0, NumberFormatValues.ThaiNumbers, "%1."), ListLevel(1, NumberFormatValues.ThaiNumbers, "%1.%2")]));

        var lines = Lines(BuildWithNumbering(numbering, null,
            Numbered(1, 0, "มาตรการส่งเสริมความโปร่งใส"), Numbered(1, 1, "จัดอบรมเจ้าหน้าที่"), Numbered(1, 1, "ประชาสัมพันธ์"),
            Paragraph("ข้อความระหว่างรายการ"),
            Numbered(1, 0, "มาตรการป้องกันผลประโยชน์ทับซ้อน"), Numbered(1, 1, "ตรวจสอบการจัดซื้อ")));

        Assert.Equal(["๑. มาตรการส่งเสริมความโปร่งใส", "๑.๑ จัดอบรมเจ้าหน้าที่", "๑.๒ ประชาสัมพันธ์", "ข้อความระหว่างรายการ",
            "๒. มาตรการป้องกันผลประโยชน์ทับซ้อน", "๒.๑ ตรวจสอบการจัดซื้อ"], lines);
    }

    [Fact]
    public void Load_DecimalInAnIt9FontAndThaiLetters_ThaiDigitsAndLetters()
    {
        var numbering = Lists((0, [ListLevel(0, NumberFormatValues.Decimal, "%1)", font: "TH SarabunIT๙"), ListLevel(1, NumberFormatValues.ThaiLetters, "%2.")]));

        var lines = Lines(BuildWithNumbering(numbering, null,
            Numbered(1, 0, "ขั้นตอนแรก"), Numbered(1, 1, "ย่อยหนึ่ง"), Numbered(1, 1, "ย่อยสอง"), Numbered(1, 1, "ย่อยสาม"), Numbered(1, 1, "ย่อยสี่"),
            Numbered(1, 0, "ขั้นตอนที่สอง"), Numbered(1, 1, "ย่อยใหม่")));

        Assert.Equal(["๑) ขั้นตอนแรก", "ก. ย่อยหนึ่ง", "ข. ย่อยสอง", "ค. ย่อยสาม", "ง. ย่อยสี่", "๒) ขั้นตอนที่สอง", "ก. ย่อยใหม่"], lines);
    }

    [Fact]
    public void Load_SecondListInstanceWithStartOverride_RestartsAtOne()
    {
        var numbering = Lists((0, [ListLevel(0, NumberFormatValues.Decimal, "%1.")]));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 5 });

        var lines = Lines(BuildWithNumbering(numbering, null,
            Numbered(1, 0, "ก่อน"), Numbered(1, 0, "ต่อมา"), Numbered(5, 0, "รายการใหม่"), Numbered(5, 0, "ถัดไป")));

        Assert.Equal(["1. ก่อน", "2. ต่อมา", "1. รายการใหม่", "2. ถัดไป"], lines);
    }

    [Fact]
    public void Load_NumberingFromParagraphStyle_Labelled()
    {
        var numbering = Lists((0, [ListLevel(0, NumberFormatValues.ThaiNumbers, "ข้อ %1")]));
        var styles = new Styles(new Style(
            new StyleName { Val = "Measure" },
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
        { Type = StyleValues.Paragraph, StyleId = "Measure" });
        Paragraph Styled(string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = "Measure" }), new Run(new Text(text)));

        var lines = Lines(BuildWithNumbering(numbering, styles, Styled("เปิดเผยข้อมูล"), Styled("รับเรื่องร้องเรียน")));

        Assert.Equal(["ข้อ ๑ เปิดเผยข้อมูล", "ข้อ ๒ รับเรื่องร้องเรียน"], lines);
    }

    [Fact]
    public void Load_AutoNumberedColumnAndSymbolBullets_InTableCells()
    {
        var numbering = Lists(
            (0, [ListLevel(0, NumberFormatValues.Decimal, "%1.")]),
            (1, [ListLevel(0, NumberFormatValues.Bullet, "\uF0B7")]));
        TableCell NumberedCell(int numberId, string text) => new(Numbered(numberId, 0, text));

        var docx = BuildWithNumbering(numbering, null, Table(2,
            Row(Cell(["ลำดับ"]), Cell(["มาตรการ"])),
            Row(NumberedCell(1, ""), NumberedCell(2, "เผยแพร่ข้อมูล")),
            Row(NumberedCell(1, ""), NumberedCell(2, "ตรวจสอบ"))));
        var table = new DocxLoader(new ExtractionOptions()).Load(new SourceFile("t.docx", docx), CancellationToken.None)
            .Pages.Select(p => Assert.IsType<ContentSourcePage>(p).Content).Single().Tables.Single();

        Assert.Equal(["1.", "2."], table.Cells.Where(c => c.Column == 0 && c.Row > 0).Select(c => c.Text));
        Assert.Equal(["• เผยแพร่ข้อมูล", "• ตรวจสอบ"], table.Cells.Where(c => c.Column == 1 && c.Row > 0).Select(c => c.Text));
    }

    [Theory]
    [InlineData(1, "ก")]
    [InlineData(8, "ซ")]
    [InlineData(42, "กก")]
    public void Format_ThaiLetters_WordsCountingOrder(int n, string expected)
    {
        Assert.Equal(expected, DocxListNumbering.Format(n, NumberFormatValues.ThaiLetters));
    }

    [Theory]
    [InlineData(4, "iv")]
    [InlineData(27, "aa")]
    public void Format_LatinFormats_RomanAndLetters(int n, string expected)
    {
        Assert.Equal(expected, DocxListNumbering.Format(n, n == 4 ? NumberFormatValues.LowerRoman : NumberFormatValues.LowerLetter));
    }
}
