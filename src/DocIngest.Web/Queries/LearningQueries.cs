using DocIngest.Data;
using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Queries;

/// <summary>Retraining history and what it learns from, for the learning page and API.</summary>
public sealed class LearningQueries(DocIngestDbContext db)
{
    /// <summary>Retraining runs, newest first.</summary>
    public async Task<IReadOnlyList<TrainingRun>> RunsAsync(int take, CancellationToken ct) =>
        await db.TrainingRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);

    public async Task<int> ConfirmedDocumentsAsync(CancellationToken ct) => await db.Documents.CountAsync(d => d.Confirmed, ct);

    public async Task<int> CorrectionCountAsync(CancellationToken ct) => await db.Corrections.CountAsync(ct);
}
