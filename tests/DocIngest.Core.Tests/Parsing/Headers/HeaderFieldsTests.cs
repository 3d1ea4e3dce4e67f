using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

public class HeaderFieldsTests
{
    [Theory]
    [InlineData("๐๔๓ - ๘๑๖๐๖๑", "043-816061")]
    [InlineData("๐-๔๔๙๗-๔๒๒๔", "0-4497-4224")]
    [InlineData("0 4351 2233 ต่อ 12", "0 4351 2233")]
    public void NormalizePhone_PrintedForms_ArabicWithoutSpacesAroundDashes(string printed, string expected) =>
        Assert.Equal(expected, HeaderFields.NormalizePhone(printed));

    [Theory]
    [InlineData("๐ ๔๔๑๒ ๓๔๕๖ ๑๐ มกราคม ๒๕๖๔", "0 4412 3456")]
    [InlineData("053-210335 5 ก.พ. 66", "053-210335")]
    [InlineData("0 4326 1547 20 พฤศจิกายน 2567", "0 4326 1547")]
    public void NormalizePhone_DateAfterNumber_NotSwallowed(string printed, string expected) =>
        Assert.Equal(expected, HeaderFields.NormalizePhone(printed));

    [Theory]
    [InlineData("ขก ๗๔๓๐๒/๒๑๘ ๒๐ พฤศจิกายน ๒๕๖๗", "ขก ๗๔๓๐๒/๒๑๘", "๒๐ พฤศจิกายน ๒๕๖๗")]
    [InlineData("- AUN oo มกราคม ๒๕๐๒๕", "-", "oo มกราคม ๒๕๐๒๕")]
    [InlineData("ชย 52001/7 วนท 2 ธ.ค. 2565", "ชย 52001/7", "2 ธ.ค. 2565")]
    [InlineData("สข 0023.4/ว 112", "สข 0023.4/ว 112", null)]
    public void SplitReferenceAndDate_DateLabelLost_DateSplitOff(string value, string reference, string? date)
    {
        var split = HeaderFields.SplitReferenceAndDate(value);
        Assert.Equal(reference, split.Reference);
        Assert.Equal(date, split.Date);
    }

    [Theory]
    [InlineData("สั่ง ณ วันที่ 3 เมษายน พ.ศ. 2567", "3 เมษายน พ.ศ. 2567")]
    [InlineData("ประกาศ ณ วันที่ ๑๐ เดือน มกราคม พ.ศ. ๒๕๖๔", "๑๐ เดือน มกราคม พ.ศ. ๒๕๖๔")]
    [InlineData("ประชุมวันพุธที่ ๑๕ มกราคม ๒๕๖๔", "วันพุธที่ ๑๕ มกราคม ๒๕๖๔")]
    public void FirstDate_LabelBeforeDate_NotPartOfPrintedDate(string text, string printed) =>
        Assert.Equal(printed, HeaderFields.FirstDate(text)!.Value.Printed);

    [Theory]
    [InlineData("๓๘๒๑ ๙๒๓๒", "03821 9232")]       // a landline without its 0 (read into the dot of "โทร.")
    [InlineData("๓๘-๒๑๙๒๓๒-๓", "038-219232-3")]   // the same with a line range after it
    [InlineData("๘๑-๒๓๔-๕๖๗๘", "081-234-5678")]   // a mobile without its 0
    [InlineData("๑๓๐๐ ๑๒๓", "1300 123")]          // seven digits: no full number, as printed
    [InlineData("+66 38 219 232", "66 38 219 232")] // international: as printed
    public void NormalizePhone_FullNumberWithoutLeadingZero_ZeroPutBack(string printed, string expected) =>
        Assert.Equal(expected, HeaderFields.NormalizePhone(printed));

    [Fact]
    public void NormalizePhone_TooFewDigits_Null() => Assert.Null(HeaderFields.NormalizePhone("12"));

    [Theory]
    [InlineData("กส ๕๑๐๐๑/ ๑๓๓๓", "กส 51001/1333")]
    [InlineData("มท ๐๘๑๐.๓/ว ๒๒๑๕", "มท 0810.3/ว 2215")]
    // A running number left blank to be filled in by hand stays as printed.
    [InlineData("นก.๕๒๐๐๑.๒ / -", "นก.52001.2 / -")]
    [InlineData("ศธ 04002/-", "ศธ 04002 / -")]
    // The letter code is consonant initials: a mark on it is a speck OCR read.
    [InlineData("ขกุ ๗๔๓๐๒/๒๑๘", "ขก 74302/218")]
    [InlineData("มท่ ๐๘๐๘.๒/ว ๑๒๓", "มท 0808.2/ว 123")]
    [InlineData("นกิ.๕๒๐๐๑.๒/๑๕", "นก.52001.2/15")]
    [InlineData("ยก ๐๐๓๓.๑๘/๔๒๗ | Suit", "ขก 0033.18/427")] // ข read as ย: no code ยก, one look-alike off ขก
    [InlineData("ยส ๐๐๓๓.๑๘/๔๒๗", "ยส 0033.18/427")]          // a code of its own (ยโสธร) stays
    public void NormalizeReference_PrintedForms_Normalised(string printed, string expected) =>
        Assert.Equal(expected, HeaderFields.NormalizeReference(printed));

    [Theory]
    [InlineData("-")]
    [InlineData("  ")]
    [InlineData("- ")]
    [InlineData("- AUN")]
    public void NormalizeReference_Blank_Null(string printed) => Assert.Null(HeaderFields.NormalizeReference(printed));

    [Theory]
    [InlineData("ที่ ๕/๒๕๖๔", "5/2564")]
    [InlineData("ที 12 / 2566", "12/2566")]
    [InlineData("คำสั่งโรงเรียนบ้านโคก ที่ 031/2565", "031/2565")]
    [InlineData("N ๕/๒๕๖๔", "5/2564")]
    [InlineData("n 117/2567", "117/2567")]
    public void OrderNumbersFind_PrintedForms_NumberSlashYear(string line, string expected) =>
        Assert.Equal(expected, OrderNumbers.Find([line]));

    [Theory]
    [InlineData("ตามหนังสือ ๕/๒๕๖๔")]
    [InlineData("N ๕/๓๔")]
    [InlineData("ข้อ 3/2566 ของแผน")]
    public void OrderNumbersFind_FractionInText_Null(string line) => Assert.Null(OrderNumbers.Find([line]));

    [Theory]
    [InlineData("พฤศจกายน", 11)] // a mark lost
    [InlineData("ตุลลาคม", 10)]   // a letter doubled
    [InlineData("ธันวาคม", 12)]
    [InlineData("มกราคม", 1)]
    public void MonthOf_MonthNameWithALetterOff_TheMonth(string word, int month) =>
        Assert.Equal(month, HeaderFields.MonthOf(word));

    [Theory]
    [InlineData("ประจำปี")]
    [InlineData("เมษา")]
    [InlineData("Wedel")]
    public void MonthOf_OtherWord_Null(string word) =>
        Assert.Null(HeaderFields.MonthOf(word));
}
