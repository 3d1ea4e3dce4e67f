using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

public class DocumentKindClassifierTests
{
    private static DocumentSlice Slice(string text) => new(ContentUnit.Flatten(Readers.Pages(text)));

    [Fact]
    public void Classify_TitleCue_KindFromTitleWithHighConfidence()
    {
        var verdict = Readers.KindClassifier.Classify(new TitleCue(0, DocumentKind.Order, "คำสั่ง"), Slice("คำสั่งเทศบาล\nที่ 1/2566"), 0);

        Assert.Equal(DocumentKind.Order, verdict.Kind);
        Assert.InRange(verdict.Confidence, 0.9, 1.0);
    }

    [Fact]
    public void Classify_IndicatorScores_ItaAnalysis() =>
        Assert.Equal(DocumentKind.ItaAnalysis, Readers.KindClassifier.Classify(null, Slice("ผลการประเมิน"), 5).Kind);

    [Fact]
    public void Classify_MeasureTableHeaderInTable_MeasurePlan()
    {
        var slice = Slice("แผนปฏิบัติการ\n\nลำดับ\tมาตรการ\tขั้นตอนการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n๑\tจัดทำคู่มือ\tประชุม\tกองคลัง\tต.ค. ๖๖");

        Assert.True(DocumentKindClassifier.HasMeasureHeader(slice));
        Assert.Equal(DocumentKind.MeasurePlan, Readers.KindClassifier.Classify(null, slice, 0).Kind);
    }

    [Fact]
    public void Classify_MinutesWithoutTitleCue_MeetingLinesAndModelSayMinutes()
    {
        var slice = Slice("ครั้งที่ ๒/๒๕๖๗\nผู้มาประชุม\n๑. นายสมชาย ใจดี ประธาน\nเริ่มประชุมเวลา ๐๙.๐๐ น.\nระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\nมติที่ประชุม รับทราบ");

        var verdict = Readers.KindClassifier.Classify(null, slice, 0);

        Assert.Equal(DocumentKind.Minutes, verdict.Kind);
        Assert.Equal("meeting lines+model", verdict.Basis);
    }

    [Fact]
    public void Classify_WithoutModelOrCues_Other() =>
        Assert.Equal(new KindVerdict(DocumentKind.Other, 0.5, "no model"), new DocumentKindClassifier(null).Classify(null, Slice("ข้อความ"), 0));
}
