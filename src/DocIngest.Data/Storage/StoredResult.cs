using DocIngest.Core.Extraction;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Storage;

/// <summary>
/// A file's extraction result as it stands now: the stored JSON (as last parsed; pages, boxes and warnings) with each
/// document's parsed values replaced by its records, so reviewers' corrections show. Each corrected document lists the
/// corrected fields in <see cref="Document.Corrected"/> (an optional schema extension).
/// </summary>
public static class StoredResult
{
    /// <summary>The current result of a source file, or null when the file is unknown or has no result yet.</summary>
    public static async Task<ExtractionResult?> BuildAsync(DocIngestDbContext db, long sourceFileId, CancellationToken ct = default)
    {
        string? json = await db.SourceFiles.AsNoTracking().Where(s => s.Id == sourceFileId).Select(s => s.ResultJson).SingleOrDefaultAsync(ct);
        if (json is null) return null;
        var result = ExtractionJson.Deserialize(json);

        var records = await CorrectionService.WithChildren(db.Documents.AsNoTracking()).AsSplitQuery()
            .Where(d => d.SourceFileId == sourceFileId).ToDictionaryAsync(d => d.Index, ct);
        var corrections = await db.Corrections.AsNoTracking().Where(c => c.SourceFileId == sourceFileId)
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct);

        var documents = result.Documents.Select((document, i) => records.TryGetValue(i, out var record)
            ? Overlay(document, record, corrections.Where(c => c.DocumentIndex == i))
            : document).ToList();
        return result with { Documents = documents };
    }

    private static Document Overlay(Document parsed, DocumentRecord r, IEnumerable<Correction> corrections)
    {
        bool hasHeader = r.Agency is not null || r.Phone is not null || r.Reference is not null || r.Date is not null ||
                         r.DateText is not null || r.Subject is not null || r.Addressee is not null;
        var corrected = corrections
            .Where(c => c.Field != CorrectionFields.Confirmed)
            .Select(c => (Field: CorrectionFields.Find(c.Target, c.Field), c))
            .Where(x => x.Field is not null && CorrectionApplier.Locate(r, x.c.Target, x.c.TargetOrder) is not null)
            .Select(x => CorrectionFields.JsonPath(x.c.Target, x.c.TargetOrder, x.Field!))
            .Distinct().ToList();

        return parsed with
        {
            Kind = KebabEnumConverter<DocumentKind>.TryParse(r.Kind, out var kind) ? kind : parsed.Kind,
            Title = r.Title,
            Organization = r.Organization,
            FiscalYear = r.FiscalYear,
            OrderNumber = r.OrderNumber,
            Header = hasHeader
                ? (parsed.Header ?? new MemoHeader()) with
                {
                    Agency = r.Agency, Phone = r.Phone, Reference = r.Reference, Date = r.Date, DateText = r.DateText, Subject = r.Subject, Addressee = r.Addressee,
                }
                : null,
            Sections = Merge(parsed.Sections, r.Sections.OrderBy(s => s.Order), s => s.Origin, s => new Section(
                KebabEnumConverter<SectionType>.TryParse(s.Type, out var type) ? type : SectionType.Body, s.Heading, s.Text, s.Confidence)),
            Measures = Merge(parsed.Measures, r.Measures.OrderBy(m => m.Order), m => m.Origin, m => new Measure
            {
                Number = m.Number,
                Title = m.Title,
                Steps = m.Steps.OrderBy(s => s.Order).Select(s => s.Text).ToList(),
                Responsible = m.Responsible.OrderBy(u => u.Order).Select(u => u.Unit).ToList(),
                // The schema's period needs its text; a corrected start or end without one keeps an empty text.
                Period = m.PeriodText is null && m.PeriodStart is null && m.PeriodEnd is null ? null
                    : new Period(m.PeriodText ?? "", m.PeriodStart?.ToString("yyyy-MM-dd"), m.PeriodEnd?.ToString("yyyy-MM-dd")),
                Progress = m.Progress,
                FollowUp = m.FollowUp,
                Page = m.Page,
            }),
            Indicators = Merge(parsed.Indicators, r.Indicators.OrderBy(x => x.Order), x => x.Origin, x => new Indicator(x.Number, x.Name, x.Score, x.FiscalYear)),
            ItaResults = Merge(parsed.ItaResults, r.ItaResults.OrderBy(x => x.Order), x => x.Origin, x => new ItaResult(x.FiscalYear, x.Score, x.Grade)),
            Members = Merge(parsed.Members, r.People.Where(p => p.Kind == PersonKind.Member).OrderBy(p => p.Order), p => p.Origin, ToPerson),
            Signatures = Merge(parsed.Signatures, r.People.Where(p => p.Kind == PersonKind.Signature).OrderBy(p => p.Order), p => p.Origin, ToPerson),
            Corrected = corrected.Count == 0 ? null : corrected,
        };
    }

    /// <summary>
    /// A record as the parser wrote it keeps its JSON item unchanged (with details the record does not hold, such as an
    /// indicator's own fiscal year being absent); a corrected record is written from its values.
    /// </summary>
    private static List<T> Merge<T, TRecord>(IReadOnlyList<T> parsed, IEnumerable<TRecord> records, Func<TRecord, ValueOrigin> origin, Func<TRecord, T> build) =>
        records.Select((record, i) => origin(record) == ValueOrigin.Parsed && i < parsed.Count ? parsed[i] : build(record)).ToList();

    private static Person ToPerson(PersonRecord p) => new(p.Name, p.Position, p.Role);
}
