using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Data.Identity;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using DocIngest.Data.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Tests.Corrections;

public class StoredResultAndLearningTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    private static CorrectionService Service(DocIngestDbContext db) => new(db, new SearchIndex(db), TimeProvider.System);

    [Fact]
    public async Task BuildAsync_AfterCorrections_ShowsCorrectedValuesAndKeepsTheRest()
    {
        long sourceId;
        using (var db = _database.CreateContext())
        {
            sourceId = await ReviewSamples.StoreAsync(db, 1);
            var service = Service(db);
            await service.ApplyAsync(await ReviewSamples.DocumentIdAsync(db, sourceId, 0),
            [
                new FieldEdit(CorrectionTarget.Document, 0, "subject", "ขออนุมัติจัดซื้อวัสดุคอมพิวเตอร์"),
                new FieldEdit(CorrectionTarget.Section, 1, "type", "closing"),
            ], "reviewer1");
            await service.ApplyAsync(await ReviewSamples.DocumentIdAsync(db, sourceId, 1),
            [
                new FieldEdit(CorrectionTarget.Measure, 0, "responsible", "สำนักปลัด\nกองคลัง"),
                new FieldEdit(CorrectionTarget.Measure, 0, "periodEnd", "2023-09-30"),
                new FieldEdit(CorrectionTarget.Indicator, 0, "score", "86"),
            ], "reviewer1");
        }

        using var read = _database.CreateContext();
        var result = await StoredResult.BuildAsync(read, sourceId);

        Assert.NotNull(result);
        var original = ReviewSamples.Bundle(SampleResults.Sha(1));
        Assert.Equal(original.Pages.Select(p => p.Text), result.Pages.Select(p => p.Text));
        var memo = result.Documents[0];
        Assert.Equal("ขออนุมัติจัดซื้อวัสดุคอมพิวเตอร์", memo.Header!.Subject);
        Assert.Equal("2023-02-10", memo.Header.Date);
        Assert.Equal(SectionType.Closing, memo.Sections[1].Type);
        Assert.Equal(original.Documents[0].Sections[0], memo.Sections[0]);
        Assert.Equal(["header.subject", "sections[1].type"], memo.Corrected!);
        var plan = result.Documents[1];
        Assert.Equal(["สำนักปลัด", "กองคลัง"], plan.Measures[0].Responsible);
        Assert.Equal(new Period("", null, "2023-09-30"), plan.Measures[0].Period);
        Assert.Equal(86, plan.Indicators[0].Score);
        Assert.Equal(original.Documents[1].Indicators[1], plan.Indicators[1]);
        Assert.Equal(["measures[0].responsible", "measures[0].period.end", "indicators[0].score"], plan.Corrected!);
        // Round-trips through the JSON contract.
        Assert.Equal("header.subject", ExtractionJson.Deserialize(ExtractionJson.Serialize(result)).Documents[0].Corrected![0]);
    }

    [Fact]
    public async Task BuildAsync_NoCorrections_SameAsStoredJson()
    {
        using var db = _database.CreateContext();
        long sourceId = await ReviewSamples.StoreAsync(db, 1);

        var result = await StoredResult.BuildAsync(db, sourceId);

        string stored = await db.SourceFiles.Where(s => s.Id == sourceId).Select(s => s.ResultJson!).SingleAsync();
        Assert.Equal(stored, ExtractionJson.Serialize(result!));
        Assert.Null(await StoredResult.BuildAsync(db, 999));
    }

    [Fact]
    public async Task ConfirmedSectionsAsync_ConfirmedAndUnconfirmedDocuments_OnlyConfirmedRows()
    {
        using var db = _database.CreateContext();
        long first = await ReviewSamples.StoreAsync(db, 1);
        await ReviewSamples.StoreAsync(db, 2);
        var service = Service(db);
        long memoId = await ReviewSamples.DocumentIdAsync(db, first, 0);
        await service.ApplyAsync(memoId, [new FieldEdit(CorrectionTarget.Section, 1, "type", "closing")], "reviewer1");
        await service.ConfirmAsync(memoId, "reviewer1");

        var rows = await LearningRows.ConfirmedSectionsAsync(db);

        Assert.Equal(
        [
            new LabelledText("background", "เรื่องเดิม ตามที่สำนักปลัดได้รับงบประมาณ"),
            new LabelledText("closing", "จึงเห็นควรอนุมัติ"),
        ], rows);
    }

    [Fact]
    public async Task ConfirmedKindsAsync_ConfirmedDocument_KindWithItsPagesOnOneLine()
    {
        using var db = _database.CreateContext();
        long first = await ReviewSamples.StoreAsync(db, 1);
        await ReviewSamples.StoreAsync(db, 2);
        await Service(db).ConfirmAsync(await ReviewSamples.DocumentIdAsync(db, first, 1), "reviewer1");

        var row = Assert.Single(await LearningRows.ConfirmedKindsAsync(db));

        Assert.Equal(new LabelledText("measure-plan", "มาตรการส่งเสริมคุณธรรม ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๖"), row);
    }

    [Fact]
    public async Task Migrate_IdentityAndReviewTables_UsersRolesAndTrainingRunsStored()
    {
        using (var db = _database.CreateContext())
        {
            db.Roles.AddRange(Roles.All.Select(r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() }));
            var user = new IdentityUser("somchai") { NormalizedUserName = "SOMCHAI" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = (await db.Roles.SingleAsync(r => r.Name == Roles.Reviewer)).Id });
            db.TrainingRuns.Add(new TrainingRun { Model = "sections", Trigger = "manual", StartedAt = DateTime.UtcNow, TrainRows = 700, CandidateAccuracy = 0.9 });
            await db.SaveChangesAsync();
        }

        using var read = _database.CreateContext();
        var somchai = await read.Users.SingleAsync(u => u.NormalizedUserName == "SOMCHAI");
        var roles = await read.UserRoles.Where(ur => ur.UserId == somchai.Id).Join(read.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([Roles.Reviewer], roles);
        Assert.Equal(["Admin", "Reviewer", "Reader"], Roles.All);
        Assert.Equal(700, (await read.TrainingRuns.SingleAsync()).TrainRows);
    }

    public void Dispose() => _database.Dispose();
}
