using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.People;

namespace DocIngest.Core.Tests.Parsing.People;

public class MemberParserTests
{
    private readonly MemberParser _parser = new();

    [Theory]
    [InlineData("๑. นายสมชาย ใจดี ปลัดเทศบาล ประธานกรรมการ", "นายสมชาย ใจดี", "ปลัดเทศบาล", "ประธานกรรมการ")]
    [InlineData("2) นางวิไล ทองคำ ผู้อำนวยการกองคลัง กรรมการและเลขานุการ", "นางวิไล ทองคำ", "ผู้อำนวยการกองคลัง", "กรรมการและเลขานุการ")]
    [InlineData("๓. นางสาวมาลี ศรีสุข นักวิชาการเงินและบัญชี ผู้ช่วยเลขานุการ", "นางสาวมาลี ศรีสุข", "นักวิชาการเงินและบัญชี", "ผู้ช่วยเลขานุการ")]
    [InlineData("4. นายอนันต์ แก้วกล้า รองนายกเทศมนตรี รองประธานกรรมการ", "นายอนันต์ แก้วกล้า", "รองนายกเทศมนตรี", "รองประธานกรรมการ")]
    public void MemberLine_NumberedLine_NamePositionRole(string line, string name, string position, string role) =>
        Assert.Equal(new Person(name, position, role), MemberParser.MemberLine(line));

    [Fact]
    public void ParseOrderMembers_TableAndLinesInOrder_KeepsPrintedOrder()
    {
        var table = new Table(1, 4,
        [
            new TableCell(0, 0, 1, 1, ["2."], null, 1), new TableCell(0, 1, 1, 1, ["นายประเสริฐ บุญมา"], null, 1),
            new TableCell(0, 2, 1, 1, ["หัวหน้าสำนักปลัด"], null, 1), new TableCell(0, 3, 1, 1, ["กรรมการ"], null, 1),
        ]);
        var warnings = new List<string>();

        var members = _parser.ParseOrderMembers(["1. นายสมชาย ใจดี ปลัด อบต. ประธานกรรมการ", table, "3. นางวิไล ทองคำ นักทรัพยากรบุคคล เลขานุการ"], warnings);

        Assert.Equal(["นายสมชาย ใจดี", "นายประเสริฐ บุญมา", "นางวิไล ทองคำ"], members.Select(m => m.Name));
        Assert.Equal(new Person("นายประเสริฐ บุญมา", "หัวหน้าสำนักปลัด", "กรรมการ"), members[1]);
        Assert.Empty(warnings);
    }

    [Fact]
    public void ParseOrderMembers_NameAndRoleWrappedInNarrowCells_Joined()
    {
        var table = new Table(1, 4,
        [
            new TableCell(0, 0, 1, 1, ["2"], null, 1), new TableCell(0, 1, 1, 1, ["นางสาวกมลชนก บุญ", "ประเสริฐ"], null, 1),
            new TableCell(0, 2, 1, 1, ["ปลัดเทศบาลตำบล", "โนนสะอาด"], null, 1), new TableCell(0, 3, 1, 1, ["รองประธาน", "กรรมการ"], null, 1),
        ]);

        var member = Assert.Single(_parser.ParseOrderMembers([table], new List<string>()));

        Assert.Equal("นางสาวกมลชนก บุญประเสริฐ", member.Name);
        Assert.Equal("รองประธานกรรมการ", member.Role);
    }

    // A three-column list set as text (name | position | role): boxes as OCR gave them on a 300 dpi scan.
    private static TextLine Line(string text, int x, int y, int width) => new(text, new BoundingBox(x, y, width, 90), 0.9);

    [Fact]
    public void ParseOrderMembers_SurnameWrappedUnderNameColumn_JoinedToName()
    {
        var members = _parser.ParseOrderMembers(
        [
            Line("5. นางชนรรทน์สิตา สุ ผู้อำนวยการกองคลัง กรรมการ", 356, 2467, 1789),
            Line("ประพนธ์ oe", 355, 2547, 498),
            Line("6. นายพัฒนศักดิ์ มั่นดี ผู้อำนวยการกองช่าง กรรมการ", 357, 2629, 1788),
        ], new List<string>());

        Assert.Equal(new Person("นางชนรรทน์สิตา สุประพนธ์", "ผู้อำนวยการกองคลัง", "กรรมการ"), members[0]);
        Assert.Equal("นายพัฒนศักดิ์ มั่นดี", members[1].Name);
    }

    [Fact]
    public void ParseOrderMembers_PositionWrappedUnderPositionColumn_JoinedToPosition()
    {
        var members = _parser.ParseOrderMembers(
        [
            Line("1. นายมีชัย จงสันเทียะ นายกองค์การบริหารส่วน ประธาน", 362, 1898, 1756),
            Line(": ตำบล", 937, 2008, 319),
            Line("9. นางนุชจรินทร์ พรีพรม นักทรัพยากรบุคคลชำนาญ เลขานุการ", 357, 2961, 1815),
            Line("การ", 1113, 3067, 96),
            Line("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", 650, 3200, 1000),
        ], new List<string>());

        Assert.Equal(new Person("นายมีชัย จงสันเทียะ", "นายกองค์การบริหารส่วนตำบล", "ประธาน"), members[0]);
        Assert.Equal(new Person("นางนุชจรินทร์ พรีพรม", "นักทรัพยากรบุคคลชำนาญการ", "เลขานุการ"), members[1]);
    }

    [Fact]
    public void ParseOrderMembers_ShortLineFarBelowList_NotAttached()
    {
        var members = _parser.ParseOrderMembers(
        [
            Line("1. นายมีชัย จงสันเทียะ นายกองค์การบริหารส่วนตำบล ประธาน", 362, 1898, 1756),
            Line("สั่งการ", 1113, 2400, 190),
        ], new List<string>());

        Assert.Equal("นายกองค์การบริหารส่วนตำบล", members[0].Position);
    }

    [Fact]
    public void ParseOrderMembers_NoList_Warns()
    {
        var warnings = new List<string>();

        Assert.Empty(_parser.ParseOrderMembers(["ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"], warnings));
        Assert.Contains(warnings, w => w.StartsWith("members:"));
    }

    [Fact]
    public void ParseAttendees_AttendanceList_ReadsUntilAbsentees()
    {
        var attendees = _parser.ParseAttendees(
            ["ผู้มาประชุม", "1. นายสมชาย ใจดี นายกเทศมนตรี", "2. นางวิไล ทองคำ ปลัดเทศบาล", "ผู้ไม่มาประชุม", "1. นายอนันต์ แก้วกล้า ติดราชการ"],
            new List<string>());

        Assert.Equal([new Person("นายสมชาย ใจดี", "นายกเทศมนตรี"), new Person("นางวิไล ทองคำ", "ปลัดเทศบาล")], attendees);
    }

    [Fact]
    public void ParseAttendees_NoListOnlySpeakers_NoneWithWarning()
    {
        var warnings = new List<string>();

        var attendees = _parser.ParseAttendees(["นายสมชาย ใจดี - เปิดประชุม", "นายสมชาย ใจดี - ปิดประชุม", "นางวิไล ทองคำ ปลัด - รายงาน"], warnings);

        Assert.Empty(attendees);
        Assert.Contains("ผู้มาประชุม", Assert.Single(warnings));
    }
}
