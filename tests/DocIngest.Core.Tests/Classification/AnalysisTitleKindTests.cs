using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

/// <summary>
/// An analysis title (รายงานผลการวิเคราะห์…) makes an ITA analysis only when it names the assessment analysed: a report
/// analysing procurement or risks is another document (fresh wordings, not a corpus file's).
/// </summary>
public class AnalysisTitleKindTests
{
    private static DocumentSlice Slice(string text) => new(ContentUnit.Flatten(Readers.Pages(text)));

    private const string ProcurementBody =
        "งานพัสดุได้รวบรวมข้อมูลการจัดซื้อจัดจ้างของหน่วยงานตลอดปีงบประมาณที่ผ่านมา\n" +
        "เพื่อนำมาวิเคราะห์ปัญหาอุปสรรคและหาแนวทางปรับปรุงการจัดหาพัสดุในปีถัดไป\n" +
        "๑. สรุปผลการจัดซื้อจัดจ้าง จำนวน ๑๒ โครงการ วงเงินรวม ๔๕๐,๐๐๐ บาท\n" +
        "๒. ปัญหาอุปสรรค การกำหนดราคากลางใช้เวลานาน ผู้ขายส่งมอบพัสดุล่าช้า\n" +
        "๓. ข้อเสนอแนะ ให้จัดทำแผนการจัดซื้อจัดจ้างตั้งแต่ต้นปีงบประมาณ";

    [Theory]
    [InlineData("รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]
    [InlineData("รายงานการวิเคราะห์ความเสี่ยงการจัดซื้อจัดจ้าง")]
    public void Classify_AnalysisTitleNamingNoAssessment_NotItaAnalysis(string title)
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice(title + "\n" + ProcurementBody), 0);

        Assert.NotEqual(DocumentKind.ItaAnalysis, verdict.Kind);
    }

    [Theory]
    [InlineData("รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]
    [InlineData("รายงานผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]
    public void Classify_AnalysisTitleNamingTheAssessment_ItaAnalysis(string title)
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice(title + "\n" + ProcurementBody), 0);

        Assert.Equal(DocumentKind.ItaAnalysis, verdict.Kind);
        Assert.Contains("title word", verdict.Basis);
    }

    [Theory]
    [InlineData("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", true)]
    [InlineData("ผลการวิเคราะห์ ITA สำนักงานสาธารณสุขอำเภอ", true)]
    [InlineData("รายงานผลการวิเคราะห์ความโปร่งใสในการจัดซื้อ", true)]
    [InlineData("รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง และข้อเสนอแนะ", false)]
    [InlineData("เพื่อพัฒนาในรอบปีงบประมาณ พ.ศ. ๒๕๖๒", false)]
    public void NamesAssessment_TitleLine_TrueWhenTheAssessmentIsNamed(string line, bool expected) =>
        Assert.Equal(expected, DocumentKindClassifier.NamesAssessment(line));
}
