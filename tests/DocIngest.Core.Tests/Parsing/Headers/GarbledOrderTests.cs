using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.People;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>Orders whose labels OCR garbled, and member lists written otherwise than in the samples.</summary>
public class GarbledOrderTests
{
    [Theory]
    [InlineData("ที่: ๑๕๐/๒๕๖๓", "150/2563")]
    [InlineData("ทึ่ . 150/2563", "150/2563")]
    [InlineData("๑๕๐/๒๕๖๓", "150/2563")]
    [InlineData("' n ๑๕๐ | ๒๕๖๓", "150/2563")]
    public void Find_GarbledOrMissingLabel_NumberAndYear(string line, string expected) =>
        Assert.Equal(expected, OrderNumbers.Find(["คำสั่งสำนักงานสาธารณสุขอำเภอหนองใหญ่", line, "เรื่อง แต่งตั้งคณะกรรมการ"]));

    [Fact]
    public void Find_FractionInTheBody_NotTaken() =>
        Assert.Null(OrderNumbers.Find(["คำสั่งเทศบาลตำบลนาดี", "เรื่อง แต่งตั้งคณะกรรมการ", "ให้ดำเนินการตามหนังสือที่อ้างถึง อัตราส่วน ๓/๔ ของงบประมาณ"]));

    [Fact]
    public void Read_OrderWithGarbledLabelAndIssueLine_NumberAndDateStillRead()
    {
        var doc = Assert.Single(Readers.Read(
            "คำสั่งเทศบาลตำบลโคกสูง\nn ๗๘/๒๕๖๗\nเรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ\n****************\n\n" +
            "เพื่อให้การตรวจรับพัสดุเป็นไปตามระเบียบ จึงแต่งตั้งคณะกรรมการ ดังนี้\n" +
            "๑. นายสมศักดิ์ ดีงาม ปลัดเทศบาล เป็นประธานกรรมการ\n๒. นางสาวอรทัย ใจดี ผู้อำนวยการกองคลัง กรรมการ\n\n" +
            "สั่ง น วันที่ ๑๒ มกราคม พ.ศ. ๒๕๖๗\n\n(นายเกียรติ ศักดิ์ดี)\nนายกเทศมนตรีตำบลโคกสูง"));

        Assert.Equal(DocumentKind.Order, doc.Kind);
        Assert.Equal("78/2567", doc.OrderNumber);
        Assert.Equal("2024-01-12", doc.Header?.Date);
        Assert.Equal([new Person("นายสมศักดิ์ ดีงาม", "ปลัดเทศบาล", "ประธานกรรมการ"), new Person("นางสาวอรทัย ใจดี", "ผู้อำนวยการกองคลัง", "กรรมการ")], doc.Members);
    }

    [Theory]
    [InlineData("๑.๑ นายวิทยา สุขใจ ผู้อำนวยการกองช่าง อนุกรรมการ", "นายวิทยา สุขใจ", "ผู้อำนวยการกองช่าง", "อนุกรรมการ")]
    [InlineData("- นางสุดา พรมมา หัวหน้าฝ่ายการเงิน กรรมการและเลขานุการ", "นางสุดา พรมมา", "หัวหน้าฝ่ายการเงิน", "กรรมการและเลขานุการ")]
    [InlineData("๓) นายชาญ ยิ่งยง รองปลัด เป็นรองประธานกรรมการ", "นายชาญ ยิ่งยง", "รองปลัด", "รองประธานกรรมการ")]
    public void MemberLine_OtherNumberingAndRoleWordings_NamePositionRole(string line, string name, string position, string role) =>
        Assert.Equal(new Person(name, position, role), MemberParser.MemberLine(line));

    [Fact]
    public void ParseOrder_BodyOpeningWithAnActsName_EndsTheSubject()
    {
        // The rule under the subject is leaders only, which cleaning removes: the body's opening words must end the subject.
        var header = new HeaderParser().ParseOrder(
            ["ประกาศโรงพยาบาลบ้านนา", "เรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง", "ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มีผลบังคับใช้", "แล้วนั้น จึงกำหนดมาตรการ ดังนี้"],
            new List<string>());

        Assert.Equal("มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง", header.Header?.Subject);
    }

    [Fact]
    public void ParseMemo_SubjectLabelRunIntoItsText_SubjectRead()
    {
        var header = new HeaderParser().ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ โรงพยาบาลบ้านนา", "ที่ชม๐๐๓๒/๑๒๓ วันที่ ๙ ธันวาคม ๒๕๖๖", "เรื่องขออนุญาตเผยแพร่แผนการจัดซื้อจัดจ้าง", "เรียน ผู้อำนวยการโรงพยาบาลบ้านนา", "เรื่องเดิม", "ตามที่โรงพยาบาลได้จัดทำแผน นั้น"],
            new List<string>());

        Assert.Equal("ขออนุญาตเผยแพร่แผนการจัดซื้อจัดจ้าง", header.Header?.Subject);
    }

    [Fact]
    public void ParseOrderMembers_RoleAloneOnTheNextLine_JoinedToItsMember()
    {
        var members = new MemberParser().ParseOrderMembers(
            ["๑. นายสมหมาย ใจซื่อ รองนายกเทศมนตรี", "ประธานกรรมการ", "๒. นางสาวพรรณี สุขดี นักวิชาการพัสดุ", "กรรมการและเลขานุการ", "กรรมการ"],
            new List<string>());

        Assert.Equal([new Person("นายสมหมาย ใจซื่อ", "รองนายกเทศมนตรี", "ประธานกรรมการ"), new Person("นางสาวพรรณี สุขดี", "นักวิชาการพัสดุ", "กรรมการและเลขานุการ")], members);
    }

    [Fact]
    public void ParseOrder_IssueDateWrappedOntoTheNextLine_Read()
    {
        var header = new HeaderParser().ParseOrder(
            ["คำสั่งเทศบาลตำบลนาดี", "ที่ ๓๒/๒๕๖๗", "เรื่อง แต่งตั้งคณะทำงาน", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", "สั่ง ณ วันที่", "๒๐ กุมภาพันธ์ พ.ศ. ๒๕๖๗"],
            new List<string>());

        Assert.Equal("2024-02-20", header.Header?.Date);
    }
}
