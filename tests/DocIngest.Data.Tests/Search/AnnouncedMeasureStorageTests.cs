using DocIngest.Core.Classification;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using DocIngest.Data.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Tests.Search;

/// <summary>
/// Measures an announcement sets as numbered paragraphs are stored and found like a plan's table rows: same records,
/// same search index, same filters (unit, year, kind).
/// </summary>
public class AnnouncedMeasureStorageTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static PageContent Page(params string[] paragraphs) =>
        new(1, PageMethod.TextLayer, paragraphs.Select(p => (PageBlock)new TextBlock(p.Split('\n').Select(l => new TextLine(l, null, 1.0)).ToList())).ToList());

    [Fact]
    public async Task SaveAsync_AnnouncementWithParagraphMeasures_MeasuresStoredAndSearchable()
    {
        var page = Page(
            "ประกาศเทศบาลตำบลศรีสุข\nเรื่อง มาตรการป้องกันการเรียกรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "เทศบาลตำบลศรีสุขจึงกำหนดมาตรการป้องกันการเรียกรับสินบน ดังนี้\n" +
            "๑. จัดทำช่องทางแจ้งเบาะแสการเรียกรับสินบนทางออนไลน์ โดยให้สำนักปลัดเป็นผู้รับผิดชอบ\n" +
            "๒. ตรวจสอบการให้บริการงานขออนุญาตก่อสร้าง ผู้รับผิดชอบ กองช่าง ระยะเวลา ตลอดปีงบประมาณ",
            "จึงประกาศให้ทราบโดยทั่วกัน",
            "ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗",
            "(นายสุชาติ ดีมาก)\nนายกเทศมนตรีตำบลศรีสุข");
        // Rules only: the announcement's title, closing formula and numbered paragraphs decide, not a trained model.
        var documents = new DocumentReader(new DocumentKindClassifier(null), new SectionClassifier(null), new MeasureTableParser().Parse).Read([page]);
        var result = new ExtractionResult
        {
            Source = new SourceInfo("announcement.pdf", SampleResults.Sha(7), "application/pdf", 1),
            Pages = [new PageResult { Number = 1, Method = "text-layer", Text = string.Join('\n', page.Blocks.Select(b => b.Text)) }],
            Documents = documents,
        };

        using (var db = _database.CreateContext())
        {
            var source = new SourceFile { Sha256 = result.Source.Sha256, FileName = "announcement.pdf", ArchivePath = "archive/7", CreatedAt = DateTime.UtcNow };
            db.SourceFiles.Add(source);
            await db.SaveChangesAsync();
            await new ResultStore(db, new SearchIndex(db)).SaveAsync(source, result);
        }

        using var read = _database.CreateContext();
        var stored = await read.Measures.Include(m => m.Responsible).Include(m => m.Document).OrderBy(m => m.Order).ToListAsync();
        Assert.Equal(["จัดทำช่องทางแจ้งเบาะแสการเรียกรับสินบนทางออนไลน์", "ตรวจสอบการให้บริการงานขออนุญาตก่อสร้าง"], stored.Select(m => m.Title));
        Assert.All(stored, m => Assert.Equal("announcement", m.Document!.Kind));
        Assert.Equal(new DateOnly(2024, 10, 1), stored[1].PeriodStart);
        var hit = Assert.Single(await new SearchIndex(read).SearchAsync("เบาะแส", new SearchFilter(Entity: "measure", FiscalYear: 2568)));
        Assert.Equal("announcement", hit.Kind);
        Assert.Single(await new SearchIndex(read).SearchAsync("ก่อสร้าง", new SearchFilter(Entity: "measure", ResponsibleUnit: "กองช่าง")));
    }
}
