using DocIngest.Core.Parsing.Organizations;

namespace DocIngest.Core.Tests.Parsing.Organizations;

public class FiscalYearsTests
{
    [Theory]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", 2566)]
    [InlineData("ปีงบประมาณ 2565", 2565)]
    [InlineData("ปีงบฯ ๖๗", 2567)]
    [InlineData("ในปีงบประมาณ พ.ศ.2564", 2564)]
    // พ.ศ. garbled to its ศ alone, or a colon after the label (cut from tuning scans: ฆ.ศ., W.A. after a colon).
    [InlineData("ผลคะแนนรายตัวชี้วัด ปีงบประมาณ ฆ.ศ.๒๕๖๖", 2566)]
    [InlineData("ปีงบประมาณ พฟ.ศ. ๒๕๖๔ ได้คะแนน", 2564)]
    [InlineData("คะแนนรายตัวชี้วัด ปีงบประมาณ: W.A. ๒๕๖๗", 2567)]
    public void FindAll_Mentions_BuddhistYear(string text, int expected) => Assert.Equal(expected, FiscalYears.FindAll(text).Single().Year);

    [Fact]
    public void Of_TitleWithoutYear_FirstBodyMention() =>
        Assert.Equal(2563, FiscalYears.Of(["บันทึกข้อความ"], ["ผลประเมินปีงบประมาณ ๒๕๖๓", "ปีงบประมาณ ๒๕๖๔"], null));

    [Theory]
    [InlineData("มาตรการส่งเสริมคุณธรรมขององค์การบริหารส่วนตำบลโคกคอน ประจำปีงบประมาณ", "พ.ศ. ๒๕๖๖", 2566)]
    [InlineData("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ.", "2568 เทศบาลตำบลนาดี", 2568)]
    public void Of_YearWrappedOntoNextLine_Read(string first, string second, int expected) =>
        Assert.Equal(expected, FiscalYears.Of([first], [first, second, "ประจำปีงบประมาณ ๒๕๖๐"], null));

    [Fact]
    public void Of_LabelAtEndThenOtherText_NextMention() =>
        Assert.Equal(2560, FiscalYears.Of([], ["ประจำปีงบประมาณ", "เทศบาลตำบลนาดี", "ประจำปีงบประมาณ ๒๕๖๐"], null));

    [Fact]
    public void Of_NoMention_FiscalYearOfDate() => Assert.Equal(2567, FiscalYears.Of([], [], new DateOnly(2023, 11, 2)));

    [Fact]
    public void Of_NothingAtAll_Null() => Assert.Null(FiscalYears.Of([], ["ไม่มีปี"], null));
}
