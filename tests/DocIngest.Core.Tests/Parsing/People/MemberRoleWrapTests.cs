using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.People;

namespace DocIngest.Core.Tests.Parsing.People;

/// <summary>Roles split over two lines with part of the position, or misread inside a narrow table cell (texts written for these tests).</summary>
public class MemberRoleWrapTests
{
    private readonly MemberParser _parser = new();

    [Fact]
    public void ParseOrderMembers_PositionTailAndRoleOnTheNextLine_BothJoined()
    {
        var members = _parser.ParseOrderMembers(
        [
            "๑. นายอุดม ไชยวงศ์ ผู้อำนวยการโรงพยาบาลเซกา ประธานกรรมการ",
            "๒. นางเยาวลักษณ์ ศรีพรม หัวหน้ากลุ่มงานเวชศาสตร์ครอบครัวและบริการด้านปฐมภูมิ",
            "และองค์รวม กรรมการ",
            "๓. นายศักดา มูลมาตย์ นักวิชาการพัสดุ กรรมการและเลขานุการ",
        ], new List<string>());

        Assert.Equal(new Person("นางเยาวลักษณ์ ศรีพรม", "หัวหน้ากลุ่มงานเวชศาสตร์ครอบครัวและบริการด้านปฐมภูมิและองค์รวม", "กรรมการ"), members[1]);
        Assert.Equal(3, members.Count);
    }

    [Fact]
    public void ParseOrderMembers_RoleBrokenAfterItsConjunction_WholeRoleAndPositionWithoutIt()
    {
        var members = _parser.ParseOrderMembers(
        [
            "๑. นายอุดม ไชยวงศ์ ผู้อำนวยการโรงพยาบาลเซกา ประธานกรรมการ",
            "๒. นางสาวลำดวน แสนศรี เจ้าพนักงานธุรการปฏิบัติงาน กรรมการและ",
            "ผู้ช่วยเลขานุการ",
        ], new List<string>());

        Assert.Equal(new Person("นางสาวลำดวน แสนศรี", "เจ้าพนักงานธุรการปฏิบัติงาน", "กรรมการและผู้ช่วยเลขานุการ"), members[1]);
    }

    [Fact]
    public void ParseOrderMembers_PositionEndingInAnAreaNumberWrappedWithTheRole_BothJoined()
    {
        var members = _parser.ParseOrderMembers(
        [
            "๑. นายประภาส ทองบุญ รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
            "ประถมศึกษาขอนแก่น เขต ๓ ประธานกรรมการ",
            "๒. นางสุกัญญา แสนคำ ผู้อำนวยการกลุ่มอำนวยการ กรรมการ",
        ], new List<string>());

        Assert.Equal(new Person("นายประภาส ทองบุญ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๓", "ประธานกรรมการ"), members[0]);
        Assert.Equal(2, members.Count);
    }

    [Fact]
    public void ParseOrderMembers_WrappedPieces_ReportedAsMemberLinesWithTheMembers()
    {
        var memberLines = new List<string>();
        _parser.ParseOrderMembers(
        [
            "เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้",
            "๑. นายประภาส ทองบุญ รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
            "ประถมศึกษาขอนแก่น เขต ๓ ประธานกรรมการ",
            "๒. นางสาวอรวรรณ พันธุ์ดี นักทรัพยากรบุคคลชำนาญการพิเศษ กรรมการ",
            "และเลขานุการ",
            "ให้คณะกรรมการมีหน้าที่ติดตามการดำเนินงาน",
        ], new List<string>(), memberLines);

        Assert.Equal(
            ["๑. นายประภาส ทองบุญ รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "ประถมศึกษาขอนแก่น เขต ๓ ประธานกรรมการ",
             "๒. นางสาวอรวรรณ พันธุ์ดี นักทรัพยากรบุคคลชำนาญการพิเศษ กรรมการ", "และเลขานุการ"],
            memberLines);
    }

    [Fact]
    public void ParseOrderMembers_SentenceAfterARolelessMember_NotTakenAsItsTail()
    {
        var members = _parser.ParseOrderMembers(
        [
            "๑. นายประภาส ทองบุญ รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
            "ให้คณะกรรมการมีหน้าที่ติดตามการดำเนินงาน และรายงานผลต่อคณะกรรมการ",
        ], new List<string>());

        Assert.Null(Assert.Single(members).Role);
    }

    [Theory]
    [InlineData("๗. นายธนวัฒน์ศรีมงคล นักจัดการงานทั่วไปปฏิบัติการ กรรมการ", "นายธนวัฒน์ศรีมงคล", "นักจัดการงานทั่วไปปฏิบัติการ")]
    [InlineData("๗. นางสาวอรวรรณพันธุ์ดี ผู้อำนวยการกลุ่มนโยบายและแผน กรรมการ", "นางสาวอรวรรณพันธุ์ดี", "ผู้อำนวยการกลุ่มนโยบายและแผน")]
    [InlineData("๗. นายธนวัฒน์ ศรีมงคล นักจัดการงานทั่วไปปฏิบัติการ กรรมการ", "นายธนวัฒน์ ศรีมงคล", "นักจัดการงานทั่วไปปฏิบัติการ")]
    public void MemberLine_SurnameRunIntoTheFirstName_NameAsPrintedAndWholePosition(string line, string name, string position) =>
        Assert.Equal(new Person(name, position, "กรรมการ"), MemberParser.MemberLine(line));

    [Fact]
    public void ParseOrderMembers_NextMemberAfterARolelessOne_NotTakenAsItsTail()
    {
        var members = _parser.ParseOrderMembers(
        [
            "๑. นายอุดม ไชยวงศ์ ผู้อำนวยการโรงพยาบาลเซกา",
            "นายศักดา มูลมาตย์ กรรมการ",
        ], new List<string>());

        Assert.Null(members[0].Role);
        Assert.Equal(2, members.Count);
    }

    [Theory]
    [InlineData("กรรมการและ ผ\nผู้ชวย\nเลขานุการ", "กรรมการและผู้ช่วยเลขานุการ")]
    [InlineData("รองประธาน\nกรรมการ", "รองประธานกรรมการ")]
    [InlineData("กรรมการและ\nเลขานุการ", "กรรมการและเลขานุการ")]
    public void Exact_RoleWrappedAndMisreadInANarrowCell_Role(string cell, string role)
    {
        Assert.Equal(role, MemberRoles.Exact(cell));
    }

    [Fact]
    public void Exact_ShortWordNearTwoRoles_None()
    {
        // Two letters from a long role, and no nearer: "กรรมการและเลขานุการ" vs "คณะทำงานและเลขานุการ" must not be guessed.
        Assert.Null(MemberRoles.Exact("กรรมการ"[..5]));
    }
}
