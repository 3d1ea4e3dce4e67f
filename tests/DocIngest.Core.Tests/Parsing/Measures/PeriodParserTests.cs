using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class PeriodParserTests
{
    [Theory]
    [InlineData("ม.ค.- มี.ค.๖๔", "2021-01-01", "2021-03-31")]
    [InlineData("ตุลาคม ๒๕๖๕- ๓๐ กันยายน ๒๕๖๖", "2022-10-01", "2023-09-30")]
    [InlineData("๒ ตุลาคม ๒๕๖๖ – ๓๑ มกราคม ๒๕๖๗", "2023-10-02", "2024-01-31")]
    [InlineData("1 ต.ค. 65 - 30 ก.ย. 66", "2022-10-01", "2023-09-30")]
    [InlineData("มกราคม ๒๕๖๔", "2021-01-01", "2021-01-31")]
    [InlineData("กุมภาพันธ์ 2567", "2024-02-01", "2024-02-29")]
    [InlineData("๑๕ มกราคม ๒๕๖๔", "2021-01-15", "2021-01-15")]
    [InlineData("พ.ย. - ม.ค. ๖๕", "2021-11-01", "2022-01-31")]
    [InlineData("ต.ค. ๖๕ - ก.ย.", "2022-10-01", "2023-09-30")]
    [InlineData("๑ - ๓๑ ม.ค. ๖๔", "2021-01-01", "2021-01-31")]
    [InlineData("มกราคม - มีนาคม ๒๕๖๔", "2021-01-01", "2021-03-31")]
    [InlineData("ตั้งแต่เดือนมกราคม ถึง เดือนมีนาคม ๒๕๖๔", "2021-01-01", "2021-03-31")]
    [InlineData("1 ตุลาคม ค.ศ. 2022 - 31 ธันวาคม ค.ศ. 2022", "2022-10-01", "2022-12-31")]
    [InlineData("ปีงบประมาณ ๒๕๖๖", "2022-10-01", "2023-09-30")]
    [InlineData("ปีงบประมาณ พ.ศ. 2566", "2022-10-01", "2023-09-30")]
    [InlineData("ปีงบประมาณ ๒๕๖๖ - ๒๕๖๗", "2022-10-01", "2024-09-30")]
    [InlineData("ปี ๒๕๖๖", "2022-10-01", "2023-09-30")]
    public void Parse_PrintedRange_GivesIsoStartAndEnd(string text, string start, string end)
    {
        var period = PeriodParser.Parse(text, fiscalYear: null);

        Assert.NotNull(period);
        Assert.Equal(start, period.Start);
        Assert.Equal(end, period.End);
    }

    [Theory]
    [InlineData("ตลอดปีงบประมาณ", "2022-10-01", "2023-09-30")]
    [InlineData("ตลอดปี", "2022-10-01", "2023-09-30")]
    [InlineData("ทุกเดือน", "2022-10-01", "2023-09-30")]
    [InlineData("ไตรมาสที่ ๑", "2022-10-01", "2022-12-31")]
    [InlineData("ไตรมาสที่ ๑–๔", "2022-10-01", "2023-09-30")]
    [InlineData("ไตรมาส 2 - 3", "2023-01-01", "2023-06-30")]
    [InlineData("ไตรมาสที่ ๔", "2023-07-01", "2023-09-30")]
    [InlineData("เม.ย. - มิ.ย.", "2023-04-01", "2023-06-30")]
    [InlineData("ต.ค. - ธ.ค.", "2022-10-01", "2022-12-31")]
    [InlineData("พฤศจิกายน", "2022-11-01", "2022-11-30")]
    public void Parse_PeriodRelativeToFiscalYear_UsesDocumentFiscalYear(string text, string start, string end)
    {
        var period = PeriodParser.Parse(text, fiscalYear: 2566);

        Assert.NotNull(period);
        Assert.Equal(start, period.Start);
        Assert.Equal(end, period.End);
    }

    [Fact]
    public void Parse_PrintedFiscalYear_WinsOverDocumentFiscalYear()
    {
        var period = PeriodParser.Parse("ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗", fiscalYear: 2566);

        Assert.Equal("2024-01-01", period?.Start);
        Assert.Equal("2024-03-31", period?.End);
    }

    [Theory]
    [InlineData("ตลอดปีงบประมาณ")]
    [InlineData("ไตรมาสที่ ๑")]
    [InlineData("เม.ย. - มิ.ย.")]
    public void Parse_FiscalRelativeWithoutFiscalYear_KeepsTextWithoutDates(string text)
    {
        var period = PeriodParser.Parse(text, fiscalYear: null);

        Assert.NotNull(period);
        Assert.Equal(text, period.Text);
        Assert.Null(period.Start);
        Assert.Null(period.End);
    }

    [Theory]
    [InlineData("ดำเนินการอย่างต่อเนื่อง")]
    [InlineData("ตามรอบการประเมินของ ก.พ.ร.")]
    [InlineData("๓๑ ก.พ. ๒๕๖๕")]
    public void Parse_NoReadableDate_ReturnsTextWithNullDates(string text)
    {
        var period = PeriodParser.Parse(text, fiscalYear: null);

        Assert.NotNull(period);
        Assert.Null(period.Start);
    }

    [Fact]
    public void Parse_WrappedLines_JoinsTextAndReadsRange()
    {
        var period = PeriodParser.Parse("ม.ค.-\nมี.ค.๖๔", fiscalYear: null);

        Assert.Equal("ม.ค.- มี.ค.๖๔", period?.Text);
        Assert.Equal("2021-01-01", period?.Start);
        Assert.Equal("2021-03-31", period?.End);
    }

    [Theory]
    [InlineData("ตุลาคม ๒๕๒๐๕- ๓๐ กันยายน ๒๕๒๐๒๐", "2022-10-01", "2023-09-30")]
    [InlineData("ต.ุค. ๒๕ - กุย. ๑๐", "2022-10-01", "2023-09-30")]
    [InlineData("เมย - มิย", "2023-04-01", "2023-06-30")]
    [InlineData("ปงบประมาณ ๒๕๒๒๐", "2022-10-01", "2023-09-30")]
    [InlineData("ตลอดปบปีงบประมาณ", "2022-10-01", "2023-09-30")]
    public void Parse_OcrGarbledPeriod_RecoveredWithFiscalYear(string ocr, string start, string end)
    {
        var period = PeriodParser.Parse(ocr, fiscalYear: 2566);

        Assert.Equal((start, end), (period?.Start, period?.End));
    }

    [Fact]
    public void Parse_UndottedAbbreviationInsideWord_NotAMonth()
    {
        Assert.Null(PeriodParser.Parse("ตามแผนกค่าใช้จ่าย", fiscalYear: null)?.Start);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Parse_EmptyText_ReturnsNull(string text) => Assert.Null(PeriodParser.Parse(text, 2566));
}
