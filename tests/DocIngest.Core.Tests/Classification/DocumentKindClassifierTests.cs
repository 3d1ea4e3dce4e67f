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

    // An announcement whose ประกาศ OCR garbled everywhere: title, call to know and issue line (fresh text, not a sample).
    private const string GarbledAnnouncement =
        "“7 Re กาศโรงพยาบาลส่งเสริมสุขภาพตำบลหนองแวง\n" +
        "เรื่อง แนวทางการใช้ห้องประชุมของหน่วยงาน\n" +
        "ด้วยโรงพยาบาลส่งเสริมสุขภาพตำบลหนองแวงมีห้องประชุมหนึ่งห้อง\n" +
        "จึงกำหนดแนวทางการจองและการใช้ห้องประชุมไว้ดังต่อไปนี้\n" +
        "๑. ให้จองห้องล่วงหน้าอย่างน้อยสามวันทำการ\n" +
        "๒. ให้ผู้ใช้ห้องปิดไฟและเครื่องปรับอากาศเมื่อเลิกใช้\n" +
        "๓. ให้แจ้งเจ้าหน้าที่เมื่ออุปกรณ์ชำรุด\n" +
        "Hoe กาศให้ทราบและถือปฏิบัติโดยทั่วกัน\n" +
        "ประกาศ ณ vin ๑๔ มีนาคม พ.ศ. ๒๕๖๘\n" +
        "(นางสาวมยุรี แก้วประเสริฐ)\n" +
        "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลหนองแวง";

    [Fact]
    public void Classify_AnnouncementWithEveryPrakatGarbled_AnnouncementByLayout()
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice(GarbledAnnouncement), 0);

        Assert.Equal(3, DocumentKindClassifier.AnnouncementLayoutSignals(GarbledAnnouncement.Split('\n')));
        Assert.Equal(DocumentKind.Announcement, verdict.Kind);
        Assert.Contains("announcement layout", verdict.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void AnnouncementLayoutSignals_ProseQuotingPrakatMidLine_NoneCounted()
    {
        // A sentence that mentions an announcement is no closing: ประกาศ stands far from the line's start.
        string[] lines =
        [
            "รายงานการดำเนินงานของหน่วยงาน",
            "หน่วยงานได้จัดทำแนวทางป้องกันการทุจริต",
            "และเผยแพร่ไว้บนเว็บไซต์ของหน่วยงานแล้ว",
            "เจ้าหน้าที่ได้รับทราบตามที่หัวหน้าหน่วยงานประกาศให้ทราบโดยทั่วกันแล้ว",
            "โดยมีผลตั้งแต่วันที่หัวหน้าประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๗",
        ];

        Assert.Equal(0, DocumentKindClassifier.AnnouncementLayoutSignals(lines));
    }

    [Fact]
    public void Classify_OneGarbledPrakatSignalOnly_NoLayoutVote()
    {
        // Only the issue line survives as a signal: one alone may be a quoted ประกาศ, so no layout vote.
        var text = string.Join('\n', GarbledAnnouncement.Split('\n').Select((l, i) => i == 0 ? "หนองแวง" : l).Where(l => !l.StartsWith("Hoe", StringComparison.Ordinal)));

        var verdict = Readers.KindClassifier.Classify(null, Slice(text), 0);

        Assert.Equal(1, DocumentKindClassifier.AnnouncementLayoutSignals(text.Split('\n')));
        Assert.DoesNotContain("announcement layout", verdict.Basis, StringComparison.Ordinal);
    }

    // A summary of the ITA under a title the title words do not know (สรุปผล…): yearly scores and grades, no indicators.
    private const string ItaSummary =
        "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n" +
        "เทศบาลตำบลโนนสะอาด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n" +
        "ผลการประเมินย้อนหลัง\n" +
        "ปี ๒๕๖๕ ได้ ๗๑.๒๐ คะแนน ระดับ C\n" +
        "ปี ๒๕๖๖ ได้ ๘๐.๔๕ คะแนน ระดับ B\n" +
        "ปี ๒๕๖๗ ได้ ๘๖.๑๐ คะแนน ระดับ A";

    [Fact]
    public void Classify_ItaNamedWithYearlyResults_ItaAnalysisByResults()
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice(ItaSummary), 0, 3);

        Assert.Equal(DocumentKind.ItaAnalysis, verdict.Kind);
        Assert.Contains("ita results", verdict.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_YearlyResultsWithoutItaNamed_NoResultsVote()
    {
        var text = ItaSummary.Replace("คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", "การดำเนินงาน", StringComparison.Ordinal);

        var verdict = Readers.KindClassifier.Classify(null, Slice(text), 0, 3);

        Assert.DoesNotContain("ita results", verdict.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_MemoReportingItaResults_StillMemo()
    {
        var memo = "บันทึกข้อความ\nส่วนราชการ สำนักปลัด เทศบาลตำบลโนนสะอาด\nที่ นส ๕๑๐๐๑/๑๒๓ วันที่ ๕ มกราคม ๒๕๖๘\n" +
                   "เรื่อง รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA)\nเรียน นายกเทศมนตรีตำบลโนนสะอาด\n" + string.Join('\n', ItaSummary.Split('\n').Skip(2));

        var verdict = Readers.KindClassifier.Classify(new TitleCue(0, DocumentKind.Memo, "บันทึกข้อความ"), Slice(memo), 0, 3);

        Assert.Equal(DocumentKind.Memo, verdict.Kind);
    }

    [Fact]
    public void Classify_GarbledMemoTitleAndLabelsBehindSpecks_MemoByHeaderLabels()
    {
        // บันทึกข้อความ lost its first syllable, เรื่อง garbled whole, เรียน behind a speck: three labels still stand.
        var memo = "“2 Ge ทึกข้อความ\nส่วนราชการ กลุ่มงานบริหารทั่วไป โรงพยาบาลโนนสะอาด\nที่ อด ๐๐๓๓.๓๐๑/๔๔๕\n" +
                   "WAG โช้ง. ขอความเห็นชอบแผนการอบรมเจ้าหน้าที่\n. เรียน ผู้อำนวยการโรงพยาบาลโนนสะอาด\n" +
                   "ด้วยกลุ่มงานบริหารทั่วไปได้จัดทำแผนการอบรมเจ้าหน้าที่ประจำปีแล้ว";

        var verdict = Readers.KindClassifier.Classify(null, Slice(memo), 0);

        Assert.Equal(DocumentKind.Memo, verdict.Kind);
        Assert.Contains("header labels", verdict.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ItaNamedInGarbledTitleWithOneIndicator_ItaAnalysisByIndicators()
    {
        var analysis = "“2 Ge ถารวิเคราะหน์ผลถารประเมิน ITA\nเทศบาลตำบลโนนสะอาด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n" +
                       "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้ ๙๑.๒๐ คะแนน";

        var verdict = Readers.KindClassifier.Classify(null, Slice(analysis), 1);

        Assert.Equal(DocumentKind.ItaAnalysis, verdict.Kind);
        Assert.Contains("indicators", verdict.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_WithoutModelOrCues_Other() =>
        Assert.Equal(new KindVerdict(DocumentKind.Other, 0.5, "no model"), new DocumentKindClassifier(null).Classify(null, Slice("ข้อความ"), 0));
}
