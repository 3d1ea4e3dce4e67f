using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class LatinWordSplicerTests
{
    /// <summary>A line whose symbols are its characters (spaces aside), 20 px apart, as the engine gives them.</summary>
    private static RecognizedLine Line(string text, double confidence) =>
        new(text, new BoundingBox(0, 0, 20 * text.Length, 50), confidence,
            text.Select((c, i) => (c, i)).Where(x => x.c != ' ').Select(x => new RecognizedSymbol(x.c.ToString(), new BoundingBox(20 * x.i, 0, 18, 50), 0.9)).ToList());

    [Theory] // first readings and their re-reads without Latin, from the sample scans (bundle-kampang-2564 page 5, memo-buengkan-2567 page 1)
    [InlineData("ตามทีสำนักงาน ป.ป.ช. ร่วมกับสำนักงาน uum. สำนักงาน", "ตามที่สำนักงาน ป.ป.ช. ร่วมกับสำนักงาน ป.ป.ท. สำนักงาน", "ตามทีสำนักงาน ป.ป.ช. ร่วมกับสำนักงาน ป.ป.ท. สำนักงาน")]
    [InlineData("ทีปรึกษาจาก ๓ สถาบั้น use กอบด้วย มหาวิทยาลัยธรรมศาสตร์", "ที่ปรึกษาจาก ๓ สถาบั้น ประกอบด้วย มหาวิทยาลัยธรรมศาสตร์", "ทีปรึกษาจาก ๓ สถาบั้น ประ กอบด้วย มหาวิทยาลัยธรรมศาสตร์")]
    [InlineData("ตามประกาศสำนักงาน ป.ป.ช. Gas ผลการประเมินคุณธรรม", "เตามประกาศสำนักงาน ป.ป.ช. เรื่อง, ผลการประเมินคุณธรรม", "ตามประกาศสำนักงาน ป.ป.ช. เรื่อง ผลการประเมินคุณธรรม")]
    public void Splice_ThaiWordReadAsLatin_ReplacedByTheReread(string first, string reread, string expected)
    {
        var spliced = LatinWordSplicer.Splice(Line(first, 0.93), Line(reread, 0.92));

        Assert.Equal(expected, spliced?.Text);
        // The symbols spell the new text: the first reading's around the word, the re-read's for it.
        Assert.NotNull(SymbolTextAlignment.Align(spliced!.Text, spliced.Symbols));
    }

    [Fact]
    public void Splice_UnitAfterThaiNumberReadAsCapitals_ReplacedByTheReread()
    {
        // บาท after an amount read as "UM" by the English model: capitals, but where Thai puts its unit.
        var spliced = LatinWordSplicer.Splice(Line("- เงินนอกงบประมาณ จำนวนเงิน ๑๐๖,๗๒๐ UM", 0.93), Line("- เงินนอกงบประมาณ จำนวนเงิน ๑๐๖,๗๒๐ บาท", 0.92));

        Assert.Equal("- เงินนอกงบประมาณ จำนวนเงิน ๑๐๖,๗๒๐ บาท", spliced?.Text);
    }

    [Fact]
    public void Splice_AcronymAfterThaiNumberRereadAsNoWord_Null() =>
        // Not protected there, but still replaced only by a Thai dictionary word.
        Assert.Null(LatinWordSplicer.Splice(Line("ปี ๒๕๖๒ ITA ของหน่วยงาน", 0.93), Line("ปี ๒๕๖๒ โคฯ ของหน่วยงาน", 0.92)));

    [Fact]
    public void Splice_LineWithDigitsAndSymbolsThatDoNotSpellIt_Null()
    {
        // Without symbols that spell the line the digit corrector cannot re-read its Thai digits: no splice then.
        var first = Line("ทีปรึกษาจาก ๓ สถาบั้น use กอบด้วย", 0.93) with { Symbols = [] };

        Assert.Null(LatinWordSplicer.Splice(first, Line("ที่ปรึกษาจาก ๓ สถาบั้น ประกอบด้วย", 0.92)));
    }

    [Theory] // real Latin: the re-read makes digits, signs or no words of it
    [InlineData("จากผลคะแนน EIT .พบว่า คะแนนตำกว่าเกณฑ์", "จากผลคะแนน 51 พบว่า คะแนนตั๋ากว่าเกณฑ์")]
    [InlineData("(IIT) มีคะแนนเฉลีย ๕. ๕๕ คะแนน", "(เทิ) มีคะแนนเฉลี่ย ฒ๕.๕๕ คะแนน")]
    [InlineData("ผ่าน URL บนเว็บไซต์หลักของหน่วยงานโดยตรง", "ผ่าน บด| บนเว็บไซต์หลักของหน่วยงานโดยตรง")]
    [InlineData("๒. นำผลการวิเคราะห์ ITA ไปปรับปรุงการปฏิบัติ", "๒. นำผลการวิเคราะห์ โค ไปปรับปรุงการปฏิบัติ")] // โค is a word: capitals stay
    [InlineData("(IIT) มีคะแนนเฉลี่ย ๗๙. ๘๘ คะแนน", "(เท) มีคะแนนเฉลี่ย ๕. ๕๕ คะแนน")]
    [InlineData("บริการผ่านระบบ e-service โดยต้องเผยแพร่ใน", "หริก ารผ่านระบบ ๑รู6ฑ์๐๐ โดยต้องเม : แ พรใน (")]
    public void Splice_RealLatin_Null(string first, string reread) =>
        Assert.Null(LatinWordSplicer.Splice(Line(first, 0.93), Line(reread, 0.91)));

    [Fact]
    public void Splice_RereadMuchLessConfident_Null() =>
        Assert.Null(LatinWordSplicer.Splice(Line("ร่วมกับสำนักงาน uum. สำนักงาน", 0.93), Line("ร่วมกับสำนักงาน ป.ป.ท. สำนักงาน", 0.8)));

    [Fact]
    public void Splice_RestOfTheLineReadDifferently_Null() =>
        // The re-read found a Thai word where the Latin was, but it read the rest of the line as something else.
        Assert.Null(LatinWordSplicer.Splice(Line("ร่วมกับสำนักงาน use สำนักงาน", 0.93), Line("ไปยังหน่วยอื่น ประ หน่วยงานนี้", 0.93)));

    [Theory]
    [InlineData("ร่วมกับสำนักงาน UUM. สำนักงาน", true)]
    [InlineData("ที่ UN ๗๔๓๐๒/๒๑๘", false)]                     // one or two letters: LatinMisreadRereader's case
    [InlineData("จากผลคะแนน EIT พบว่า คะแนนต่ำกว่าเกณฑ์", false)]      // a capital acronym, kept whatever a re-read says: not re-read
    [InlineData("(Integrity and Transparency Assessment : ITA)", false)] // a Latin line
    [InlineData("จำนวนเงิน ๑๐๖,๗๒๐ UM", true)]                       // capitals after a Thai number: a unit read as Latin
    [InlineData("งบประมาณ ๒๕๖๒ ITA ของหน่วยงาน", true)]
    [InlineData("ผลคะแนน 85.20 ITA ของหน่วยงาน", false)]               // after Arabic digits an acronym stays
    public void HasLatinWord_MostlyThaiLineWithALatinWord(string text, bool expected) =>
        Assert.Equal(expected, LatinWordSplicer.HasLatinWord(text));

    [Theory] // procurement-table-2563 p4 (tuning): a cell's พชอ. read "WO."
    [InlineData("ขับเคลื่อนการดำเนินงานคณะกรรมการ WO. ระดับอำเภอ", true)]
    [InlineData("ที่ UN ๗๔๓๐๒/๒๑๘", false)] // two letters without a dot stay LatinMisreadRereader's case
    public void HasLatinWord_DottedAbbreviations_TwoLettersAndADot(string text, bool expected)
    {
        Assert.Equal(expected, LatinWordSplicer.HasLatinWord(text, dottedAbbreviations: true));
        Assert.False(LatinWordSplicer.HasLatinWord(text));
    }

    [Fact]
    public void Splice_DottedAbbreviations_TwoLettersAndADotReplacedByThaiAbbreviation()
    {
        var first = Line("การดำเนินงานคณะกรรมการ WO. ระดับอำเภอ", 0.93);
        var reread = Line("การดำเนินงานคณะกรรมการ พชอ. ระดับอำเภอ", 0.92);

        Assert.Equal("การดำเนินงานคณะกรรมการ พชอ. ระดับอำเภอ", LatinWordSplicer.Splice(first, reread, dottedAbbreviations: true)?.Text);
        Assert.Null(LatinWordSplicer.Splice(first, reread)); // page lines keep the measured rule
    }

    [Theory]
    [InlineData("พชอ.", true)]
    [InlineData("สสจ.", true)]
    [InlineData("ป.ป.ท.", false)]
    [InlineData("โค.", false)] // a vowel: no abbreviation of consonants
    [InlineData("พชอ", false)]
    [InlineData("ก.", false)]
    public void IsDottedAbbreviation_Cases(string candidate, bool expected) =>
        Assert.Equal(expected, LatinWordSplicer.IsDottedAbbreviation(candidate));

    [Theory] // the crop without the neighbours' ink lost none: the second read would only frame the same pixels
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Apply_NoNeighbourInkAndNoReplacement_ReadsAsTheFlagSays(bool asIsOnlyWhenInkCut, int reads)
    {
        var line = Line("ตามประกาศสำนักงาน Gas ผลการประเมิน", 0.93) with { Box = new BoundingBox(10, 40, 300, 30) };
        using var engine = new CountingRecognizer(line);

        var lines = LatinWordSplicer.Apply([line], new GrayImage(400, 120, dpi: 200), engine, asIsOnlyWhenInkCut: asIsOnlyWhenInkCut);

        Assert.Same(line, Assert.Single(lines));
        Assert.Equal(reads, engine.Calls);
    }

    [Fact]
    public void Apply_NeighbourInkCutFromTheCrop_ReadAsItIsToo()
    {
        var line = Line("ตามประกาศสำนักงาน Gas ผลการประเมิน", 0.93) with { Box = new BoundingBox(10, 40, 300, 30) };
        var page = new GrayImage(400, 120, dpi: 200);
        // A letter of the line above reaching down into the line's crop (its rows start 6 px above the box).
        for (int y = 20; y < 38; y++)
            for (int x = 50; x < 60; x++) page[x, y] = 0;
        using var engine = new CountingRecognizer(line);

        LatinWordSplicer.Apply([line], page, engine, asIsOnlyWhenInkCut: true);

        Assert.Equal(2, engine.Calls);
    }

    /// <summary>Answers every read with the same line (no Thai where the Latin word stands: nothing is replaced).</summary>
    private sealed class CountingRecognizer(RecognizedLine answer) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [answer with { Box = new BoundingBox(5, 5, 300, 30) }];
        }

        public void Dispose() { }
    }
}
