using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiTextTests
{
    [Theory]
    [InlineData("น\u0E49\u0E4D\u0E32", "น้ำ")]
    [InlineData("ท\u0E4D\u0E32", "ทำ")]
    [InlineData("ก\u200Bา\u00ADร", "การ")]
    [InlineData("  เรื่อง   รายงาน\t ผล  ", "เรื่อง รายงาน ผล")]
    [InlineData("ท\u0E48\u0E35", "ที่")]
    public void Normalize_OcrArtefacts_CanonicalText(string input, string expected)
    {
        Assert.Equal(expected, ThaiText.Normalize(input));
    }

    [Fact]
    public void Normalize_LineBreaks_Kept()
    {
        Assert.Equal("บรรทัดหนึ่ง\nบรรทัดสอง", ThaiText.Normalize("บรรทัดหนึ่ง \n  บรรทัดสอง"));
    }

    [Theory]
    [InlineData("ท\u0E48\u0E35", "ท\u0E35\u0E48")]            // tone typed before the upper vowel
    [InlineData("ก\u0E49\u0E38", "ก\u0E38\u0E49")]            // tone before the lower vowel
    [InlineData("ก\u0E48\u0E48า", "ก\u0E48า")]                // doubled tone mark
    [InlineData("ด\u0E34\u0E34", "ด\u0E34")]                  // doubled upper vowel
    [InlineData("\u0E40\u0E40ผน", "แผน")]                    // เเ typed for แ
    [InlineData("ศักด\u0E4C\u0E34", "ศักด\u0E34\u0E4C")]      // ์ before the vowel it follows
    [InlineData("ที่ถูกต้อง", "ที่ถูกต้อง")]                   // already canonical: unchanged
    public void FixMarks_MisorderedOrDoubledMarks_Canonical(string input, string expected)
    {
        Assert.Equal(expected, ThaiText.FixMarks(input));
    }

    [Theory]
    [InlineData("ลงชื่อ.............................ผู้รายงาน", "ลงชื่อ ผู้รายงาน")]
    [InlineData("ชื่อ ..... .... .... นามสกุล", "ชื่อ นามสกุล")]
    [InlineData("เรื่องเดิม……………๑", "เรื่องเดิม ๑")]
    [InlineData("ตำแหน่ง________", "ตำแหน่ง")]
    [InlineData("พ.ศ. ๒๕๖๕ ก.ย. ๖๕", "พ.ศ. ๒๕๖๕ ก.ย. ๖๕")]
    [InlineData("ฯลฯ..", "ฯลฯ..")]
    [InlineData("ส่วนราชการ........สำนักปลัด..........โทร. ๐๕๓", "ส่วนราชการ สำนักปลัด โทร. ๐๕๓")]
    [InlineData("ที่ . . . . . . กส ๕๑๐๐๑", "ที่ กส ๕๑๐๐๑")]
    [InlineData("วันที่……………๑๐ มีนาคม", "วันที่ ๑๐ มีนาคม")]
    [InlineData("/ มาตรการ...", "/ มาตรการ...")]
    [InlineData("๑.๒.๓ ข้อ", "๑.๒.๓ ข้อ")]
    [InlineData("โทร. ๐๔๓", "โทร. ๐๔๓")]
    public void RemoveDottedLeaders_LeaderRuns_RemovedAbbreviationDotsKept(string input, string expected)
    {
        Assert.Equal(expected, ThaiText.RemoveDottedLeaders(input));
    }

    [Theory]
    [InlineData("การประ เมินคุณธรรม", "การประเมินคุณธรรม")]
    [InlineData("ตัว ชี้วัด", "ตัวชี้วัด")]
    [InlineData("โปร่ง ใส", "โปร่งใส")]
    [InlineData("ก ารประเมิน", "การประเมิน")]   // a following vowel never starts a word
    [InlineData("เ รื่อง", "เรื่อง")]            // a leading vowel never ends one
    [InlineData("ที ่", "ที่")]                   // a mark cut off from its consonant
    public void RemoveSpacesInsideWords_OcrSplitWords_Rejoined(string input, string expected)
    {
        Assert.Equal(expected, ThaiText.RemoveSpacesInsideWords(input));
    }

    [Theory]
    [InlineData("สำนักปลัด ฝ่ายอำนวยการ")]
    [InlineData("เรียน นายกองค์การบริหารส่วนตำบล")]
    [InlineData("ที่ กส ๕๑๐๐๑/๑๓๓๓")]
    [InlineData("ร้อยละ 85.50 ของคะแนน")]
    [InlineData("ประ  เมิน")]                     // a wide gap is layout, not an OCR split
    public void RemoveSpacesInsideWords_SpacesBetweenWords_Kept(string input)
    {
        Assert.Equal(input, ThaiText.RemoveSpacesInsideWords(input));
    }

    [Fact]
    public void JoinWrappedLines_WordBrokenAcrossLines_Rejoined()
    {
        const string text = "องค์การบริหารส่วนตำบลได้ดำเนินการประเ\nมินคุณธรรม\nและจัดทำคำสั่งแต่งตั้งคณะทำง\nาน";
        Assert.Equal("องค์การบริหารส่วนตำบลได้ดำเนินการประเมินคุณธรรม\nและจัดทำคำสั่งแต่งตั้งคณะทำงาน", ThaiText.JoinWrappedLines(text));
    }

    [Fact]
    public void JoinWrappedLines_BreaksBetweenWordsAndBlankLines_Kept()
    {
        const string text = "เรื่องเดิม\nตามที่องค์การบริหารส่วนตำบล\n\nข้อเท็จจริง\n๑. รายการ";
        Assert.Equal(text, ThaiText.JoinWrappedLines(text));
    }

    [Theory]
    // Thai wrapped onto Thai: no space, wherever the wrap fell between words.
    [InlineData("ขออนุมัติโครงการส่งเสริมคุณธรรมและความ", "โปร่งใสในการปฏิบัติราชการ", "ขออนุมัติโครงการส่งเสริมคุณธรรมและความโปร่งใสในการปฏิบัติราชการ")]
    [InlineData("รายงานผลการจัดซื้อจัดจ้างของสำนักงานเขตพื้นที่การศึกษา ประจำ", "ปีงบประมาณ", "รายงานผลการจัดซื้อจัดจ้างของสำนักงานเขตพื้นที่การศึกษา ประจำปีงบประมาณ")]
    // Inside a word (the next line starts with a vowel): no space either.
    [InlineData("ขอเชิญประชุมคณะกรรมการพัฒนาคุณภาพชีวิตผู้สูงอ", "ายุ", "ขอเชิญประชุมคณะกรรมการพัฒนาคุณภาพชีวิตผู้สูงอายุ")]
    // Digits, Latin, dotted abbreviations and phrases set apart by convention keep their space.
    [InlineData("ขอรายงานผลการประเมิน ITA ประจำปีงบประมาณ", "๒๕๖๖", "ขอรายงานผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๖")]
    [InlineData("ขอรายงานผลการประเมิน", "ITA", "ขอรายงานผลการประเมิน ITA")]
    [InlineData("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ", "พ.ศ. 2567", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567")]
    [InlineData("ขอความเห็นชอบรายงานการประชุมสภาเทศบาล", "ครั้งที่ 2/2566", "ขอความเห็นชอบรายงานการประชุมสภาเทศบาล ครั้งที่ 2/2566")]
    [InlineData("รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ 2566", "รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2566")]
    [InlineData("ขอส่งรายงานการติดตามผล (รอบ 6 เดือน)", "ของกองช่าง", "ขอส่งรายงานการติดตามผล (รอบ 6 เดือน) ของกองช่าง")]
    public void JoinWrapped_ThaiTypesetting_SpaceOnlyWherePrinted(string line, string next, string expected) =>
        Assert.Equal(expected, ThaiText.JoinWrapped(line, next));

    [Fact]
    public void UnwrapLines_Paragraph_OneLineBlanksIgnored() =>
        Assert.Equal("ตามที่สำนักงานเขตได้แจ้งการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ นั้น",
            ThaiText.UnwrapLines(["ตามที่สำนักงานเขตได้แจ้งการประเมินคุณธรรมและ", "ความโปร่งใส ประจำปีงบประมาณ", "", "พ.ศ. ๒๕๖๗ นั้น"]));
}
