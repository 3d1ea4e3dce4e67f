using DocIngest.Core.Extraction;

namespace DocIngest.Data.Tests.TestSupport;

public static class SampleResults
{
    public static ExtractionResult MeasurePlan(string sha, string organization, int fiscalYear, params (string Title, string Unit)[] measures) => new()
    {
        Source = new SourceInfo("plan.pdf", sha, "application/pdf", 1),
        Pages = [new PageResult { Number = 1, Method = "ocr", Text = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๖" }],
        Documents =
        [
            new Document
            {
                Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = 1, Organization = organization, FiscalYear = fiscalYear,
                Title = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                Measures = measures.Select((m, i) => new Measure
                {
                    Number = i + 1, Title = m.Title, Steps = ["จัดทำคู่มือการให้บริการประชาชน", "ประเมินความพึงพอใจ"],
                    Responsible = [m.Unit], Period = new Period("ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖", "2022-10-01", "2023-09-30"), Page = 1,
                }).ToList(),
                Sections = [new Section(SectionType.Facts, "ข้อเท็จจริง", "ผลการประเมินปีงบประมาณ ๒๕๖๕ ได้คะแนน ๘๕.๕๐")],
            },
        ],
    };

    public static string Sha(int n) => n.ToString("x64");
}
