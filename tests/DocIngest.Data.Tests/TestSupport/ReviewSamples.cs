using DocIngest.Core.Extraction;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Tests.TestSupport;

/// <summary>A two-document file (a memo with a signer, an ITA analysis with members) stored through ResultStore.</summary>
public static class ReviewSamples
{
    public static ExtractionResult Bundle(string sha) => new()
    {
        Source = new SourceInfo("bundle.pdf", sha, "application/pdf", 2),
        Pages =
        [
            new PageResult { Number = 1, Method = "ocr", Text = "บันทึกข้อความ\nส่วนราชการ สำนักปลัด\nเรื่อง ขออนุมัติจัดซื้อวัสดุสำนักงาน" },
            new PageResult { Number = 2, Method = "ocr", Text = "มาตรการส่งเสริมคุณธรรม\nผลการประเมิน ITA ปีงบประมาณ ๒๕๖๖" },
        ],
        Documents =
        [
            new Document
            {
                Kind = DocumentKind.Memo, PageStart = 1, PageEnd = 1, Title = "บันทึกข้อความ", Organization = "องค์การบริหารส่วนตำบลโคกคอน",
                FiscalYear = 2566,
                Header = new MemoHeader { Agency = "สำนักปลัด", Subject = "ขออนุมัติจัดซื้อวัสดุสำนักงาน", Date = "2023-02-10", DateText = "๑๐ กุมภาพันธ์ ๒๕๖๖" },
                Sections =
                [
                    new Section(SectionType.Background, "เรื่องเดิม", "ตามที่สำนักปลัดได้รับงบประมาณ", 0.9),
                    new Section(SectionType.Proposal, null, "จึงเห็นควรอนุมัติ", 0.7),
                ],
                Signatures = [new Person("นายสมชาย ใจดี", "ปลัด")],
            },
            new Document
            {
                Kind = DocumentKind.MeasurePlan, PageStart = 2, PageEnd = 2, Title = "มาตรการส่งเสริมคุณธรรม", FiscalYear = 2566,
                Measures =
                [
                    new Measure { Number = 1, Title = "มาตรการเปิดเผยข้อมูล", Steps = ["จัดทำคู่มือ"], Responsible = ["สำนักปลัด"], Page = 2 },
                    new Measure { Number = 2, Title = "มาตรการป้องกันสินบน", Steps = ["ประกาศเจตนารมณ์"], Responsible = ["กองคลัง"], Page = 2 },
                ],
                Indicators = [new Indicator(1, "การปฏิบัติหน้าที่", 85.5), new Indicator(2, "การใช้งบประมาณ", 70)],
                ItaResults = [new ItaResult(2566, 88.1, "A")],
                Members = [new Person("นางสาวสุภาพร พันธ์ดี", "นายก", "ประธาน")],
            },
        ],
    };

    /// <summary>Stores the bundle as a new source file; returns the source id.</summary>
    public static async Task<long> StoreAsync(DocIngestDbContext db, int n, ExtractionResult? result = null)
    {
        var source = new SourceFile { Sha256 = SampleResults.Sha(n), FileName = $"bundle{n}.pdf", ArchivePath = $"archive/{n}", CreatedAt = DateTime.UtcNow };
        db.SourceFiles.Add(source);
        await db.SaveChangesAsync();
        await new ResultStore(db, new SearchIndex(db)).SaveAsync(source, result ?? Bundle(source.Sha256));
        return source.Id;
    }

    /// <summary>Re-ingests a file with a (new) parse, as the worker does after a parser upgrade.</summary>
    public static async Task ReingestAsync(DocIngestDbContext db, long sourceId, ExtractionResult result)
    {
        var source = await db.SourceFiles.SingleAsync(s => s.Id == sourceId);
        await new ResultStore(db, new SearchIndex(db)).SaveAsync(source, result);
    }

    public static async Task<long> DocumentIdAsync(DocIngestDbContext db, long sourceId, int index) =>
        await db.Documents.Where(d => d.SourceFileId == sourceId && d.Index == index).Select(d => d.Id).SingleAsync();

    public static async Task<DocumentRecord> LoadAsync(DocIngestDbContext db, long sourceId, int index) =>
        await db.Documents.AsNoTracking().AsSplitQuery()
            .Include(d => d.Sections).Include(d => d.Measures).ThenInclude(m => m.Steps).Include(d => d.Indicators)
            .Include(d => d.ItaResults).Include(d => d.People)
            .SingleAsync(d => d.SourceFileId == sourceId && d.Index == index);
}
