using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

/// <summary>
/// Bundles: a document and what is attached behind it in one file, split at the attachment's title block whatever
/// its wording. Texts written for these tests (a district health office and a hospital), not taken from the samples.
/// </summary>
public class BundleSplitTests
{
    private static IReadOnlyList<DocumentSegment> Split(params string[] pages) =>
        new DocumentSegmenter().Split(ContentUnit.Flatten(Readers.Pages(pages)));

    private const string SignedMemo =
        "บันทึกข้อความ\nส่วนราชการ สำนักงานสาธารณสุขอำเภอบ่อทอง โทร. ๐๓๘-๒๑๑๐๐๐\nที่ ชบ ๐๑๓๒/๑๕ วันที่ ๙ มกราคม ๒๕๖๗\n" +
        "เรื่อง ขออนุมัติมาตรการป้องกันการขัดกันแห่งผลประโยชน์\nเรียน สาธารณสุขอำเภอบ่อทอง\n\n" +
        "กลุ่มงานบริหารทั่วไปได้จัดทำมาตรการป้องกันการขัดกันแห่งผลประโยชน์ รายละเอียดตามที่แนบ จึงเรียนมาเพื่อโปรดพิจารณา\n\n" +
        "(นางสาวจันทร์เพ็ญ ทองดี)\nนักจัดการงานทั่วไปชำนาญการ";

    private const string MeasureTable =
        "ลำดับ\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n" +
        "๑\tเปิดเผยรายการทรัพย์สิน\tรวบรวมแบบแสดงรายการ\tงานบุคคล\tม.ค. ๖๗ - มี.ค. ๖๗\n" +
        "๒\tตรวจสอบผู้มีส่วนได้เสีย\tให้กรรมการลงนามรับรอง\tงานพัสดุ\tม.ค. ๖๗ - ก.ย. ๖๗";

    [Fact]
    public void Split_SignedMemoThenPlanTitledWithoutYearOrTopic_TwoDocuments()
    {
        var segments = Split(SignedMemo, "มาตรการป้องกันการขัดกันแห่งผลประโยชน์\nสำนักงานสาธารณสุขอำเภอบ่อทอง\n\n" + MeasureTable);

        Assert.Equal(2, segments.Count);
        Assert.Equal(DocumentKind.Memo, segments[0].Cue!.Kind);
        Assert.Equal((1, 1), (segments[0].Slice.PageStart, segments[0].Slice.PageEnd));
        Assert.Equal(2, segments[1].Slice.PageStart);
        Assert.Equal("มาตรการป้องกันการขัดกันแห่งผลประโยชน์", segments[1].Cue!.Title);
    }

    [Fact]
    public void Split_SignedMemoThenPageOpeningOnTableHeaderRow_AttachmentWithoutTitle()
    {
        var segments = Split(SignedMemo, MeasureTable);

        Assert.Equal(2, segments.Count);
        Assert.Null(segments[1].Cue!.Title);
        Assert.Equal((2, 2), (segments[1].Slice.PageStart, segments[1].Slice.PageEnd));
        Assert.Single(segments[1].Slice.Tables);
        Assert.Empty(segments[0].Slice.Tables);
    }

    [Fact]
    public void Split_MemoAnnouncingAttachmentButUnsigned_TableOnNextPageStillOpensAttachment()
    {
        string memo = SignedMemo[..SignedMemo.IndexOf("(นางสาว", StringComparison.Ordinal)].Replace(
            "เรียน สาธารณสุขอำเภอบ่อทอง", "เรียน สาธารณสุขอำเภอบ่อทอง\nสิ่งที่ส่งมาด้วย มาตรการป้องกันการขัดกันแห่งผลประโยชน์ จำนวน ๑ ชุด");

        var segments = Split(memo, MeasureTable);

        Assert.Equal(2, segments.Count);
    }

    [Fact]
    public void Split_MemoWhoseSignatureWasNotReadButClosed_TableOnNextPageOpensAttachment()
    {
        string closedUnsigned = SignedMemo[..SignedMemo.IndexOf("(นางสาว", StringComparison.Ordinal)] + "\n\nจึงเรียนมาเพื่อโปรดทราบ\n\nนักจัดการงานทั่วไปชำนาญการ";

        var segments = Split(closedUnsigned, MeasureTable);

        Assert.Equal(2, segments.Count);
    }

    [Fact]
    public void Split_TableContinuingWithRepeatedHeaderRow_StaysOneDocument()
    {
        var segments = Split(SignedMemo + "\n\n" + MeasureTable, MeasureTable.Replace("๑\t", "๓\t").Replace("๒\t", "๔\t"));

        Assert.Single(segments);
    }

    [Fact]
    public void Split_UnsignedMemoContinuingOnPageThatOpensWithMeasureWord_StaysOneDocument()
    {
        string unsigned = SignedMemo[..SignedMemo.IndexOf("(นางสาว", StringComparison.Ordinal)];

        var segments = Split(unsigned, "มาตรการที่ ๒ ให้ผู้บริหารกำกับติดตามการปฏิบัติตามมาตรการทุกไตรมาส\nจึงเรียนมาเพื่อโปรดพิจารณา");

        Assert.Single(segments);
    }

    [Fact]
    public void Split_SecondMemoWithGarbledTitle_NewMemo()
    {
        var segments = Split(SignedMemo,
            "บพทกขอความ\nส่วนราชการ โรงพยาบาลบ่อทอง\nที่ ชบ ๐๐๓๒/๗ วันที่ ๑๐ มกราคม ๒๕๖๗\nเรื่อง รายงานผลการเปิดเผยข้อมูล\nเรียน ผู้อำนวยการโรงพยาบาลบ่อทอง\n\nตามที่...");

        Assert.Equal(2, segments.Count);
        Assert.Equal(DocumentKind.Memo, segments[1].Cue!.Kind);
        Assert.Equal(2, segments[1].Slice.PageStart);
    }

    [Fact]
    public void Split_MemoWhoseTitleLineWasLost_HeaderBlockOpensIt()
    {
        var segments = Split(SignedMemo,
            "ส่วนราชการ โรงพยาบาลบ่อทอง กลุ่มงานบริหาร\nที่ ชบ ๐๐๓๒/๘ วันที่ ๑๑ มกราคม ๒๕๖๗\nเรื่อง ขอเผยแพร่ประกาศ\nเรียน ผู้อำนวยการโรงพยาบาลบ่อทอง\n\nด้วย...");

        Assert.Equal(2, segments.Count);
        Assert.Equal(DocumentKind.Memo, segments[1].Cue!.Kind);
    }

    [Fact]
    public void Split_BodyLineStartingWithAgencyLabelMidPage_NoNewDocument()
    {
        var segments = Split(SignedMemo + "\n\nส่วนราชการ ที่เกี่ยวข้องให้ถือปฏิบัติ\nเรื่อง นี้ให้แจ้งเวียน");

        Assert.Single(segments);
    }
}
