using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>
/// Orders that amend or cancel an earlier order and cite its number, and order numbers whose year OCR garbled (texts
/// written for these tests).
/// </summary>
public class OrderCitingOrderTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseOrder_BodyCitesAnotherOrdersNumber_OwnNumberKeptAndBodyStartsThere()
    {
        var lines = new[]
        {
            "คำสั่งเทศบาลตำบลหนองกุง", "ที่ ๑๕/๒๕๖๘", "เรื่อง ยกเลิกคำสั่งและแต่งตั้งคณะทำงานใหม่",
            "ตามคำสั่งเทศบาลตำบลหนองกุง ที่ ๒๙๑/๒๕๖๗ ลงวันที่ ๑๘ ธันวาคม ๒๕๖๗ ได้แต่งตั้งคณะทำงาน นั้น จึงให้ยกเลิกคำสั่งดังกล่าว",
            "๑. นายสมศักดิ์ ดีงาม ปลัดเทศบาล หัวหน้าคณะทำงาน",
            "สั่ง ณ วันที่ ๒๐ มกราคม พ.ศ. ๒๕๖๘",
        };

        var result = _parser.ParseOrder(lines, new List<string>());

        Assert.Equal("15/2568", result.Header?.Reference);
        Assert.Equal("ยกเลิกคำสั่งและแต่งตั้งคณะทำงานใหม่", result.Header?.Subject);
        Assert.Equal(3, result.BodyStart);
    }

    [Fact]
    public void ParseOrder_SubjectNamesTheAmendedOrder_SubjectWhole()
    {
        var result = _parser.ParseOrder(
        [
            "คำสั่งอำเภอนาด้วง", "ที่ ๒๔๘/๒๕๖๗", "เรื่อง แก้ไขคำสั่งอำเภอนาด้วง ที่ ๑๙๖/๒๕๖๗ เรื่อง แต่งตั้งคณะกรรมการ",
            "ตามคำสั่งอำเภอนาด้วง ที่ ๑๙๖/๒๕๖๗ ลงวันที่ ๒ พฤษภาคม ๒๕๖๗ ได้แต่งตั้งคณะกรรมการ นั้น",
            "สั่ง ณ วันที่ ๒๔ มิถุนายน พ.ศ. ๒๕๖๗",
        ], new List<string>());

        Assert.Equal("248/2567", result.Header?.Reference);
        Assert.Equal("แก้ไขคำสั่งอำเภอนาด้วง ที่ ๑๙๖/๒๕๖๗ เรื่อง แต่งตั้งคณะกรรมการ", result.Header?.Subject);
        Assert.Equal(3, result.BodyStart);
    }

    [Fact]
    public void ParseOrder_NumbersYearGarbled_YearFromTheIssueDate()
    {
        var warnings = new List<string>();
        var result = _parser.ParseOrder(
        [
            "คำสั่งอำเภอนาด้วง", "ที่ ๒๔๘/๒๕ณา๗", "เรื่อง แต่งตั้งคณะกรรมการจัดทำแผน",
            "เพื่อให้การดำเนินงานเป็นไปอย่างต่อเนื่อง จึงแต่งตั้งคณะกรรมการ ดังนี้",
            "สั่ง ณ วันที่ ๒๔ มิถุนายน พ.ศ. ๒๕๖๗",
        ], warnings);

        Assert.Equal("248/2567", result.Header?.Reference);
        Assert.Contains(warnings, w => w.Contains("issue date", StringComparison.Ordinal));
    }

    [Fact]
    public void ParseOrder_NumbersYearGarbledAndIssueYearDisagrees_KeptAsRead()
    {
        var result = _parser.ParseOrder(
        [
            "คำสั่งอำเภอนาด้วง", "ที่ ๒๔๘/๒๕ณา๗", "เรื่อง แต่งตั้งคณะกรรมการจัดทำแผน",
            "สั่ง ณ วันที่ ๒๔ มิถุนายน พ.ศ. ๒๕๖๖",
        ], new List<string>());

        Assert.Equal("248/25ณา7", result.Header?.Reference);
    }

    [Theory]
    [InlineData("248/25ณา7", 2567, "248/2567")]
    [InlineData("12/256ค", 2567, "12/2567")]
    [InlineData("12/25ค7", 2567, "12/2567")]
    [InlineData("12/25ค8", 2567, null)]
    [InlineData("12/2567", 2567, null)]
    [InlineData("12/ค567", 2567, null)]
    [InlineData("12/25คคค", 2567, null)]
    public void WithYearOfIssue_GarbledYear_CompletedOnlyWhenTheDigitsReadFit(string reference, int year, string? expected) =>
        Assert.Equal(expected, OrderNumbers.WithYearOfIssue(reference, year));

    [Fact]
    public void Find_TwoDigitYearRunIntoLetters_NotTakenAsAYear() =>
        Assert.Null(OrderNumbers.Find(["คำสั่งอำเภอนาด้วง", "ที่ ๒๔๘/๒๕ณา๗"]));

    [Fact]
    public void Read_OrderWhoseRolesWrap_BodyWithoutTheWrappedPieces()
    {
        var doc = Assert.Single(Readers.Read(
            "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๓\nที่ ๔๑๒/๒๕๖๗\nเรื่อง แต่งตั้งคณะกรรมการขับเคลื่อนการดำเนินงาน\n\n" +
            "ตามคำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๓ ที่ ๒๐๑/๒๕๖๗ ได้แต่งตั้งคณะกรรมการ นั้น จึงแต่งตั้งคณะกรรมการใหม่ ดังนี้\n" +
            "๑. นายประภาส ทองบุญ รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา\nประถมศึกษาขอนแก่น เขต ๓ ประธานกรรมการ\n" +
            "๒. นางสาวอรวรรณ พันธุ์ดี นักทรัพยากรบุคคลชำนาญการพิเศษ กรรมการ\nและเลขานุการ\n" +
            "ให้คณะกรรมการมีหน้าที่กำหนดแนวทางการป้องกันการทุจริต ติดตามการดำเนินงาน และรายงานผลต่อผู้อำนวยการทุกไตรมาส\n\n" +
            "สั่ง ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๗\n\n(นายวรพจน์ ศรีสุราช)\nผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๓"));

        var body = Assert.Single(doc.Sections).Text;
        Assert.StartsWith("ตามคำสั่งสำนักงานเขตพื้นที่การศึกษา", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ประธานกรรมการ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("และเลขานุการ", body, StringComparison.Ordinal);
        Assert.Contains("ให้คณะกรรมการมีหน้าที่", body, StringComparison.Ordinal);
        Assert.Equal("412/2567", doc.Header?.Reference);
        Assert.Equal(2, doc.Members.Count);
    }

    [Fact]
    public void Read_OrderWhoseNumbersYearIsGarbled_OrderNumberCompleted()
    {
        var doc = Assert.Single(Readers.Read(
            "คำสั่งอำเภอนาด้วง\nที่ ๒๔๘/๒๕ณา๗\nเรื่อง แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการ\n\n" +
            "เพื่อให้การดำเนินงานเป็นไปอย่างต่อเนื่อง จึงแต่งตั้งคณะกรรมการ ดังนี้\n" +
            "๑. นายสมศักดิ์ ดีงาม ปลัดอำเภอ ประธานกรรมการ\n๒. นางสาวอรทัย ใจดี ท้องถิ่นอำเภอ กรรมการ\n\n" +
            "สั่ง ณ วันที่ ๒๔ มิถุนายน พ.ศ. ๒๕๖๗\n\n(นายเกียรติ ศักดิ์ดี)\nนายอำเภอนาด้วง"));

        Assert.Equal("248/2567", doc.OrderNumber);
        Assert.Equal("248/2567", doc.Header?.Reference);
    }
}
