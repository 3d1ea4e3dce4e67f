using DocIngest.Core.Parsing.Organizations;

namespace DocIngest.Core.Tests.Parsing.Organizations;

public class FiscalYearsTests
{
    [Theory]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", 2566)]
    [InlineData("ปีงบประมาณ 2565", 2565)]
    [InlineData("ปีงบฯ ๖๗", 2567)]
    [InlineData("ในปีงบประมาณ พ.ศ.2564", 2564)]
    public void FindAll_Mentions_BuddhistYear(string text, int expected) => Assert.Equal(expected, FiscalYears.FindAll(text).Single().Year);

    [Fact]
    public void Of_TitleWithoutYear_FirstBodyMention() =>
        Assert.Equal(2563, FiscalYears.Of(["บันทึกข้อความ"], ["ผลประเมินปีงบประมาณ ๒๕๖๓", "ปีงบประมาณ ๒๕๖๔"], null));

    [Fact]
    public void Of_NoMention_FiscalYearOfDate() => Assert.Equal(2567, FiscalYears.Of([], [], new DateOnly(2023, 11, 2)));

    [Fact]
    public void Of_NothingAtAll_Null() => Assert.Null(FiscalYears.Of([], ["ไม่มีปี"], null));
}
