using System.Text.Json;
using DocIngest.Core.Extraction;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Storage;

/// <summary>
/// Writes an extraction result for a source file: pages and parsed documents are replaced as a whole
/// (a re-ingest after a parser upgrade gives the new parse, with reviewers' corrections replayed on top) and the
/// search index is rebuilt for the file, in one transaction.
/// </summary>
public sealed class ResultStore(DocIngestDbContext db, SearchIndex searchIndex)
{
    public async Task SaveAsync(SourceFile source, ExtractionResult result, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await searchIndex.RemoveSourceAsync(source.Id, ct);
            await db.Documents.Where(d => d.SourceFileId == source.Id).ExecuteDeleteAsync(ct);
            await db.Pages.Where(p => p.SourceFileId == source.Id).ExecuteDeleteAsync(ct);

            source.PageCount = result.Source.PageCount;
            source.MediaType = result.Source.MediaType;
            source.ResultJson = ExtractionJson.Serialize(result);
            db.Pages.AddRange(result.Pages.Select(p => ToRecord(source.Id, p)));
            var documents = result.Documents.Select((d, i) => ToRecord(source.Id, i, d)).ToList();
            // Reviewers' corrections win over the new parse: the log is replayed onto the fresh records before they are saved.
            var corrections = await db.Corrections.AsNoTracking().Where(c => c.SourceFileId == source.Id).ToListAsync(ct);
            CorrectionApplier.Replay(documents, corrections);
            db.Documents.AddRange(documents);
            await db.SaveChangesAsync(ct);

            await searchIndex.IndexAsync(documents, result.Pages, ct);
            await tx.CommitAsync(ct);
        });
    }

    private static PageRecord ToRecord(long sourceId, PageResult p) => new()
    {
        SourceFileId = sourceId,
        Number = p.Number,
        Method = p.Method,
        Width = p.Width,
        Height = p.Height,
        SkewDegrees = p.SkewDegrees,
        MeanConfidence = p.MeanConfidence,
        Text = p.Text,
        LayoutJson = p.Lines is null && p.Tables is null ? null
            : JsonSerializer.Serialize(new { lines = p.Lines, tables = p.Tables }, ExtractionJson.Options),
    };

    private static DocumentRecord ToRecord(long sourceId, int index, Document d) => new()
    {
        SourceFileId = sourceId,
        Index = index,
        Kind = KebabEnumConverter<DocumentKind>.Format(d.Kind),
        PageStart = d.PageStart,
        PageEnd = d.PageEnd,
        Title = d.Title,
        Organization = d.Organization,
        FiscalYear = d.FiscalYear,
        OrderNumber = d.OrderNumber,
        Agency = d.Header?.Agency,
        Phone = d.Header?.Phone,
        Reference = d.Header?.Reference,
        Date = d.Header?.Date,
        DateText = d.Header?.DateText,
        Subject = d.Header?.Subject,
        Addressee = d.Header?.Addressee,
        Confidence = d.Confidence,
        WarningsJson = d.Warnings.Count == 0 ? null : JsonSerializer.Serialize(d.Warnings, ExtractionJson.Options),
        Sections = d.Sections.Select((s, i) => new SectionRecord
        {
            Order = i, Type = KebabEnumConverter<SectionType>.Format(s.Type), Heading = s.Heading, Text = s.Text, Confidence = s.Confidence,
        }).ToList(),
        Measures = d.Measures.Select((m, i) => new MeasureRecord
        {
            Order = i,
            Number = m.Number,
            Title = m.Title,
            PeriodText = m.Period?.Text,
            PeriodStart = ParseDate(m.Period?.Start),
            PeriodEnd = ParseDate(m.Period?.End),
            Progress = m.Progress,
            FollowUp = m.FollowUp,
            Page = m.Page,
            Steps = m.Steps.Select((s, k) => new MeasureStep { Order = k, Text = s }).ToList(),
            Responsible = m.Responsible.Select((u, k) => new MeasureResponsible { Order = k, Unit = u }).ToList(),
        }).ToList(),
        Indicators = d.Indicators.Select((x, i) => new IndicatorRecord { Order = i, Number = x.Number, Name = x.Name, Score = x.Score, FiscalYear = x.FiscalYear ?? d.FiscalYear }).ToList(),
        ItaResults = d.ItaResults.Select((x, i) => new ItaResultRecord { Order = i, FiscalYear = x.FiscalYear, Score = x.Score, Grade = x.Grade }).ToList(),
        People = d.Members.Select((p, i) => ToPerson(p, PersonKind.Member, i))
            .Concat(d.Signatures.Select((p, i) => ToPerson(p, PersonKind.Signature, i))).ToList(),
    };

    private static PersonRecord ToPerson(Person p, PersonKind kind, int order) =>
        new() { Kind = kind, Order = order, Name = p.Name, Position = p.Position, Role = p.Role };

    private static DateOnly? ParseDate(string? iso) => DateOnly.TryParseExact(iso, "yyyy-MM-dd", out var d) ? d : null;
}
