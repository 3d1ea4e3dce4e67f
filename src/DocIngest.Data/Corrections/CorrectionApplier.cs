using System.Text.Json;
using DocIngest.Core.Extraction;
using DocIngest.Data.Entities;

namespace DocIngest.Data.Corrections;

/// <summary>
/// Puts a corrected value onto a document's records: used by <see cref="CorrectionService"/> for a reviewer's edit and
/// by <see cref="Storage.ResultStore"/> to replay the correction log onto a fresh parse, so both write values alike.
/// </summary>
internal static class CorrectionApplier
{
    /// <summary>The record a correction addresses inside a document, or null when the document has no such record.</summary>
    public static object? Locate(DocumentRecord document, CorrectionTarget target, int order) => target switch
    {
        CorrectionTarget.Document => order == 0 ? document : null,
        CorrectionTarget.Section => document.Sections.FirstOrDefault(s => s.Order == order),
        CorrectionTarget.Measure => document.Measures.FirstOrDefault(m => m.Order == order),
        CorrectionTarget.Indicator => document.Indicators.FirstOrDefault(i => i.Order == order),
        CorrectionTarget.ItaResult => document.ItaResults.FirstOrDefault(i => i.Order == order),
        CorrectionTarget.Member => document.People.FirstOrDefault(p => p.Kind == PersonKind.Member && p.Order == order),
        CorrectionTarget.Signature => document.People.FirstOrDefault(p => p.Kind == PersonKind.Signature && p.Order == order),
        _ => null,
    };

    /// <summary>Writes a normalised value and marks the record as corrected, so a later re-parse knows to keep it.</summary>
    public static void Apply(object record, FieldAccessor field, string? value)
    {
        field.Set(record, value);
        switch (record)
        {
            case DocumentRecord r: r.Origin = ValueOrigin.Corrected; break;
            case SectionRecord r: r.Origin = ValueOrigin.Corrected; break;
            case MeasureRecord r: r.Origin = ValueOrigin.Corrected; break;
            case IndicatorRecord r: r.Origin = ValueOrigin.Corrected; break;
            case ItaResultRecord r: r.Origin = ValueOrigin.Corrected; break;
            case PersonRecord r: r.Origin = ValueOrigin.Corrected; break;
        }
    }

    public static void Confirm(DocumentRecord document, bool confirmed, string userName, DateTime at)
    {
        document.Confirmed = confirmed;
        document.ConfirmedBy = confirmed ? userName : null;
        document.ConfirmedAt = confirmed ? at : null;
    }

    /// <summary>
    /// Re-applies the log (oldest first) onto freshly parsed documents of the same file. A correction whose record the
    /// new parse no longer has stays in the log but is skipped, with a warning on its document.
    /// </summary>
    public static void Replay(IReadOnlyList<DocumentRecord> documents, IEnumerable<Correction> log)
    {
        var byIndex = documents.ToDictionary(d => d.Index);
        foreach (var c in log.OrderBy(c => c.At).ThenBy(c => c.Id))
        {
            // A document that the new parse does not have at all has nowhere to carry a warning: the log keeps the correction.
            if (!byIndex.TryGetValue(c.DocumentIndex, out var document)) continue;
            document.Revision = Math.Max(document.Revision, c.Revision);
            if (c.Target == CorrectionTarget.Document && c.Field == CorrectionFields.Confirmed)
            {
                Confirm(document, c.NewValue == "true", c.UserName, c.At);
                continue;
            }
            if (c.Target == CorrectionTarget.Measure && c.Field == MeasureRows.Field)
            {
                try { MeasureRows.Apply(document, MeasureRows.Parse(c.NewValue ?? "", document.Measures.Count)); }
                catch (FormatException e) { AddWarning(document, $"การจัดแถวตารางมาตรการไม่ถูกนำมาใช้: {e.Message}"); }
                continue;
            }
            var field = CorrectionFields.Find(c.Target, c.Field);
            var record = Locate(document, c.Target, c.TargetOrder);
            if (field is null || record is null)
            {
                AddWarning(document, $"การแก้ไข {CorrectionFields.Describe(c.Target, c.TargetOrder, c.Field)} ไม่ถูกนำมาใช้: ผลการอ่านใหม่ไม่มี{(field is null ? "ช่อง" : "แถว")}นี้");
                continue;
            }
            string? value;
            try { value = field.Normalize(c.NewValue); }
            catch (FormatException e)
            {
                AddWarning(document, $"การแก้ไข {CorrectionFields.Describe(c.Target, c.TargetOrder, c.Field)} ไม่ถูกนำมาใช้: {e.Message}");
                continue;
            }
            Apply(record, field, value);
        }
    }

    private static void AddWarning(DocumentRecord document, string warning)
    {
        var warnings = document.WarningsJson is null ? [] : JsonSerializer.Deserialize<List<string>>(document.WarningsJson, ExtractionJson.Options) ?? [];
        if (warnings.Contains(warning)) return;
        warnings.Add(warning);
        document.WarningsJson = JsonSerializer.Serialize(warnings, ExtractionJson.Options);
    }
}
