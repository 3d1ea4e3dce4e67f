using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiDateTests
{
    [Theory]
    [InlineData("๑๐ กุมภาพันธ์ ๒๕๖๕", "2022-02-10")]
    [InlineData("5 มิ.ย. 2563", "2020-06-05")]
    [InlineData("๓๐ ก.ย. ๖๕", "2022-09-30")]
    [InlineData("๓๐ ก.ย.๖๕", "2022-09-30")]
    [InlineData("วันพุธที่ ๑๕ มกราคม ๒๕๖๔", "2021-01-15")]
    [InlineData("วันที่ ๑ เดือน มีนาคม พ.ศ. ๒๕๖๔", "2021-03-01")]
    [InlineData("ลว. ๕ มิถุนายน ๒๕๖๓", "2020-06-05")]
    [InlineData("1 ตุลาคม ค.ศ. 2022", "2022-10-01")]
    [InlineData("๒๘ ก.พ. ๒๕๖๗", "2024-02-28")]
    [InlineData("29 กุมภาพันธ์ 2567", "2024-02-29")]
    [InlineData("๑๕ ก ร ก ฎ า ค ม ๒๕๖๖", "2023-07-15")]
    [InlineData("๑๕ กรกฏาคม ๒๕๖๖", "2023-07-15")]
    [InlineData("๑๐ กุมภาพันธ์ ๒๕ ๖๕", "2022-02-10")]
    [InlineData("๑๐ กุมภาพันธ์ พ.ศ.๒๕๖๕", "2022-02-10")]
    public void TryParse_OfficialForms_ReadsCommonEraDate(string text, string iso)
    {
        Assert.True(ThaiDate.TryParse(text, out var date));
        Assert.Equal(iso, ThaiDate.ToIso(date));
    }

    [Theory]
    [InlineData("๓๑ กุมภาพันธ์ ๒๕๖๕")]
    [InlineData("29 ก.พ. 2566")]
    [InlineData("31 เม.ย. 2565")]
    [InlineData("0 มกราคม 2565")]
    [InlineData("ไม่มีวันที่ในข้อความนี้")]
    public void TryParse_ImpossibleOrAbsentDate_ReturnsFalse(string text)
    {
        Assert.False(ThaiDate.TryParse(text, out _));
    }

    [Fact]
    public void FindAll_DayPrefix_BelongsToMatch()
    {
        var match = Assert.Single(ThaiDate.FindAll("ประชุมในวันพุธที่ ๑๕ มกราคม ๒๕๖๔ เวลา ๑๐.๐๐ น."));
        Assert.Equal("วันพุธที่ ๑๕ มกราคม ๒๕๖๔", match.Text);
        Assert.Equal(new DateOnly(2021, 1, 15), match.Date);
    }

    [Fact]
    public void FindAll_SeveralDates_ReturnsEachInOrderWithPositions()
    {
        const string text = "ลว. ๕ มิถุนายน ๒๕๖๓ และ ลว. 1 มี.ค. 64";
        var matches = ThaiDate.FindAll(text).ToList();
        Assert.Equal([new DateOnly(2020, 6, 5), new DateOnly(2021, 3, 1)], matches.Select(m => m.Date));
        Assert.All(matches, m => Assert.Equal(m.Text, text.Substring(m.Index, m.Length)));
    }

    [Fact]
    public void FindAll_DayRange_DoesNotReportRangeEndAsDate()
    {
        Assert.Empty(ThaiDate.FindAll("ระหว่าง ๑–๓๑ ตุลาคม ๒๕๖๕"));
    }

    [Fact]
    public void FindAll_DateAfterYearAndDash_StillADate()
    {
        var match = Assert.Single(ThaiDate.FindAll("ตุลาคม ๒๕๖๕- ๓๐ กันยายน ๒๕๖๖"));
        Assert.Equal(new DateOnly(2023, 9, 30), match.Date);
    }

    [Fact]
    public void FindAll_NumberBeforeMonth_NotTakenFromLongerNumber()
    {
        Assert.Empty(ThaiDate.FindAll("รหัส 12345 มกราคม"));
    }

    [Fact]
    public void ToThai_Date_WritesThaiDigitsAndBuddhistYear()
    {
        Assert.Equal("๑๐ กุมภาพันธ์ ๒๕๖๕", ThaiDate.ToThai(new DateOnly(2022, 2, 10)));
        Assert.Equal("10 กุมภาพันธ์ 2565", ThaiDate.ToThai(new DateOnly(2022, 2, 10), thaiDigits: false));
    }

    // Property-style round trip: every month x every spelling x both digit systems x every year form, for the first,
    // a middle and the last day of the month; the day after the last is rejected.
    public static TheoryData<int> Months() => new(Enumerable.Range(1, 12));

    private static readonly string[] FullNames =
        ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

    private static readonly string[] DottedNames =
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    private static IEnumerable<string> Spellings(int month)
    {
        string dotted = DottedNames[month - 1];
        yield return FullNames[month - 1];
        yield return dotted;
        yield return dotted.Replace(".", "");
        yield return dotted.TrimEnd('.');
        yield return dotted.Replace(".", ". ").TrimEnd();
    }

    private static IEnumerable<(string Text, bool TwoDigit)> YearForms(int ceYear)
    {
        int be = ceYear + 543;
        yield return ($"{be}", false);
        yield return ($"พ.ศ. {be}", false);
        yield return ($"{be % 100:00}", true);
        yield return ($"ค.ศ. {ceYear}", false);
        yield return ($"{ceYear}", false);
    }

    [Theory]
    [MemberData(nameof(Months))]
    public void FindAll_GeneratedDatesOfMonth_RoundTrip(int month)
    {
        int checkedCount = 0;
        foreach (int ceYear in new[] { 2020, 2022, 2023, 2024 })
        {
            int last = DateTime.DaysInMonth(ceYear, month);
            foreach (int day in new[] { 1, 15, last })
            foreach (string spelling in Spellings(month))
            foreach (var (year, _) in YearForms(ceYear))
            foreach (bool thaiDigits in new[] { true, false })
            foreach (string gap in new[] { " ", "" })
            {
                string text = $"{day} {spelling}{gap}{year}";
                if (thaiDigits) text = ThaiDigits.ToThai(text);
                var match = Assert.Single(ThaiDate.FindAll($"ลงวันที่ {text} แล้ว"));
                Assert.Equal(new DateOnly(ceYear, month, day), match.Date);
                checkedCount++;
            }
        }
        Assert.Equal(4 * 3 * 5 * 5 * 2 * 2, checkedCount);
    }

    [Theory]
    [MemberData(nameof(Months))]
    public void FindAll_DayAfterLastOfMonth_Rejected(int month)
    {
        foreach (int ceYear in new[] { 2023, 2024 })
        {
            int beyond = DateTime.DaysInMonth(ceYear, month) + 1;
            foreach (string spelling in Spellings(month))
            {
                Assert.Empty(ThaiDate.FindAll($"{beyond} {spelling} {ceYear + 543}"));
                Assert.Empty(ThaiDate.FindAll(ThaiDigits.ToThai($"{beyond} {spelling} {ceYear + 543}")));
            }
        }
    }
}
