using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

public class DocumentSegmenterTests
{
    private static IReadOnlyList<DocumentSegment> Split(params string[] pages) =>
        new DocumentSegmenter().Split(ContentUnit.Flatten(Readers.Pages(pages)));

    private const string Memo = "บันทึกข้อความ\nส่วนราชการ กองคลัง เทศบาลตำบลนาดี\nที่ นด 0001/12 วันที่ 3 มีนาคม 2566\nเรื่อง ขอส่งคำสั่ง\nเรียน นายกเทศมนตรีตำบลนาดี\n\nตามที่ได้มีคำสั่งแต่งตั้งคณะกรรมการ นั้น จึงขอส่งสำเนาคำสั่งมาเพื่อทราบ";

    [Fact]
    public void Split_MemoPageThenOrderPage_TwoDocumentsWithCues()
    {
        var segments = Split(Memo, "คำสั่งเทศบาลตำบลนาดี\nที่ 12/2566\nเรื่อง แต่งตั้งคณะกรรมการ\nตามที่...");

        Assert.Equal([DocumentKind.Memo, DocumentKind.Order], segments.Select(s => s.Cue!.Kind!.Value));
        Assert.Equal((1, 1), (segments[0].Slice.PageStart, segments[0].Slice.PageEnd));
        Assert.Equal(2, segments[1].Slice.PageStart);
        Assert.Equal("คำสั่งเทศบาลตำบลนาดี", segments[1].Cue!.Title);
    }

    [Fact]
    public void Split_ReportHeadingAfterCoverForewordAndContents_OneDocument()
    {
        var segments = Split(
            "รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง และข้อเสนอแนะ\nกลุ่มงานบริหารทั่วไป งานพัสดุ",
            "คำนำ\nเอกสารฉบับนี้จัดทำขึ้นเพื่อสรุปวิเคราะห์และรายงานผลการจัดซื้อจัดจ้างในรอบปีงบประมาณ พ.ศ.๒๕๖๒",
            "สารบัญ\nรายงานสรุปผลการจัดซื้อจัดจ้าง ๑\nความสามารถในการประหยัดงบประมาณ ๕",
            "รายงานผลการวิเคราะห์การจัดซื้อจัดจ้างในรอบปีงบประมาณ พ.ศ.๒๕๖๒\nการจัดซื้อจัดจ้างเป็นงานส่วนหนึ่งของงานพัสดุ");

        var only = Assert.Single(segments);
        Assert.Equal((1, 4), (only.Slice.PageStart, only.Slice.PageEnd));
        Assert.NotNull(only.Cue);
    }

    [Fact]
    public void Split_ReportHeadingAfterAnUncuedLetter_StillOpensADocument()
    {
        var segments = Split(
            "เอกสารฉบับนี้จัดทำขึ้นเพื่อสรุปวิเคราะห์และรายงานผลการจัดซื้อจัดจ้าง ตามที่ได้รับมอบหมาย",
            "รายงานผลการวิเคราะห์การจัดซื้อจัดจ้างในรอบปีงบประมาณ พ.ศ.๒๕๖๒\nการจัดซื้อจัดจ้างเป็นงานส่วนหนึ่งของงานพัสดุ");

        Assert.Equal(2, segments.Count);
    }

    [Fact]
    public void Split_OrderStartingMidPage_SplitsThePageBetweenDocuments()
    {
        var segments = Split(Memo + "\n\nคำสั่งเทศบาลตำบลนาดี\nที่ ๑๒/๒๕๖๖\nเรื่อง แต่งตั้งคณะกรรมการ");

        Assert.Equal(2, segments.Count);
        Assert.Equal(1, segments[1].Slice.PageStart);
        Assert.DoesNotContain(segments[0].Slice.Pages().Single().Text.Split('\n'), l => l.StartsWith("คำสั่ง"));
        Assert.StartsWith("คำสั่ง", segments[1].Slice.Pages().Single().Text);
    }

    [Fact]
    public void Split_OrderTitleWithToneLostAndNumberUnreadable_StillAnOrder()
    {
        var segments = Split("ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส\nจากผลการประเมินพบว่ามีผลคะแนนอยู่ในระดับดี", "คำสังองค์การบริหารส่วนตำบลกำปัง\nN ๕/๓๔\nเรื่อง แต่งตั้งคณะทำงาน\nตามที่...");

        Assert.Equal(2, segments.Count);
        Assert.Equal(DocumentKind.Order, segments[1].Cue!.Kind);
        Assert.Equal(2, segments[1].Slice.PageStart);
    }

    [Fact]
    public void Split_SpecklesAboveTitleOfNextPage_GoWithTheNewDocument()
    {
        var segments = Split(Memo, "aw «ee Y\n043-65\nคำสั่งเทศบาลตำบลนาดี\nที่ 12/2566\nเรื่อง แต่งตั้งคณะกรรมการ\nตามที่...");

        Assert.Equal(2, segments.Count);
        Assert.Equal((1, 1), (segments[0].Slice.PageStart, segments[0].Slice.PageEnd));
        Assert.Equal((2, 2), (segments[1].Slice.PageStart, segments[1].Slice.PageEnd));
        Assert.Equal(DocumentKind.Order, segments[1].Cue!.Kind);
    }

    [Fact]
    public void Split_TextAboveTitleOnSamePage_StaysWithThePreviousDocument()
    {
        var segments = Split(Memo, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป\nคำสั่งเทศบาลตำบลนาดี\nที่ 12/2566\nเรื่อง แต่งตั้งคณะกรรมการ\nตามที่...");

        Assert.Equal(2, segments.Count);
        Assert.Equal((1, 2), (segments[0].Slice.PageStart, segments[0].Slice.PageEnd));
    }

    [Fact]
    public void Split_OrderReferencedInMemoBody_NoNewDocument()
    {
        var segments = Split(Memo + "\n\nตามคำสั่งเทศบาลตำบลนาดี ที่ 12/2566 เรื่อง แต่งตั้งคณะกรรมการ");

        Assert.Single(segments);
    }

    [Fact]
    public void Split_StampAboveTitle_RelabelsInsteadOfSplitting()
    {
        var segments = Split("043-65\n\n" + Memo);

        var segment = Assert.Single(segments);
        Assert.Equal(DocumentKind.Memo, segment.Cue!.Kind);
    }

    [Fact]
    public void Split_PlanHeadingAtTopOfPage_StartsDocumentWithoutKind()
    {
        var segments = Split(Memo, "- ๒ -\n\nมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nเทศบาลตำบลนาดี");

        Assert.Equal(2, segments.Count);
        Assert.Null(segments[1].Cue!.Kind);
    }

    [Fact]
    public void Split_AnnouncementAndMinutes_Recognised()
    {
        var segments = Split(
            "ประกาศองค์การบริหารส่วนตำบลดอนตาล\nเรื่อง มาตรการป้องกันการรับสินบน\nด้วยองค์การบริหารส่วนตำบลดอนตาลได้กำหนดมาตรการ",
            "รายงานการประชุมคณะกรรมการ\nครั้งที่ 1/2566\nวันที่ 5 มกราคม 2566\nผู้มาประชุม");

        Assert.Equal([DocumentKind.Announcement, DocumentKind.Minutes], segments.Select(s => s.Cue!.Kind!.Value));
    }
}

public class DocumentSegmenterCitationTests
{
    [Fact]
    public void Split_AnnouncementCitedInsideAParagraph_NoNewDocument()
    {
        var pages = Readers.Pages("บันทึกข้อความ\nส่วนราชการ งานนิติการ เทศบาลเมืองยโสธร\nเรื่อง รายงานผล\nเรียน นายกเทศมนตรี\n\nได้ดำเนินการตามมาตรการแล้ว ดังนี้\nประกาศเทศบาลเมืองยโสธร เรื่อง มาตรการป้องกันการรับสินบน\nและแจ้งเวียนให้ทราบแล้ว");

        Assert.Single(new DocumentSegmenter().Split(ContentUnit.Flatten(pages)));
    }
}
