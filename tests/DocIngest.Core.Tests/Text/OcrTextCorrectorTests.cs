using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public class OcrTextCorrectorTests
{
    private static readonly OcrTextCorrector Corrector = OcrTextCorrector.Default;

    [Theory]
    [InlineData("ที กส ๕๑๐๐๑/๑๓๓๓", "ที่ กส ๕๑๐๐๑/๑๓๓๓")]                     // memo label lost its tone mark
    [InlineData("วนที่ ๑๐ กุมภาพันธ์ ๒๕๖๕", "วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕")]
    [InlineData("เรือง รายงานผลการดำเนินงาน", "เรื่อง รายงานผลการดำเนินงาน")]
    [InlineData("ตามที่องคการบริหารสวนตำบลโคกคอน", "ตามที่องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("ตัวชี้วัดที่ ๔ การใชทรัพย์สินของราชการ", "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ")]
    [InlineData("ตัวชีวัดที่ ๙ ประสิทธิภาพการสือสาร", "ตัวชี้วัดที่ ๙ ประสิทธิภาพการสื่อสาร")]
    [InlineData("ขอเท็จจริง", "ข้อเท็จจริง")]
    [InlineData("หนวยตรวจสอบภายใน", "หน่วยตรวจสอบภายใน")]
    [InlineData("กองคลง", "กองคลัง")]
    [InlineData("ประเมินคุณธรรมและความโปรงใส", "ประเมินคุณธรรมและความโปร่งใส")]
    [InlineData("จึงจัดทำคำสังมอบหมาย", "จึงจัดทำคำสั่งมอบหมาย")]                  // dictionary pass: one mark makes คำสั่ง
    [InlineData("ในเร่องดังกล่าว", "ในเรื่องดังกล่าว")]
    [InlineData("ตามที\u0E48\u0E35", "ตามที่")]                                       // normalised first: tone/vowel order
    [InlineData("กำหนดขันตอนการดำเนินงานทีมีประสิทธิภาพ", "กำหนดขั้นตอนการดำเนินงานที่มีประสิทธิภาพ")] // marks lost over upper vowels
    [InlineData("ทังนี ตังแต่บัดนีเป็นต้นไป", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")]
    [InlineData("ช่องทางรับเรืองร้องเรียน", "ช่องทางรับเรื่องร้องเรียน")]
    [InlineData("หน่วยงานที่เกียวข้อง", "หน่วยงานที่เกี่ยวข้อง")]                    // the segmenter cuts เกีย|ว|ข้อง: the run is restored
    [InlineData("เชือมโยงสอดประสานกัน", "เชื่อมโยงสอดประสานกัน")]                  // เชื|อม: an unknown piece and a word
    [InlineData("แปดแสนเจ็ดหมืนสามพัน", "แปดแสนเจ็ดหมื่นสามพัน")]
    public void CorrectText_OcrNoisyLines_Restored(string noisy, string expected)
    {
        Assert.Equal(expected, Corrector.CorrectText(noisy));
    }

    [Theory]
    [InlineData("จึงขอเสนอเพื่อโปรดพิจารณา")]                 // ขอเสนอ is real Thai, not a misread ข้อเสนอ
    [InlineData("เรียน นายกองค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("ร้อยละ 85.50 ของคะแนนเต็ม")]
    [InlineData("นางนุชจริน สมใจ")]                            // unknown names stay as printed
    [InlineData("ที่ประชุมมีมติเห็นชอบ")]
    [InlineData("มติเห็นชอบจำนวน ๖ เสียง ยืนยันมั่นใจ")]       // เสียง, ยืน, มั่น: unmarked spellings that are words themselves
    [InlineData("ทีมงานทำงานทีละขั้น")]                         // ทีม, ทีละ are words of their own
    [InlineData("")]
    public void CorrectText_CleanText_Unchanged(string text)
    {
        Assert.Equal(text, Corrector.CorrectText(text));
    }

    [Fact]
    public void Correct_Edit_ReportsWhereWhatAndWhy()
    {
        var result = Corrector.Correct("ส่วนราชการ กองคลัง\nเรือง ขออนุมัติ");
        var edit = Assert.Single(result.Edits);
        Assert.Equal(new TextEdit(19, "เรือง", "เรื่อง", TextEditReason.Lexicon), edit);
        Assert.Equal("ส่วนราชการ กองคลัง\nเรื่อง ขออนุมัติ", result.Text);
    }

    [Fact]
    public void CorrectText_ShortTermInsideWord_NotTouched()
    {
        // ที alone is the label ที่; inside อีกที it is a word of its own.
        Assert.Equal("ลองอีกที", Corrector.CorrectText("ลองอีกที"));
    }

    [Fact]
    public void Correct_TwoTermsEquallyClose_LeftAlone()
    {
        var lexicon = DocIngest.Core.Thai.ThaiLexicon.Parse("[unit]\nกองดินแดน\nกองดีนแดน\n");
        // A one-word dictionary keeps the dictionary pass out of it: only the lexicon decides here.
        var segmenter = new DocIngest.Core.Thai.ThaiWordSegmenter(new DocIngest.Core.Thai.ThaiDictionary(["กอง"]));
        var corrector = new OcrTextCorrector(lexicon, segmenter);
        // The upper vowel is lost: ิ and ี are equally likely, so neither term wins.
        Assert.Empty(corrector.Correct("กองดนแดน").Edits);
        // With the vowel present the reading is unique.
        Assert.Equal("กองดินแดน", corrector.CorrectText("กองดินแตน"));
    }

    [Theory]
    // A speck read as a tone mark splits a long word into short known ones (เนิ่น "early" is a word).
    [InlineData("ผลการดำเนิ่นงานของหน่วยงาน", "ผลการดำเนินงานของหน่วยงาน")]
    [InlineData("ขออนุมัติดำเนิ่นการจัดซื้อ", "ขออนุมัติดำเนินการจัดซื้อ")]
    public void CorrectText_SpuriousToneMarkSplittingAWord_Dropped(string noisy, string expected) =>
        Assert.Equal(expected, OcrTextCorrector.Default.CorrectText(noisy));

    [Theory]
    [InlineData("ไม่ได้ดำเนินการตามที่แจ้ง")]
    [InlineData("เจ้าหน้าที่ผู้รับผิดชอบ")]
    [InlineData("ต่อไปนี้ให้ถือปฏิบัติ")]
    [InlineData("ที่นี่มีแม่น้ำ")]
    [InlineData("ข้าราชการส่วนท้องถิ่น")]
    // Two words side by side that read as another word without the mark (เรื่อง|ร้อง -> เรืองรอง): nothing was broken.
    [InlineData("ช่องทางการรับเรื่องร้องเรียน")]
    public void CorrectText_RealToneMarks_Kept(string text) =>
        Assert.Equal(text, OcrTextCorrector.Default.CorrectText(text));

    [Theory]
    [InlineData("๓. นายธนศักดิ มันคง ผู้อำนวยการกองช่าง กรรมการ", "๓. นายธนศักดิ์ มั่นคง ผู้อำนวยการกองช่าง กรรมการ")]
    [InlineData("(นางสาวชืนจิต ศรีสวัสดีดี)", "(นางสาวชื่นจิต ศรีสวัสดิ์)")]
    [InlineData("(นางมาลี ทองสวรรณ)", "(นางมาลี ทองสุวรรณ)")]                   // the dictionary pass still mends names
    public void CorrectText_NameAfterTitleLostMarks_Restored(string noisy, string expected) =>
        Assert.Equal(expected, Corrector.CorrectText(noisy));

    [Theory]
    [InlineData("ธนศักดิ มันคง")]                                // without a title the words are not taken for a name
    [InlineData("นายสิทธิชัย รัตนชัย ปลัด")]                      // bare forms inside Pali compounds are right
    public void CorrectText_NoNameToRepair_Unchanged(string text) =>
        Assert.Equal(text, Corrector.CorrectText(text));

    [Theory]
    [InlineData("ประจัาปีงบประมาณ พ.ศ. ๒๕๖๔", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔")]
    [InlineData("คณะทำงานมีหน้าที่ก้าหนดแนวทาง", "คณะทำงานมีหน้าที่กำหนดแนวทาง")]
    [InlineData("เขตต้าบลหนองบัว", "เขตตำบลหนองบัว")]
    public void CorrectText_SaraAmReadAsTwoGlyphs_Repaired(string noisy, string expected) =>
        Assert.Equal(expected, Corrector.CorrectText(noisy));

    [Theory]
    [InlineData("ในหน่วยงานให้ยืดถือเป็นแบบอย่างได้", "ในหน่วยงานให้ยึดถือเป็นแบบอย่างได้")]
    [InlineData("อย่างเคร่งครัดยืดมั่นในสิ่งที่ถูกต้อง", "อย่างเคร่งครัดยึดมั่นในสิ่งที่ถูกต้อง")]
    public void CorrectText_UpperVowelReadAsItsTwinBeforeAWordOfAPhrase_Restored(string noisy, string expected) =>
        Assert.Equal(expected, Corrector.CorrectText(noisy));

    [Theory]
    [InlineData("ส่งเสริมความชื่อสัตย์สุจริต", "ส่งเสริมความซื่อสัตย์สุจริต")]
    [InlineData("ดำสั่งโรงพยาบาล", "คำสั่งโรงพยาบาล")]
    [InlineData("ตรวจสอบการเบิกจ่ายน้ำมันเชื่อเพลิงรายเดือน", "ตรวจสอบการเบิกจ่ายน้ำมันเชื้อเพลิงรายเดือน")]
    public void CorrectText_WordReadAsAnotherWordByOneSwap_RestoredByThePhrase(string noisy, string expected) =>
        Assert.Equal(expected, Corrector.CorrectText(noisy));

    [Theory]
    [InlineData("แจ้งชื่อสกุลของผู้ขอ")]
    [InlineData("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสีย")]
    [InlineData("ศูนย์ปฏิบัติการต่อต้านการทุจริต")]
    [InlineData("ด้วยความมุ่งมั่นและการยืนหยัด")]
    [InlineData("สำนักงานสาธารณสุขอำเภอนางสะพาน")]
    public void CorrectText_PhraseAWordSwapCouldJoin_Unchanged(string text) =>
        Assert.Equal(text, Corrector.CorrectText(text));

    [Theory]
    [InlineData("ต้องมีความยืดหยุ่นในการทำงาน")]
    [InlineData("ขอยืดเวลาการส่งงาน")]
    [InlineData("เจ้าหน้าที่ยึดทรัพย์")]
    public void CorrectText_UpperVowelPhraseAsWritten_Unchanged(string text) =>
        Assert.Equal(text, Corrector.CorrectText(text));
}
