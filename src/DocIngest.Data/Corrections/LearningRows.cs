using DocIngest.Core.Classification;
using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Corrections;

/// <summary>
/// Training rows for the classifiers from documents a reviewer has confirmed: their section types and kinds are
/// checked labels. Rows are shaped like the committed sets (data/training/sections.tsv, kinds.tsv): one line each.
/// </summary>
public static class LearningRows
{
    /// <summary>How much of a document the kind classifier reads (as <see cref="DocumentKindClassifier.Classify"/> does).</summary>
    public const int KindTextLength = 3000;

    /// <summary>Sections of confirmed documents: label = section type (kebab name), text = heading (if any) and text.</summary>
    public static async Task<IReadOnlyList<LabelledText>> ConfirmedSectionsAsync(DocIngestDbContext db, CancellationToken ct = default)
    {
        var sections = await db.Documents.AsNoTracking().Where(d => d.Confirmed)
            .OrderBy(d => d.Id)
            .SelectMany(d => d.Sections.OrderBy(s => s.Order).Select(s => new { s.Type, s.Heading, s.Text }))
            .ToListAsync(ct);
        return sections
            .Select(s => new LabelledText(s.Type, OneLine(s.Heading is null ? s.Text : s.Heading + " " + s.Text)))
            .Where(r => r.Text.Length > 0)
            .ToList();
    }

    /// <summary>Confirmed documents: label = kind, text = the opening of its pages' text, as the kind classifier reads it.</summary>
    public static async Task<IReadOnlyList<LabelledText>> ConfirmedKindsAsync(DocIngestDbContext db, CancellationToken ct = default)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.Confirmed).OrderBy(d => d.Id)
            .Select(d => new { d.SourceFileId, d.Kind, d.PageStart, d.PageEnd }).ToListAsync(ct);
        var sourceIds = documents.Select(d => d.SourceFileId).Distinct().ToList();
        var pages = (await db.Pages.AsNoTracking().Where(p => sourceIds.Contains(p.SourceFileId))
                .Select(p => new { p.SourceFileId, p.Number, p.Text }).ToListAsync(ct))
            .ToLookup(p => p.SourceFileId);

        var rows = new List<LabelledText>();
        foreach (var d in documents)
        {
            string text = string.Join('\n', pages[d.SourceFileId].Where(p => p.Number >= d.PageStart && p.Number <= d.PageEnd)
                .OrderBy(p => p.Number).Select(p => p.Text));
            if (text.Length > KindTextLength) text = text[..KindTextLength];
            text = OneLine(text);
            if (text.Length > 0) rows.Add(new LabelledText(d.Kind, text));
        }
        return rows;
    }

    /// <summary>Tabs and line breaks become spaces, as <see cref="LabelledText.WriteTsv"/> writes them.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
