using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>The seed documents' measures, read as the pipeline would see them: one table per page.</summary>
public class SeedMeasureTests
{
    private readonly List<string> warnings = [];

    private IReadOnlyList<Measure> Parse(string excerpt, int fiscalYear, PageMethod method = PageMethod.Ocr) =>
        new MeasureTableParser().Parse(FromSeedExcerpt(excerpt, method), fiscalYear, warnings);

    [Theory]
    [InlineData(PageMethod.Ocr)]
    [InlineData(PageMethod.Docx)]
    public void Parse_Kalasin_EightMeasuresMergedAcrossFivePages(PageMethod method)
    {
        var measures = Parse(SeedExcerpts.Kalasin, 2565, method);

        Assert.Equal(Enumerable.Range(1, 8), measures.Select(m => m.Number!.Value));
        Assert.Equal([1, 2, 2, 3, 3, 4, 4, 5], measures.Select(m => m.Page!.Value));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_Kalasin_ContinuedRowsKeepTheirItems()
    {
        var measures = Parse(SeedExcerpts.Kalasin, 2565);

        Assert.Equal("มีแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง", measures[0].Title);
        Assert.Equal(["สำนักปลัด", "ฝ่ายอำนวยการ", "ฝ่ายนิติการ"], measures[0].Responsible);
        Assert.Equal(2, measures[0].Progress!.Split('\n').Length);
        Assert.StartsWith("จัดทำคู่มือการใช้ทรัพย์สินของทางราชการ", measures[0].Progress!.Split('\n')[1]);
        Assert.Equal(3, measures[2].Steps.Count);
        Assert.Equal(3, measures[2].Progress!.Split('\n').Length);
        Assert.Equal(6, measures[4].Steps.Count);
        // "จัดให้มีช่องทาง… ดังนี้" leads into the six numbered steps; it is not a step itself.
        Assert.Equal(6, measures[6].Steps.Count);
        Assert.StartsWith("จัดทำแพลตฟอร์ม", measures[6].Steps[0]);
        Assert.Equal("web board ขององค์การบริหารส่วนจังหวัดกาฬสินธุ์", measures[6].Steps[^1]);
        Assert.Equal(["กองการเจ้าหน้าที่"], measures[1].Responsible);
        Assert.All(measures, m => Assert.Null(m.Period));
    }

    [Fact]
    public void Parse_Khokkhon_TenMeasuresWithFiscalYearPeriods()
    {
        var measures = Parse(SeedExcerpts.Khokkhon, 2566);

        Assert.Equal(Enumerable.Range(1, 10), measures.Select(m => m.Number!.Value));
        Assert.Equal([1, 1, 2, 2, 3, 4, 4, 5, 5, 6], measures.Select(m => m.Page!.Value));
        Assert.All(measures, m => Assert.Equal(("2022-10-01", "2023-09-30"), (m.Period?.Start, m.Period?.End)));
        Assert.Equal("มาตรการหรือแนวทางในการใช้จ่ายงบประมาณ", measures[1].Title);
        Assert.Equal(["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการสังคม", "หน่วยตรวจสอบภายใน"], measures[2].Responsible);
        Assert.Equal(4, measures[0].Steps.Count);
        Assert.Equal(2, measures[3].Steps.Count);
        Assert.StartsWith("มีการจัดทำคำสั่งมอบหมายผู้รับผิดชอบ", measures[3].Steps[1]);
        Assert.Equal(4, measures[4].Steps.Count);
        Assert.Equal(5, measures[4].Progress!.Split('\n').Length);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_Kampang_FourMeasuresWithFollowUp()
    {
        var measures = Parse(SeedExcerpts.Kampang, 2564);

        Assert.Equal(4, measures.Count);
        Assert.All(measures, m => Assert.Null(m.Number));
        Assert.Equal([1, 1, 1, 2], measures.Select(m => m.Page!.Value));
        Assert.All(measures, m => Assert.Equal(("2021-01-01", "2021-03-31"), (m.Period?.Start, m.Period?.End)));
        Assert.All(measures, m => Assert.Equal("รายงานผลการ ดำเนินการ ในการ ประชุมประจำเดือน เมษายน ๒๕๖๔", m.FollowUp));
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measures[0].Responsible);
        Assert.Equal(["กองคลัง"], measures[2].Responsible);
        Assert.Single(measures[0].Steps);
        Assert.EndsWith("หน้าที่ในการเผยแพร่ข้อมูลต่อสาธารณะ", measures[0].Steps[0]);
        Assert.Equal(4, measures[2].Steps.Count);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_Buengkan_SevenTextMeasuresWithLabelledFields()
    {
        var measures = Parse(SeedExcerpts.Buengkan, 2567);

        Assert.Equal(Enumerable.Range(1, 7), measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", measures[0].Title);
        Assert.Equal(3, measures[0].Steps.Count);
        Assert.Equal(("2023-10-02", "2024-01-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["งานพัสดุ/กองคลัง"], measures[3].Responsible);
        Assert.Equal(["สำนักปลัด"], measures[6].Responsible);
        Assert.Equal(4, measures[6].Steps.Count);
        Assert.Equal(("2023-10-01", "2024-09-30"), (measures[6].Period?.Start, measures[6].Period?.End));
        Assert.Empty(warnings);
    }
}
