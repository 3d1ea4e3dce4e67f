using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.People;

namespace DocIngest.Core.Tests.Parsing.People;

/// <summary>Member lists as OCR damages them: numbers lost, roles wrapped or misread, junk in the number column (texts written for these tests).</summary>
public class MemberListDamageTests
{
    private readonly MemberParser _parser = new();

    [Fact]
    public void ParseOrderMembers_NumbersLostAfterTheFirstLines_MembersKept()
    {
        var members = _parser.ParseOrderMembers(
        [
            "๑. นายสมพงษ์ ศรีทอง ผู้อำนวยการโรงพยาบาลนาแก ประธานกรรมการ",
            "นางรัตนา พูลผล หัวหน้างานการเงิน กรรมการ",
            "URAS",
            "นายชาตรี คำมา นักจัดการงานทั่วไป กรรมการและเลขานุการ",
            "ให้คณะกรรมการมีหน้าที่ นายช่างโยธา ตรวจรับงาน",
        ], new List<string>());

        Assert.Equal(["ประธานกรรมการ", "กรรมการ", "กรรมการและเลขานุการ"], members.Select(m => m.Role));
        Assert.Equal(new Person("นายชาตรี คำมา", "นักจัดการงานทั่วไป", "กรรมการและเลขานุการ"), members[2]);
    }

    [Fact]
    public void ParseOrderMembers_RoleWrappedOntoTheNextLine_Joined()
    {
        var members = _parser.ParseOrderMembers(
        [
            "๑. นายสมพงษ์ ศรีทอง ผู้อำนวยการโรงพยาบาลนาแก ประธาน",
            "กรรมการ -",
            "๒. นางรัตนา พูลผล หัวหน้างานการเงิน กรรมการ",
        ], new List<string>());

        Assert.Equal(["ประธานกรรมการ", "กรรมการ"], members.Select(m => m.Role));
    }

    [Theory]
    [InlineData("ประธาน 1 คณะทำงาน", "ประธานคณะทำงาน")]
    [InlineData("คณะหำงาน", "คณะทำงาน")]
    [InlineData("คณะทำงาน และเลขานุการ", "คณะทำงานและเลขานุการ")]
    [InlineData("กรรมการ", "กรรมการ")]
    public void Exact_RoleCellAsOcrReadIt_Role(string cell, string role) => Assert.Equal(role, MemberRoles.Exact(cell));

    [Theory]
    [InlineData("ผู้อำนวยการกองคลัง")]
    [InlineData("KIA 3")]
    [InlineData("ประธานสภา")]
    public void Exact_NoRole_Null(string cell) => Assert.Null(MemberRoles.Exact(cell));

    [Fact]
    public void ParseOrderMembers_TableWithJunkInTheNumberColumn_PositionFromTheColumnAfterTheName()
    {
        var table = new Table(2, 4,
        [
            Cell(0, 0, "Cl"), Cell(0, 1, ".นางสาวพรพิมล แสนดี -"), Cell(0, 2, "นักวิชาการพัสดุ"), Cell(0, 3, "คณะทำงาน"),
            Cell(1, 0, "๒"), Cell(1, 1, "นายวีระ ทองใบ"), Cell(1, 2, "เจ้าพนักงานการเงิน"), Cell(1, 3, "คณะทำงาน // และเลขานุการ"),
        ]);

        var members = _parser.ParseOrderMembers([table], new List<string>());

        Assert.Equal(new Person("นางสาวพรพิมล แสนดี", "นักวิชาการพัสดุ", "คณะทำงาน"), members[0]);
        Assert.Equal(new Person("นายวีระ ทองใบ", "เจ้าพนักงานการเงิน", "คณะทำงานและเลขานุการ"), members[1]);
    }

    private static TableCell Cell(int row, int column, string text) => new(row, column, 1, 1, text.Split(" // "), null, 1);

    [Fact]
    public void ParseOrderMembers_RoleRestUnderTheNameColumn_RoleNotSurname()
    {
        // With boxes, a wrapped word under the name column is taken as the surname's tail; a role's rest is not.
        var members = _parser.ParseOrderMembers(
        [
            new TextLine("๑. นายสมพงษ์ ศรีทอง ผู้อำนวยการโรงพยาบาลนาแก ประธาน", new BoundingBox(100, 100, 1500, 50), 0.9),
            new TextLine("กรรมการ -", new BoundingBox(160, 155, 200, 45), 0.9),
        ], new List<string>());

        Assert.Equal(new Person("นายสมพงษ์ ศรีทอง", "ผู้อำนวยการโรงพยาบาลนาแก", "ประธานกรรมการ"), Assert.Single(members));
    }
}
