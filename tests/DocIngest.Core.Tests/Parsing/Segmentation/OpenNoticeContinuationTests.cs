using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

/// <summary>
/// An announcement whose numbered measures run over several pages, a page opening on an item whose number OCR lost
/// (as the measures sweep, tools/sweep/measures, showed on its sweep-tune fonts; texts written for these tests).
/// </summary>
public class OpenNoticeContinuationTests
{
    private static IReadOnlyList<DocumentSegment> Split(params string[] pages) =>
        new DocumentSegmenter().Split(ContentUnit.Flatten(Readers.Pages(pages)));

    private const string AnnouncementFirstPage =
        "ประกาศโรงพยาบาลหนองแสง\nเรื่อง มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n" +
        "โรงพยาบาลหนองแสงจึงกำหนดมาตรการป้องกันการทุจริต ดังนี้\n" +
        "๑. มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน\nก. รวบรวมข้อมูลจากทุกกลุ่มงาน\nผู้รับผิดชอบ งานพัสดุ";

    [Fact]
    public void Split_UnsignedAnnouncementThenPageOpeningOnAMeasureItem_OneDocument()
    {
        var segments = Split(AnnouncementFirstPage,
            "i มาตรการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\nก. เปิดช่องทางร้องเรียน\nผู้รับผิดชอบ งานนิติการ\n" +
            "จึงประกาศให้ทราบโดยทั่วกัน\nประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๗\n(นายวิชัย บุญมา)\nผู้อำนวยการโรงพยาบาลหนองแสง");

        var segment = Assert.Single(segments);
        Assert.Equal(DocumentKind.Announcement, segment.Cue!.Kind);
        Assert.Equal((1, 2), (segment.Slice.PageStart, segment.Slice.PageEnd));
    }

    [Fact]
    public void Split_SignedAnnouncementThenPlanHeading_TheAttachmentStillOpens()
    {
        var segments = Split(AnnouncementFirstPage + "\nจึงประกาศให้ทราบโดยทั่วกัน\nประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๗\n(นายวิชัย บุญมา)",
            "มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nมาตรการที่ ๑ เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง");

        Assert.Equal(2, segments.Count);
        Assert.Equal(2, segments[1].Slice.PageStart);
    }
}
