using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.Sections;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>A form's header: the เรื่อง it refers to and the date filled in after วัน/เดือน/ปี.</summary>
public class FormHeaderTests
{
    private readonly HeaderParser _parser = new();

    private static List<BodyLine> OneBlockALine(params string[] lines) => lines.Select((l, i) => new BodyLine(l, i + 1)).ToList();

    [Fact]
    public void ParseForm_SubjectEndingInItsYearAndDateInACell_SubjectStopsAtTheYear()
    {
        var result = _parser.ParseForm(
            OneBlockALine(
                "แบบคำขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของเทศบาลตำบลนาดี",
                "ตามประกาศเทศบาลตำบลนาดี",
                "เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ พ.ศ. ๒๕๖๕",
                "สำหรับกองและสำนักในสังกัดเทศบาลตำบลนาดี"),
            ["ชื่อหน่วยงาน : กองคลัง วัน/เดือน/ปี : ๑๙ ตุลาคม ๒๕๖๖ หัวข้อ: รายงานการเงินประจำเดือน"]);

        var header = result.Header!;
        Assert.Equal("แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ พ.ศ. ๒๕๖๕", header.Subject);
        Assert.Equal("2023-10-19", header.Date);
        Assert.Equal("๑๙ ตุลาคม ๒๕๖๖", header.DateText);
    }

    [Fact]
    public void ParseForm_NoSubjectNorFilledDate_NoHeader()
    {
        var result = _parser.ParseForm(OneBlockALine("พระราชบัญญัติ", "มาตรา ๑ พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติส่งเสริมจริยธรรม พ.ศ. ๒๕๖๖"), []);

        Assert.Null(result.Header);
    }
}
