using DocIngest.Core.Extraction;
using DocIngest.Data;
using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Queries;

/// <summary>
/// A file as the review page reads it: the file, its document parts, its pages (lines with boxes), the chosen part
/// with every row, and the parser's warnings for it.
/// </summary>
public sealed record ReviewData(SourceFile Source, IReadOnlyList<DocumentRecord> Parts, IReadOnlyList<PageResult> Pages,
    DocumentRecord? Document, IReadOnlyList<string> Warnings);

/// <summary>The stored file and document parts the review page and the corrections API work on.</summary>
public sealed class ReviewQueries(DocIngestDbContext db)
{
    /// <summary>The file with its <paramref name="part"/>-th document (the first when there is no such part); null when the file is not there.</summary>
    public async Task<ReviewData?> LoadAsync(long fileId, int part, CancellationToken ct)
    {
        var source = await db.SourceFiles.AsNoTracking().FirstOrDefaultAsync(s => s.Id == fileId, ct);
        if (source is null) return null;
        var parts = await db.Documents.AsNoTracking().Where(d => d.SourceFileId == fileId).OrderBy(d => d.Index).ToListAsync(ct);
        var pages = source.ResultJson is null ? [] : ExtractionJson.Deserialize(source.ResultJson).Pages;
        var current = parts.FirstOrDefault(d => d.Index == part) ?? parts.FirstOrDefault();
        if (current is null) return new ReviewData(source, parts, pages, null, []);
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == current.Id)
            .Include(d => d.Sections).Include(d => d.Measures).ThenInclude(m => m.Steps).Include(d => d.Measures).ThenInclude(m => m.Responsible)
            .Include(d => d.Indicators).Include(d => d.ItaResults).Include(d => d.People).AsSplitQuery().FirstAsync(ct);
        var warnings = document.WarningsJson is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<string>>(document.WarningsJson) ?? [];
        return new ReviewData(source, parts, pages, document, warnings);
    }

    /// <summary>The record id of a file's <paramref name="index"/>-th document, or null.</summary>
    public async Task<long?> PartIdAsync(long fileId, int index, CancellationToken ct) =>
        await db.Documents.Where(d => d.SourceFileId == fileId && d.Index == index).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
}
