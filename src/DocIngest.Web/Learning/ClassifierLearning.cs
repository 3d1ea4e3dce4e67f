using DocIngest.Core.Classification;
using DocIngest.Data;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Pipeline.Classification;
using DocIngest.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Learning;

/// <summary>
/// Retrains the section and kind classifiers from confirmed documents: the repo's training rows plus what people
/// confirmed, scored against the held-out set; the new model replaces the running one only when it scores at least
/// as well (ClassifierRetraining's gate). Every run is recorded with its figures.
/// </summary>
public sealed class ClassifierLearning(DocIngestDbContext db, ClassifierModels models, ClassifierModelFiles store,
    TimeProvider time, ILogger<ClassifierLearning> log)
{
    // One retraining at a time in this process: runs are CPU-heavy and write the same model files.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Where adopted models are kept (data/models), read by the pipeline at start and swapped in on adoption.</summary>
    public static string ModelDirectory(DocIngestOptions options, string contentRoot) => options.DataPath(contentRoot, "models");

    /// <summary>Retrains both classifiers; with onlyWhenChanged, a model whose confirmed rows did not change since its last run is skipped.</summary>
    public async Task<IReadOnlyList<TrainingRun>> RetrainAsync(string trigger, bool onlyWhenChanged, CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var runs = new List<TrainingRun>();
            foreach (string model in new[] { ClassifierRetraining.Sections, ClassifierRetraining.Kinds })
                if (await RetrainOneAsync(model, trigger, onlyWhenChanged, ct) is { } run) runs.Add(run);
            return runs;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<TrainingRun?> RetrainOneAsync(string model, string trigger, bool onlyWhenChanged, CancellationToken ct)
    {
        bool sections = model == ClassifierRetraining.Sections;
        var corrections = sections ? await LearningRows.ConfirmedSectionsAsync(db, ct) : await LearningRows.ConfirmedKindsAsync(db, ct);
        if (onlyWhenChanged)
        {
            var last = db.TrainingRuns.Where(r => r.Model == model).OrderByDescending(r => r.Id).FirstOrDefault();
            if (last is not null && last.CorrectionRows == corrections.Count || last is null && corrections.Count == 0) return null;
        }

        var started = time.GetUtcNow().UtcDateTime;
        var baseRows = store.TrainingDirectory is { } trainingDirectory ? LabelledTextFiles.ReadBaseRows(trainingDirectory, model) : null;
        if (baseRows is null)
            return await RecordAsync(new TrainingRun { Model = model, Trigger = trigger, StartedAt = started, Note = "training data not found (data/training)" }, ct);
        string? heldOutFile = TrainingDirectory.File(store.TrainingDirectory, sections ? TrainingDirectory.SectionsHeldOut : TrainingDirectory.KindsHeldOut);
        var heldOut = heldOutFile is null ? null : LabelledTextFiles.Read(heldOutFile);

        // The model in use: the one adopted in data/models, else the committed one.
        var current = store.Load(model);

        // ML.NET training is CPU-bound for seconds: off the request thread.
        var outcome = await Task.Run(() => ClassifierRetraining.Run(model, baseRows, corrections, heldOut, current), ct);
        if (outcome.Adopted) models.Adopt(outcome.Model, outcome.Candidate, store);
        log.LogInformation("retrained {Model} ({Trigger}): current {Current:P1}, candidate {Candidate:P1}, adopted {Adopted}",
            model, trigger, outcome.CurrentAccuracy, outcome.CandidateAccuracy, outcome.Adopted);

        return await RecordAsync(new TrainingRun
        {
            Model = model,
            Trigger = trigger,
            StartedAt = started,
            TrainRows = outcome.TrainRows,
            CorrectionRows = outcome.CorrectionRows,
            HeldOutRows = outcome.HeldOutRows,
            CurrentAccuracy = outcome.CurrentAccuracy,
            CandidateAccuracy = outcome.CandidateAccuracy,
            Adopted = outcome.Adopted,
            Note = outcome.Note,
        }, ct);
    }

    private async Task<TrainingRun> RecordAsync(TrainingRun run, CancellationToken ct)
    {
        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        db.TrainingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }
}

/// <summary>Retrains on a schedule (DocIngest:RetrainEvery), only when confirmed documents changed since the last run.</summary>
public sealed class RetrainScheduler(IServiceScopeFactory scopes, IOptions<DocIngestOptions> options, ILogger<RetrainScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.RetrainEvery;
        if (every <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ClassifierLearning>().RetrainAsync("schedule", onlyWhenChanged: true, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run (database away, disk full) is logged and tried again at the next tick.
                log.LogError(e, "scheduled retraining failed");
            }
        }
    }
}
