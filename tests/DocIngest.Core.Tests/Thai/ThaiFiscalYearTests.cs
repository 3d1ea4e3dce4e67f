using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiFiscalYearTests
{
    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖", 2566)]
    [InlineData("ปีงบประมาณ ๒๕๖๖", 2566)]
    [InlineData("ประจำปี งบประมาณ 2566", 2566)]
    [InlineData("ประจำปีงบประมาณ  พ.ศ. ๒๕๖๔ นั้น", 2564)]
    [InlineData("ปีงบฯ ๖๖", 2566)]
    [InlineData("ปีงบประมาณ ค.ศ. 2023", 2566)]
    [InlineData("ปี งบ ประมาณ พ.ศ.2567", 2567)]
    public void TryParse_FiscalYearForms_ReadsBuddhistYear(string text, int expected)
    {
        Assert.True(ThaiFiscalYear.TryParse(text, out int year));
        Assert.Equal(expected, year);
    }

    [Fact]
    public void FindAll_SeveralMentions_ReturnsAllWithPositions()
    {
        const string text = "ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๔ เทียบกับปีงบประมาณ ๒๕๖๓ และแผนประจำปี งบประมาณ 2565";
        var mentions = ThaiFiscalYear.FindAll(text).ToList();
        Assert.Equal([2564, 2563, 2565], mentions.Select(m => m.Year));
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Index, m.Length)));
        Assert.Equal("ปีงบประมาณ พ.ศ. ๒๕๖๔", mentions[0].Text);
    }

    [Fact]
    public void FindAll_YearSpan_ReadsFirstAndLastYear()
    {
        var mention = Assert.Single(ThaiFiscalYear.FindAll("แผนปีงบประมาณ ๒๕๖๖ – ๒๕๗๐"));
        Assert.Equal((2566, 2570), (mention.Year, mention.LastYear));
        Assert.Equal((new DateOnly(2022, 10, 1), new DateOnly(2027, 9, 30)), mention.Range);
    }

    [Fact]
    public void FindAll_NumberAfterYearThatIsNoYear_KeptOutOfMention()
    {
        var mention = Assert.Single(ThaiFiscalYear.FindAll("ปีงบประมาณ 2566 - 10 โครงการ"));
        Assert.Equal((2566, 2566), (mention.Year, mention.LastYear));
        Assert.Equal("ปีงบประมาณ 2566", mention.Text);
    }

    [Fact]
    public void FindAll_NoFiscalYear_Empty()
    {
        Assert.Empty(ThaiFiscalYear.FindAll("ปีนี้มีงบประมาณ ๒ ล้านบาท"));
    }

    [Theory]
    [InlineData("ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖", 1, 2566, "2022-10-01", "2022-12-31")]
    [InlineData("ไตรมาส 2/2566", 2, 2566, "2023-01-01", "2023-03-31")]
    [InlineData("ไตรมาสที่ ๓ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", 3, 2566, "2023-04-01", "2023-06-30")]
    [InlineData("ไตรมาสที่ 4 พ.ศ. 2565", 4, 2565, "2022-07-01", "2022-09-30")]
    public void FindQuarters_QuarterWithYear_ReadsQuarterRange(string text, int quarter, int year, string start, string end)
    {
        var mention = Assert.Single(ThaiFiscalYear.FindQuarters(text));
        Assert.Equal(quarter, mention.Quarter);
        Assert.Equal(year, mention.FiscalYear);
        Assert.NotNull(mention.Range);
        Assert.Equal(start, ThaiDate.ToIso(mention.Range.Value.Start));
        Assert.Equal(end, ThaiDate.ToIso(mention.Range.Value.End));
    }

    [Fact]
    public void FindQuarters_QuarterWithoutYear_HasNoRange()
    {
        var mention = Assert.Single(ThaiFiscalYear.FindQuarters("รายงานผลไตรมาสที่ ๒ แล้ว"));
        Assert.Equal(2, mention.Quarter);
        Assert.Null(mention.FiscalYear);
        Assert.Null(mention.Range);
    }

    [Fact]
    public void FindQuarters_QuarterFive_NotAQuarter()
    {
        Assert.Empty(ThaiFiscalYear.FindQuarters("ไตรมาสที่ 5"));
    }
}
