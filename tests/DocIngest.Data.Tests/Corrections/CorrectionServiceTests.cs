using DocIngest.Core.Extraction;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using DocIngest.Data.Tests.Jobs;
using DocIngest.Data.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Tests.Corrections;

public class CorrectionServiceTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    private CorrectionService Service(DocIngestDbContext db) => new(db, new SearchIndex(db), _clock);

    private async Task<(long SourceId, long MemoId, long PlanId)> StoreAsync(int n = 1)
    {
        using var db = _database.CreateContext();
        long sourceId = await ReviewSamples.StoreAsync(db, n);
        return (sourceId, await ReviewSamples.DocumentIdAsync(db, sourceId, 0), await ReviewSamples.DocumentIdAsync(db, sourceId, 1));
    }

    [Fact]
    public async Task ApplyAsync_ChangedSubject_UpdatesRecordAndWritesAuditRow()
    {
        var (sourceId, memoId, _) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            var written = await Service(db).ApplyAsync(memoId, [new FieldEdit(CorrectionTarget.Document, 0, "subject", "  ขออนุมัติจัดซื้อวัสดุคอมพิวเตอร์ ")], "reviewer1");
            Assert.Single(written);
        }

        using var read = _database.CreateContext();
        var memo = await read.Documents.SingleAsync(d => d.Id == memoId);
        Assert.Equal("ขออนุมัติจัดซื้อวัสดุคอมพิวเตอร์", memo.Subject);
        Assert.Equal(ValueOrigin.Corrected, memo.Origin);
        var row = Assert.Single(await read.Corrections.ToListAsync());
        Assert.Equal((sourceId, 0, CorrectionTarget.Document, 0, "subject"), (row.SourceFileId, row.DocumentIndex, row.Target, row.TargetOrder, row.Field));
        Assert.Equal("ขออนุมัติจัดซื้อวัสดุสำนักงาน", row.OldValue);
        Assert.Equal("ขออนุมัติจัดซื้อวัสดุคอมพิวเตอร์", row.NewValue);
        Assert.Equal("reviewer1", row.UserName);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, row.At);
    }

    [Fact]
    public async Task ApplyAsync_TypedFieldsOfEveryTarget_StoredCanonically()
    {
        var (_, memoId, planId) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            var service = Service(db);
            await service.ApplyAsync(memoId,
            [
                new FieldEdit(CorrectionTarget.Document, 0, "fiscalYear", "๒๕๖๗"),
                new FieldEdit(CorrectionTarget.Document, 0, "kind", "Order"),
                new FieldEdit(CorrectionTarget.Section, 1, "type", "closing"),
                new FieldEdit(CorrectionTarget.Signature, 0, "position", "ปลัดองค์การบริหารส่วนตำบล"),
            ], "reviewer1");
            await service.ApplyAsync(planId,
            [
                new FieldEdit(CorrectionTarget.Measure, 1, "steps", "ประกาศเจตนารมณ์\r\n\n  รายงานผล  "),
                new FieldEdit(CorrectionTarget.Measure, 1, "periodStart", "2022-10-01"),
                new FieldEdit(CorrectionTarget.Indicator, 1, "score", "72.25"),
                new FieldEdit(CorrectionTarget.ItaResult, 0, "grade", "aa"),
                new FieldEdit(CorrectionTarget.Member, 0, "role", ""),
            ], "reviewer1");
        }

        using var read = _database.CreateContext();
        var memo = await ReviewSamples.LoadAsync(read, 1, 0);
        Assert.Equal((2567, "order"), (memo.FiscalYear, memo.Kind));
        Assert.Equal("closing", memo.Sections.Single(s => s.Order == 1).Type);
        Assert.Equal(ValueOrigin.Parsed, memo.Sections.Single(s => s.Order == 0).Origin);
        Assert.Equal("ปลัดองค์การบริหารส่วนตำบล", memo.People.Single().Position);
        var plan = await ReviewSamples.LoadAsync(read, 1, 1);
        var measure = plan.Measures.Single(m => m.Order == 1);
        Assert.Equal(["ประกาศเจตนารมณ์", "รายงานผล"], measure.Steps.OrderBy(s => s.Order).Select(s => s.Text));
        Assert.Equal(new DateOnly(2022, 10, 1), measure.PeriodStart);
        Assert.Equal(72.25, plan.Indicators.Single(i => i.Order == 1).Score);
        Assert.Equal("AA", plan.ItaResults.Single().Grade);
        Assert.Null(plan.People.Single().Role);
        Assert.Equal(9, await read.Corrections.CountAsync());
    }

    public static TheoryData<FieldEdit> InvalidEdits => new()
    {
        new FieldEdit(CorrectionTarget.Document, 0, "fiscalYear", "2023"),
        new FieldEdit(CorrectionTarget.Document, 0, "date", "31/02/2566"),
        new FieldEdit(CorrectionTarget.Document, 0, "kind", "letter"),
        new FieldEdit(CorrectionTarget.Document, 0, "confirmed", "true"),
        new FieldEdit(CorrectionTarget.Document, 0, "colour", "red"),
        new FieldEdit(CorrectionTarget.Document, 1, "title", "x"),
        new FieldEdit(CorrectionTarget.Section, 7, "text", "x"),
        new FieldEdit(CorrectionTarget.Section, 0, "text", "   "),
        new FieldEdit(CorrectionTarget.Signature, 1, "name", "x"),
        new FieldEdit(CorrectionTarget.Member, 0, "name", "x"),
    };

    [Theory]
    [MemberData(nameof(InvalidEdits))]
    public async Task ApplyAsync_OneInvalidEditInBatch_ThrowsAndChangesNothing(FieldEdit bad)
    {
        var (_, memoId, _) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            var error = await Assert.ThrowsAsync<CorrectionException>(() => Service(db).ApplyAsync(memoId,
                [new FieldEdit(CorrectionTarget.Document, 0, "title", "บันทึก"), bad], "reviewer1"));
            Assert.Contains(CorrectionFields.Label(bad.Target, bad.Field), error.Message);
        }

        using var read = _database.CreateContext();
        var memo = await read.Documents.SingleAsync(d => d.Id == memoId);
        Assert.Equal("บันทึกข้อความ", memo.Title);
        Assert.Equal(ValueOrigin.Parsed, memo.Origin);
        Assert.Empty(await read.Corrections.ToListAsync());
    }

    [Fact]
    public async Task ApplyAsync_ScoreOutOfRange_MessageSaysFieldAndRange()
    {
        var (_, _, planId) = await StoreAsync();
        using var db = _database.CreateContext();

        var error = await Assert.ThrowsAsync<CorrectionException>(() => Service(db).ApplyAsync(planId,
            [new FieldEdit(CorrectionTarget.Indicator, 0, "score", "120")], "reviewer1"));

        Assert.Contains("ตัวชี้วัด ITA แถวที่ 1 · คะแนน", error.Message);
        Assert.Contains("0–100", error.Message);
    }

    [Fact]
    public async Task ApplyAsync_SameValueAfterNormalising_WritesNoRow()
    {
        var (_, memoId, planId) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            Assert.Empty(await Service(db).ApplyAsync(memoId,
            [
                new FieldEdit(CorrectionTarget.Document, 0, "subject", " ขออนุมัติจัดซื้อวัสดุสำนักงาน "),
                new FieldEdit(CorrectionTarget.Document, 0, "phone", ""),
                new FieldEdit(CorrectionTarget.Document, 0, "fiscalYear", "๒๕๖๖"),
            ], "reviewer1"));
            Assert.Empty(await Service(db).ApplyAsync(planId, [new FieldEdit(CorrectionTarget.Indicator, 0, "score", "85.50")], "reviewer1"));
        }

        using var read = _database.CreateContext();
        Assert.Empty(await read.Corrections.ToListAsync());
        Assert.Equal(ValueOrigin.Parsed, (await read.Documents.SingleAsync(d => d.Id == memoId)).Origin);
    }

    [Fact]
    public async Task ApplyAsync_CorrectedMeasureStep_FoundBySearch()
    {
        var (_, _, planId) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            Assert.Empty(await new SearchIndex(db).SearchAsync("ตรวจสอบพัสดุ", new SearchFilter()));
            await Service(db).ApplyAsync(planId, [new FieldEdit(CorrectionTarget.Measure, 0, "steps", "จัดทำคู่มือ\nตรวจสอบพัสดุประจำปี")], "reviewer1");
        }

        using var read = _database.CreateContext();
        var hit = Assert.Single(await new SearchIndex(read).SearchAsync("ตรวจสอบพัสดุ", new SearchFilter(Entity: "measure")));
        Assert.Equal(planId, hit.DocumentId);
        // The rest of the file is still indexed once: the rebuild replaced, not duplicated, its entries.
        Assert.Single(await new SearchIndex(read).SearchAsync("จัดซื้อวัสดุ", new SearchFilter(Entity: "document")));
    }

    [Fact]
    public async Task SaveAsync_ReingestAfterCorrectionAndConfirm_KeepsCorrectionAndConfirmation()
    {
        var (sourceId, memoId, planId) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            var service = Service(db);
            await service.ApplyAsync(planId, [new FieldEdit(CorrectionTarget.Measure, 1, "title", "มาตรการป้องกันการรับสินบน")], "reviewer1");
            _clock.Advance(TimeSpan.FromMinutes(1));
            await service.ApplyAsync(planId, [new FieldEdit(CorrectionTarget.Measure, 1, "title", "มาตรการป้องกันการรับสินบนทุกรูปแบบ")], "reviewer2");
            await service.ConfirmAsync(memoId, "reviewer2");
        }

        using (var db = _database.CreateContext())
            await ReviewSamples.ReingestAsync(db, sourceId, ReviewSamples.Bundle(SampleResults.Sha(1)));

        using var read = _database.CreateContext();
        var plan = await ReviewSamples.LoadAsync(read, sourceId, 1);
        Assert.NotEqual(planId, plan.Id);
        var measure = plan.Measures.Single(m => m.Order == 1);
        Assert.Equal("มาตรการป้องกันการรับสินบนทุกรูปแบบ", measure.Title);
        Assert.Equal(ValueOrigin.Corrected, measure.Origin);
        Assert.Equal(ValueOrigin.Parsed, plan.Measures.Single(m => m.Order == 0).Origin);
        var memo = await ReviewSamples.LoadAsync(read, sourceId, 0);
        Assert.True(memo.Confirmed);
        Assert.Equal("reviewer2", memo.ConfirmedBy);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, memo.ConfirmedAt);
        Assert.Single(await new SearchIndex(read).SearchAsync("ทุกรูปแบบ", new SearchFilter(Entity: "measure")));
        Assert.Equal(3, await read.Corrections.CountAsync());
    }

    [Fact]
    public async Task SaveAsync_CorrectedRecordGoneFromNewParse_SkippedWithWarningAndKeptInLog()
    {
        var (sourceId, _, planId) = await StoreAsync();
        using (var db = _database.CreateContext())
            await Service(db).ApplyAsync(planId, [new FieldEdit(CorrectionTarget.Indicator, 1, "score", "71")], "reviewer1");

        var bundle = ReviewSamples.Bundle(SampleResults.Sha(1));
        var fewerIndicators = bundle with
        {
            Documents = [bundle.Documents[0], bundle.Documents[1] with { Indicators = [bundle.Documents[1].Indicators[0]] }],
        };
        using (var db = _database.CreateContext())
            await ReviewSamples.ReingestAsync(db, sourceId, fewerIndicators);

        using var read = _database.CreateContext();
        var plan = await read.Documents.SingleAsync(d => d.SourceFileId == sourceId && d.Index == 1);
        Assert.Contains("ตัวชี้วัด ITA แถวที่ 2 · คะแนน ไม่ถูกนำมาใช้", System.Text.Json.JsonSerializer.Deserialize<List<string>>(plan.WarningsJson!)![0]);
        Assert.Single(await read.Corrections.ToListAsync());
    }

    [Fact]
    public async Task ConfirmAsync_Twice_OneLogRow()
    {
        var (sourceId, memoId, _) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            await Service(db).ConfirmAsync(memoId, "reviewer1");
            await Service(db).ConfirmAsync(memoId, "reviewer2");
        }

        using var read = _database.CreateContext();
        var row = Assert.Single(await Service(read).HistoryAsync(sourceId));
        Assert.Equal(("confirmed", "false", "true", "reviewer1"), (row.Field, row.OldValue, row.NewValue, row.UserName));
        Assert.True((await read.Documents.SingleAsync(d => d.Id == memoId)).Confirmed);
    }

    [Fact]
    public async Task HistoryAsync_SeveralCorrections_NewestFirst()
    {
        var (sourceId, memoId, planId) = await StoreAsync();
        using (var db = _database.CreateContext())
        {
            var service = Service(db);
            await service.ApplyAsync(memoId, [new FieldEdit(CorrectionTarget.Document, 0, "title", "บันทึก")], "a");
            _clock.Advance(TimeSpan.FromSeconds(5));
            await service.ApplyAsync(planId, [new FieldEdit(CorrectionTarget.Measure, 0, "progress", "ดำเนินการแล้ว")], "b");
            _clock.Advance(TimeSpan.FromSeconds(5));
            await service.ConfirmAsync(planId, "c");
        }

        using var read = _database.CreateContext();
        Assert.Equal(["c", "b", "a"], (await Service(read).HistoryAsync(sourceId)).Select(c => c.UserName));
    }

    [Fact]
    public void For_EachTarget_ListsTheEditableFields()
    {
        Assert.Equal(["kind", "title", "organization", "fiscalYear", "orderNumber", "agency", "phone", "reference", "date", "dateText", "subject", "addressee"],
            CorrectionFields.For(CorrectionTarget.Document));
        Assert.Equal(["type", "heading", "text"], CorrectionFields.For(CorrectionTarget.Section));
        Assert.Equal(["number", "title", "steps", "responsible", "periodText", "periodStart", "periodEnd", "progress", "followUp"],
            CorrectionFields.For(CorrectionTarget.Measure));
        Assert.Equal(["number", "name", "score"], CorrectionFields.For(CorrectionTarget.Indicator));
        Assert.Equal(["fiscalYear", "score", "grade"], CorrectionFields.For(CorrectionTarget.ItaResult));
        Assert.Equal(["name", "position", "role"], CorrectionFields.For(CorrectionTarget.Member));
        Assert.Equal(CorrectionFields.For(CorrectionTarget.Member), CorrectionFields.For(CorrectionTarget.Signature));
        Assert.Equal(["background", "facts", "legal", "considerations", "proposal", "closing", "body"],
            CorrectionFields.Describe(CorrectionTarget.Section).Single(f => f.Name == "type").Choices!);
        Assert.Contains("measure-plan", CorrectionFields.Describe(CorrectionTarget.Document)[0].Choices!);
    }

    [Fact]
    public async Task SaveAsync_StaleRevision_ConflictListsTheOtherPersonsChangeAndWritesNothing()
    {
        var (_, memoId, _) = await StoreAsync();
        using (var db = _database.CreateContext())
            await Service(db).SaveAsync(new DocumentSave(memoId, [new FieldEdit(CorrectionTarget.Document, 0, "subject", "เรื่องของคนแรก")], "first", ExpectedRevision: 0));

        using (var db = _database.CreateContext())
        {
            var conflict = await Assert.ThrowsAsync<CorrectionConflictException>(() => Service(db).SaveAsync(
                new DocumentSave(memoId, [new FieldEdit(CorrectionTarget.Document, 0, "subject", "เรื่องของคนที่สอง")], "second", ExpectedRevision: 0)));
            Assert.Equal(1, conflict.CurrentRevision);
            var theirs = Assert.Single(conflict.Since);
            Assert.Equal(("first", "เรื่องของคนแรก"), (theirs.UserName, theirs.NewValue));
            Assert.Contains("first", conflict.Message);
        }

        using var read = _database.CreateContext();
        var memo = await read.Documents.SingleAsync(d => d.Id == memoId);
        Assert.Equal(("เรื่องของคนแรก", 1), (memo.Subject, memo.Revision));
        Assert.Single(await read.Corrections.ToListAsync());
    }

    [Fact]
    public async Task SaveAsync_RowsAddedRemovedAndEdited_ArrangedThenEditedAndReplayedAfterReparse()
    {
        var (sourceId, _, planId) = await StoreAsync();
        int count;
        string secondTitle;
        using (var db = _database.CreateContext())
        {
            var plan = await ReviewSamples.LoadAsync(db, 1, 1);
            count = plan.Measures.Count;
            Assert.True(count >= 2);
            secondTitle = plan.Measures.Single(m => m.Order == 1).Title;
            // Drop row 0, keep the rest, add a row at the end and give it a title and a unit.
            string rows = string.Join(',', Enumerable.Range(1, count - 1).Select(i => i.ToString()).Append(MeasureRows.NewRow));
            var outcome = await Service(db).SaveAsync(new DocumentSave(planId,
            [
                new FieldEdit(CorrectionTarget.Measure, count - 1, "title", "มาตรการเพิ่มใหม่"),
                new FieldEdit(CorrectionTarget.Measure, count - 1, "responsible", "กองคลัง"),
            ], "reviewer1", ExpectedRevision: 0, MeasureRows: rows));
            Assert.Equal(3, outcome.Written.Count);
            Assert.Equal(MeasureRows.Field, outcome.Written[0].Field);
        }

        void Check(DocumentRecord plan)
        {
            var measures = plan.Measures.OrderBy(m => m.Order).ToList();
            Assert.Equal(count, measures.Count);
            Assert.Equal(secondTitle, measures[0].Title);
            Assert.Equal("มาตรการเพิ่มใหม่", measures[^1].Title);
            Assert.Equal(["กองคลัง"], measures[^1].Responsible.Select(r => r.Unit));
        }
        static Task<DocumentRecord> Load(DocIngestDbContext db) => db.Documents.AsNoTracking().AsSplitQuery()
            .Include(d => d.Measures).ThenInclude(m => m.Responsible).SingleAsync(d => d.SourceFileId == 1 && d.Index == 1);
        using (var read = _database.CreateContext()) Check(await Load(read));

        using (var db = _database.CreateContext())
            await ReviewSamples.ReingestAsync(db, sourceId, ReviewSamples.Bundle(SampleResults.Sha(1)));
        using (var read = _database.CreateContext())
        {
            var plan = await Load(read);
            Check(plan);
            Assert.Equal(1, plan.Revision);
        }
    }

    [Fact]
    public async Task SaveAsync_NewRowWithoutTitle_RefusedInThai()
    {
        var (_, _, planId) = await StoreAsync();
        using var db = _database.CreateContext();
        var plan = await ReviewSamples.LoadAsync(db, 1, 1);
        string rows = MeasureRows.Identity(plan.Measures.Count) + ",+";
        var error = await Assert.ThrowsAsync<CorrectionException>(() => Service(db).SaveAsync(new DocumentSave(planId, [], "reviewer1", MeasureRows: rows)));
        Assert.Contains($"มาตรการ แถวที่ {plan.Measures.Count + 1} · มาตรการ: ต้องกรอกค่านี้", error.Message);
    }

    [Theory]
    [InlineData("๓ พ.ย. ๖๖")]
    [InlineData("3/11/2566")]
    [InlineData("3/11/66")]
    [InlineData("๓ พฤศจิกายน ๒๕๖๖")]
    [InlineData("2023-11-03")]
    [InlineData("2566-11-03")]
    public void PrintedDate_AsAClerkTypesIt_ReadsTheCommonEraDate(string typed) =>
        Assert.Equal(new DateOnly(2023, 11, 3), PrintedDate.Parse(typed));

    [Theory]
    [InlineData("31/02/2566")]
    [InlineData("๓ พ.ย. ๖๖ ถึง ๓๐ ก.ย. ๖๗")]
    [InlineData("mo")]
    public void PrintedDate_NotOneWholeDate_Null(string typed) => Assert.Null(PrintedDate.Parse(typed));

    public void Dispose() => _database.Dispose();
}
