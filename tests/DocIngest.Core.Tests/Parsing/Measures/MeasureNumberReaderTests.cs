using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class MeasureNumberReaderTests
{
    [Theory]
    [InlineData("๑", 1)]
    [InlineData("12", 12)]
    [InlineData("๓.", 3)]
    [InlineData("(๔)", 4)]
    public void FromNumberCell_Number_Read(string cell, int number) => Assert.Equal(number, MeasureNumberReader.FromNumberCell(cell));

    [Theory]
    [InlineData("มาตรการ")]
    [InlineData("")]
    [InlineData("๑ ตุลาคม")]
    public void FromNumberCell_NotJustANumber_Null(string cell) => Assert.Null(MeasureNumberReader.FromNumberCell(cell));

    [Theory]
    [InlineData("(๑) มีแนวทางปฏิบัติ", 1, "มีแนวทางปฏิบัติ")]
    [InlineData("๒) ให้ความรู้", 2, "ให้ความรู้")]
    [InlineData("๒. มาตรการหรือแนวทาง", 2, "มาตรการหรือแนวทาง")]
    [InlineData("3.การเปิดเผยข้อมูล", 3, "การเปิดเผยข้อมูล")]
    [InlineData("มาตรการที่ ๕ การป้องกันการทุจริต", 5, "การป้องกันการทุจริต")]
    [InlineData("แนวทางการพัฒนาที่ ๒ ยกย่องเชิดชูเกียรติบุคคล", 2, "ยกย่องเชิดชูเกียรติบุคคล")]
    [InlineData("แนวทางปฏิบัติที่ 3 จัดทำคู่มือ", 3, "จัดทำคู่มือ")]
    public void SplitTitle_NumberedTitle_NumberAndRest(string printed, int number, string title)
    {
        Assert.Equal((number, title), MeasureNumberReader.SplitTitle(printed));
    }

    [Theory]
    [InlineData("การเผยแพร่ข้อมูล ต่อสาธารณะ")]
    [InlineData("1.5 ล้านบาท")]
    public void SplitTitle_NoNumberPrefix_Unchanged(string printed)
    {
        Assert.Equal(((int?)null, printed), MeasureNumberReader.SplitTitle(printed));
    }

    [Theory]
    [InlineData("๒๐", 6, 6)]
    [InlineData("๕", 4, 4)]
    [InlineData("๓", 7, 7)]
    [InlineData("๓", 2, 3)]
    [InlineData("20", 6, 20)]
    public void FromNumberCell_OcrGarbledThaiDigit_ExpectedNumberWhenConsistent(string cell, int expected, int number)
    {
        Assert.Equal(number, MeasureNumberReader.FromNumberCell(cell, expected));
    }

    [Fact]
    public void SplitTitle_OcrGarbledPrefix_ExpectedNumber()
    {
        Assert.Equal((6, "การป้องกันการทุจริต"), MeasureNumberReader.SplitTitle("(๒๐) การป้องกันการทุจริต", expected: 6));
    }

    [Theory]
    [InlineData("'. มาตรการป้องกันการรับสินบน")]
    [InlineData("b) มาตรการป้องกันการรับสินบน")]
    public void SplitTitle_NumberReadAsSpeckBeforeMeasureWord_ExpectedNumber(string printed)
    {
        Assert.Equal((2, "มาตรการป้องกันการรับสินบน"), MeasureNumberReader.SplitTitle(printed, expected: 2));
    }

    [Theory]
    [InlineData("ฒ.ระบบ Social Credit", 7, "ระบบ Social Credit")]
    [InlineData("ฒ, ให้หัวหน้ากลุ่มกำกับดูแล", 9, "ให้หัวหน้ากลุ่มกำกับดูแล")]
    public void SplitTitle_DigitReadAsThaiLetter_ExpectedNumber(string printed, int expected, string title)
    {
        Assert.Equal((expected, title), MeasureNumberReader.SplitTitle(printed, expected));
    }

    [Theory]
    [InlineData("ฒ.ระบบ Social Credit", null)]
    [InlineData("อ.เมือง จัดอบรมจริยธรรม", 3)]
    public void SplitTitle_ThaiLetterMarkerWithoutExpectedOrNotADigitLookalike_Unchanged(string printed, int? expected)
    {
        Assert.Equal(((int?)null, printed), MeasureNumberReader.SplitTitle(printed, expected));
    }

    [Fact]
    public void SplitTitle_SpeckBeforeOtherWords_Unchanged()
    {
        Assert.Equal(((int?)null, "'. ราชการอย่างถูกต้อง"), MeasureNumberReader.SplitTitle("'. ราชการอย่างถูกต้อง", expected: 2));
    }
}
