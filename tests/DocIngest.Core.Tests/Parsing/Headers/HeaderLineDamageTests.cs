using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.Sections;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>Memo and order header lines as scans break them (texts written for these tests).</summary>
public class HeaderLineDamageTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseMemo_AgencyTailBeforeThePhoneLabelAndReferenceWithoutItsLabel_AllFields()
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กลุ่มงานการพยาบาล โรงพยาบาลนาแก อำเภอนาแก จังหวัด",
            "นครพนม โทร. ๐ ๔๒๕๗ ๑๑๒๓ ต่อ ๒๐๔",
            "นพ ๐๐๓๓.๓๐๑/๗๗๐ วันที่ ๔ มิถุนายน ๒๕๖๗",
            "เรื่อง ขอส่งรายชื่อผู้เข้ารับการอบรม",
            "เรียน ผู้อำนวยการโรงพยาบาลนาแก",
        ], new List<string>());

        var header = result.Header!;
        Assert.Equal("กลุ่มงานการพยาบาล โรงพยาบาลนาแก อำเภอนาแก จังหวัดนครพนม", header.Agency);
        Assert.Equal("0 4257 1123", header.Phone); // the extension is no part of the number (HeaderFieldsTests)
        Assert.Equal("นพ 0033.301/770", header.Reference);
        Assert.Equal("2024-06-04", header.Date);
    }

    [Fact]
    public void ParseOrder_SubjectWrapLaidIntoTheBodyBlock_JoinedToTheSubject()
    {
        var lines = new List<BodyLine>
        {
            new("คำสั่งโรงพยาบาลนาแก", 0), new("ที่ ๑๒/๒๕๖๘", 1),
            new("เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุและงานจ้าง", 2),
            new("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", 3),
            new("เพื่อให้การตรวจรับพัสดุเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้", 3),
            new("๑. นายสมพงษ์ ศรีทอง ผู้อำนวยการโรงพยาบาลนาแก ประธานกรรมการ", 3),
            new("สั่ง ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๗", 4),
        };

        var header = _parser.ParseOrder(lines, new List<string>()).Header!;

        Assert.Equal("แต่งตั้งคณะกรรมการตรวจรับพัสดุและงานจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", header.Subject);
    }
}
