using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Corrections;

/// <summary>
/// One reviewer's change to one field. <paramref name="TargetOrder"/> is the record's Order within its document
/// (0 for the document itself); <paramref name="Field"/> is one of <see cref="CorrectionFields.For"/>.
/// </summary>
public sealed record FieldEdit(CorrectionTarget Target, int TargetOrder, string Field, string? NewValue);

/// <summary>
/// Reviewers' corrections and confirmations of parsed documents. Every change is written to the correction log
/// (who, when, old and new value), which <see cref="Storage.ResultStore"/> replays after a re-parse, and the file's
/// search index is rebuilt so corrected text is found.
/// </summary>
public sealed class CorrectionService(DocIngestDbContext db, SearchIndex index, TimeProvider time)
{
    /// <summary>
    /// Applies edits to one document (a <see cref="DocumentRecord"/> id) as one transaction. Every edit is checked
    /// first: an unknown target, record or field, or an unacceptable value throws <see cref="CorrectionException"/> and
    /// changes nothing. Values are trimmed, an empty value clears the field, and an edit that leaves the value as it was
    /// is not logged.
    /// </summary>
    /// <returns>The corrections written (none when nothing changed).</returns>
    public async Task<IReadOnlyList<Correction>> ApplyAsync(long documentId, IReadOnlyList<FieldEdit> edits, string userName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var document = await LoadAsync(documentId, ct);

            var planned = new List<(FieldEdit Edit, object Record, FieldAccessor Field, string? Value)>();
            foreach (var edit in edits)
            {
                string what = $"{edit.Target} {edit.TargetOrder} field '{edit.Field}'";
                var field = CorrectionFields.Find(edit.Target, edit.Field)
                            ?? throw new CorrectionException($"{what}: {edit.Target} has no editable field '{edit.Field}' (editable: {string.Join(", ", CorrectionFields.For(edit.Target))})");
                var record = CorrectionApplier.Locate(document, edit.Target, edit.TargetOrder)
                             ?? throw new CorrectionException($"{what}: document {documentId} has no {edit.Target} with order {edit.TargetOrder}");
                string? value;
                try { value = field.Normalize(edit.NewValue); }
                catch (FormatException e) { throw new CorrectionException($"{what}: {e.Message}"); }
                planned.Add((edit, record, field, value));
            }

            var at = time.GetUtcNow().UtcDateTime;
            var written = new List<Correction>();
            foreach (var (edit, record, field, value) in planned)
            {
                string? old = field.Get(record);
                if (old == value) continue;
                CorrectionApplier.Apply(record, field, value);
                written.Add(new Correction
                {
                    SourceFileId = document.SourceFileId, DocumentIndex = document.Index, Target = edit.Target, TargetOrder = edit.TargetOrder,
                    Field = field.Info.Name, OldValue = old, NewValue = value, UserName = userName, At = at,
                });
            }
            if (written.Count == 0) return written;

            db.Corrections.AddRange(written);
            await db.SaveChangesAsync(ct);
            await ReindexAsync(document.SourceFileId, ct);
            await tx.CommitAsync(ct);
            return written;
        });
    }

    /// <summary>
    /// Marks a document as checked by a reviewer (its sections and kind then count as training data) and logs it, so the
    /// confirmation survives a re-parse. Confirming a confirmed document changes nothing.
    /// </summary>
    public async Task ConfirmAsync(long documentId, string userName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, ct)
                           ?? throw new CorrectionException($"document {documentId} does not exist");
            if (document.Confirmed) return;
            var at = time.GetUtcNow().UtcDateTime;
            CorrectionApplier.Confirm(document, true, userName, at);
            db.Corrections.Add(new Correction
            {
                SourceFileId = document.SourceFileId, DocumentIndex = document.Index, Target = CorrectionTarget.Document, TargetOrder = 0,
                Field = CorrectionFields.Confirmed, OldValue = "false", NewValue = "true", UserName = userName, At = at,
            });
            await db.SaveChangesAsync(ct);
            await index.SetConfirmedAsync(document.Id, true, ct);
            await tx.CommitAsync(ct);
        });
    }

    /// <summary>The correction log of a source file, newest first.</summary>
    public async Task<IReadOnlyList<Correction>> HistoryAsync(long sourceFileId, CancellationToken ct = default) =>
        await db.Corrections.AsNoTracking().Where(c => c.SourceFileId == sourceFileId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(ct);

    private async Task<DocumentRecord> LoadAsync(long documentId, CancellationToken ct) =>
        await WithChildren(db.Documents).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == documentId, ct)
        ?? throw new CorrectionException($"document {documentId} does not exist");

    /// <summary>The file's index entries are rebuilt from the stored records and page text, corrections included.</summary>
    private async Task ReindexAsync(long sourceFileId, CancellationToken ct)
    {
        var documents = await WithChildren(db.Documents).AsSplitQuery().Where(d => d.SourceFileId == sourceFileId).OrderBy(d => d.Index).ToListAsync(ct);
        var pages = await db.Pages.AsNoTracking().Where(p => p.SourceFileId == sourceFileId).ToListAsync(ct);
        await index.RemoveSourceAsync(sourceFileId, ct);
        await index.IndexAsync(documents, pages, ct);
    }

    internal static IQueryable<DocumentRecord> WithChildren(IQueryable<DocumentRecord> documents) => documents
        .Include(d => d.Sections)
        .Include(d => d.Measures).ThenInclude(m => m.Steps)
        .Include(d => d.Measures).ThenInclude(m => m.Responsible)
        .Include(d => d.Indicators)
        .Include(d => d.ItaResults)
        .Include(d => d.People);
}
