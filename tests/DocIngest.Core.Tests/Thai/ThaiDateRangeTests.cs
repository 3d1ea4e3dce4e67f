using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiDateRangeTests
{
    [Theory]
    [InlineData("๑–๓๑ ตุลาคม ๒๕๖๕", "2022-10-01", "2022-10-31", ThaiDateRangeKind.Days)]
    [InlineData("1 - 15 ม.ค. 2566", "2023-01-01", "2023-01-15", ThaiDateRangeKind.Days)]
    [InlineData("วันที่ ๑ ถึง ๕ มีนาคม ๒๕๖๔", "2021-03-01", "2021-03-05", ThaiDateRangeKind.Days)]
    [InlineData("๑ ต.ค. ๖๕ – ๓๐ ก.ย. ๖๖", "2022-10-01", "2023-09-30", ThaiDateRangeKind.Dates)]
    [InlineData("ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๕ ถึงวันที่ ๓๑ ธันวาคม ๒๕๖๕", "2022-10-01", "2022-12-31", ThaiDateRangeKind.Dates)]
    [InlineData("๑ ต.ค. – ๓๑ ธ.ค. ๒๕๖๕", "2022-10-01", "2022-12-31", ThaiDateRangeKind.Dates)]
    [InlineData("๑ ต.ค. – ๓๑ มี.ค. ๒๕๖๖", "2022-10-01", "2023-03-31", ThaiDateRangeKind.Dates)]
    [InlineData("ตุลาคม ๒๕๖๕", "2022-10-01", "2022-10-31", ThaiDateRangeKind.Month)]
    [InlineData("เดือนกุมภาพันธ์ 2567", "2024-02-01", "2024-02-29", ThaiDateRangeKind.Month)]
    [InlineData("ก.ย. ๖๖", "2023-09-01", "2023-09-30", ThaiDateRangeKind.Month)]
    [InlineData("ตุลาคม – ธันวาคม ๒๕๖๕", "2022-10-01", "2022-12-31", ThaiDateRangeKind.Months)]
    [InlineData("ต.ค. ๖๕ - ก.ย. ๖๖", "2022-10-01", "2023-09-30", ThaiDateRangeKind.Months)]
    [InlineData("ตุลาคม ถึง กันยายน ๒๕๖๖", "2022-10-01", "2023-09-30", ThaiDateRangeKind.Months)]
    [InlineData("เดือนมกราคม ค.ศ. 2023", "2023-01-01", "2023-01-31", ThaiDateRangeKind.Month)]
    [InlineData("ตุลาคม ๒๕๖๕- ๓๐ กันยายน ๒๕๖๖", "2022-10-01", "2023-09-30", ThaiDateRangeKind.Dates)]
    [InlineData("๑๕ ตุลาคม ๒๕๖๕ ถึง กันยายน ๒๕๖๖", "2022-10-15", "2023-09-30", ThaiDateRangeKind.Dates)]
    [InlineData("เดือนมกราคมถึงเดือนมีนาคม  ๒๕๖๔", "2021-01-01", "2021-03-31", ThaiDateRangeKind.Months)]
    public void TryParse_PeriodForms_ReadsStartEndAndKind(string text, string start, string end, ThaiDateRangeKind kind)
    {
        Assert.True(ThaiDateRange.TryParse(text, out var range));
        Assert.NotNull(range);
        Assert.Equal(start, ThaiDate.ToIso(range.Start));
        Assert.Equal(end, ThaiDate.ToIso(range.End));
        Assert.Equal(kind, range.Kind);
    }

    [Fact]
    public void FindAll_FullDate_NotReportedAsMonth()
    {
        Assert.Empty(ThaiDateRange.FindAll("วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕"));
    }

    [Fact]
    public void FindAll_MixedText_FindsEachPeriodWithItsText()
    {
        const string text = "ระยะเวลา ตุลาคม ๒๕๖๓ – กันยายน ๒๕๖๔ รายงานภายใน ๑-๑๕ ต.ค. ๒๕๖๔";
        var ranges = ThaiDateRange.FindAll(text).ToList();
        Assert.Equal(2, ranges.Count);
        Assert.Equal((new DateOnly(2020, 10, 1), new DateOnly(2021, 9, 30)), (ranges[0].Start, ranges[0].End));
        Assert.Equal((new DateOnly(2021, 10, 1), new DateOnly(2021, 10, 15)), (ranges[1].Start, ranges[1].End));
        Assert.All(ranges, r => Assert.Equal(r.Text, text.Substring(r.Index, r.Length)));
    }

    [Theory]
    [InlineData("๓๑ – ๑ ตุลาคม ๒๕๖๕")]
    [InlineData("๑–๓๒ ตุลาคม ๒๕๖๕")]
    [InlineData("ตุลาคม ๖๕")]
    [InlineData("กค 2565")]
    public void FindAll_BackwardsImpossibleOrUnvouchedPeriod_Skipped(string text)
    {
        Assert.Empty(ThaiDateRange.FindAll(text));
    }

    [Theory]
    [MemberData(nameof(ThaiDateTests.Months), MemberType = typeof(ThaiDateTests))]
    public void FindAll_GeneratedMonthYears_CoverWholeMonth(int month)
    {
        foreach (int ceYear in new[] { 2022, 2024 })
        foreach (string spelling in new[] { ThaiMonths.FullName(month), ThaiMonths.Abbreviation(month) })
        foreach (bool thai in new[] { true, false })
        {
            string text = $"ประจำเดือน {spelling} {ceYear + 543}";
            if (thai) text = ThaiDigits.ToThai(text);
            var range = Assert.Single(ThaiDateRange.FindAll(text));
            Assert.Equal(new DateOnly(ceYear, month, 1), range.Start);
            Assert.Equal(new DateOnly(ceYear, month, DateTime.DaysInMonth(ceYear, month)), range.End);
        }
    }
}
