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
/// One save of one document: <paramref name="MeasureRows"/> rearranges the measure table first (see
/// <see cref="Corrections.MeasureRows"/>), then <paramref name="Edits"/> apply to the rows as arranged, then the document
/// is confirmed when asked. <paramref name="ExpectedRevision"/> is the revision the editor loaded; null skips the check.
/// </summary>
public sealed record DocumentSave(long DocumentId, IReadOnlyList<FieldEdit> Edits, string UserName, bool Confirm = false,
    int? ExpectedRevision = null, string? MeasureRows = null);

/// <summary>What a save wrote, the document's revision after it, and whether it confirmed the document.</summary>
public sealed record SaveOutcome(IReadOnlyList<Correction> Written, int Revision, bool Confirmed);

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
    public async Task<IReadOnlyList<Correction>> ApplyAsync(long documentId, IReadOnlyList<FieldEdit> edits, string userName, CancellationToken ct = default) =>
        (await SaveAsync(new DocumentSave(documentId, edits, userName), ct)).Written;

    /// <summary>
    /// Marks a document as checked by a reviewer (its sections and kind then count as training data) and logs it, so the
    /// confirmation survives a re-parse. Confirming a confirmed document changes nothing.
    /// </summary>
    public async Task ConfirmAsync(long documentId, string userName, CancellationToken ct = default) =>
        await SaveAsync(new DocumentSave(documentId, [], userName, Confirm: true), ct);

    /// <summary>
    /// One reviewer's save of one document, as one transaction: the measure table's rearrangement (if any), then the
    /// edits (addressing rows as arranged), then the confirmation. With <see cref="DocumentSave.ExpectedRevision"/> the
    /// save is refused with <see cref="CorrectionConflictException"/> (listing the other person's corrections) when the
    /// document was saved by someone else since that revision; nothing is written then.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(DocumentSave save, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(save.UserName);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var document = await LoadAsync(save.DocumentId, ct);
                if (save.ExpectedRevision is { } expected && expected != document.Revision)
                    throw new CorrectionConflictException(document.Revision, await SinceAsync(document, expected, ct));

                var at = time.GetUtcNow().UtcDateTime;
                int revision = document.Revision + 1;
                var written = new List<Correction>();
                if (save.MeasureRows is { } rowsText)
                {
                    string old = MeasureRows.Identity(document.Measures.Count);
                    IReadOnlyList<int?> rows;
                    try { rows = MeasureRows.Parse(rowsText, document.Measures.Count); }
                    catch (FormatException e) { throw new CorrectionException($"ตารางมาตรการ: {e.Message}"); }
                    string value = MeasureRows.Format(rows);
                    if (value != old)
                    {
                        MeasureRows.Apply(document, rows);
                        written.Add(Log(document, CorrectionTarget.Measure, 0, MeasureRows.Field, old, value, save.UserName, at, revision));
                    }
                }

                var planned = new List<(FieldEdit Edit, object Record, FieldAccessor Field, string? Value)>();
                foreach (var edit in save.Edits)
                {
                    string what = CorrectionFields.Describe(edit.Target, edit.TargetOrder, edit.Field);
                    var field = CorrectionFields.Find(edit.Target, edit.Field)
                                ?? throw new CorrectionException($"{what}: แก้ไขค่านี้ไม่ได้", CorrectionProblem.UnknownField);
                    var record = CorrectionApplier.Locate(document, edit.Target, edit.TargetOrder)
                                 ?? throw new CorrectionException($"{what}: เอกสารไม่มีแถวนี้", CorrectionProblem.UnknownField);
                    string? value;
                    try { value = field.Normalize(edit.NewValue); }
                    catch (FormatException e) { throw new CorrectionException($"{what}: {e.Message}"); }
                    planned.Add((edit, record, field, value));
                }
                foreach (var (edit, record, field, value) in planned)
                {
                    string? old = field.Get(record);
                    if (old == value) continue;
                    CorrectionApplier.Apply(record, field, value);
                    written.Add(Log(document, edit.Target, edit.TargetOrder, field.Info.Name, old, value, save.UserName, at, revision));
                }
                // A row added to the table must be given a title before it is stored.
                if (document.Measures.FirstOrDefault(m => string.IsNullOrWhiteSpace(m.Title)) is { } untitled)
                    throw new CorrectionException($"{CorrectionFields.Describe(CorrectionTarget.Measure, untitled.Order, "title")}: ต้องกรอกค่านี้");

                bool confirmed = false;
                if (save.Confirm && !document.Confirmed)
                {
                    CorrectionApplier.Confirm(document, true, save.UserName, at);
                    written.Add(Log(document, CorrectionTarget.Document, 0, CorrectionFields.Confirmed, "false", "true", save.UserName, at, revision));
                    confirmed = true;
                }
                if (written.Count == 0) return new SaveOutcome(written, document.Revision, false);

                document.Revision = revision;
                db.Corrections.AddRange(written);
                await db.SaveChangesAsync(ct);
                if (written.Any(c => c.Field != CorrectionFields.Confirmed)) await ReindexAsync(document.SourceFileId, ct);
                // Search ranks confirmed documents first.
                if (confirmed) await index.SetConfirmedAsync(document.Id, true, ct);
                await tx.CommitAsync(ct);
                return new SaveOutcome(written, revision, confirmed);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save committed between our read and our write: report it as the conflict it is.
            db.ChangeTracker.Clear();
            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == save.DocumentId, ct);
            throw new CorrectionConflictException(document.Revision, await SinceAsync(document, save.ExpectedRevision ?? document.Revision - 1, ct));
        }
    }

    /// <summary>The corrections of a document saved after a revision, oldest first.</summary>
    private async Task<IReadOnlyList<Correction>> SinceAsync(DocumentRecord document, int revision, CancellationToken ct) =>
        await db.Corrections.AsNoTracking()
            .Where(c => c.SourceFileId == document.SourceFileId && c.DocumentIndex == document.Index && c.Revision > revision)
            .OrderBy(c => c.Id).ToListAsync(ct);

    private static Correction Log(DocumentRecord document, CorrectionTarget target, int order, string field, string? old, string? value,
        string userName, DateTime at, int revision) => new()
    {
        SourceFileId = document.SourceFileId, DocumentIndex = document.Index, Target = target, TargetOrder = order,
        Field = field, OldValue = old, NewValue = value, UserName = userName, At = at, Revision = revision,
    };

    /// <summary>The correction log of a source file, newest first.</summary>
    public async Task<IReadOnlyList<Correction>> HistoryAsync(long sourceFileId, CancellationToken ct = default) =>
        await db.Corrections.AsNoTracking().Where(c => c.SourceFileId == sourceFileId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(ct);

    private async Task<DocumentRecord> LoadAsync(long documentId, CancellationToken ct) =>
        await WithChildren(db.Documents).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == documentId, ct)
        ?? throw new CorrectionException($"ไม่พบเอกสาร {documentId}", CorrectionProblem.NotFound);

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
