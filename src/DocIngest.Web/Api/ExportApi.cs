using DocIngest.Core.Extraction;
using DocIngest.Data;
using DocIngest.Data.Corrections;
using DocIngest.Data.Storage;
using DocIngest.Web.Export;
using DocIngest.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Api;

/// <summary>Measures and comparisons as XLSX or DOCX; a document's JSON as a download.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/export").WithTags("export");
        api.MapGet("/measures.{format}", MeasuresAsync).WithSummary("The measures of /api/measures (same q and filters) as xlsx or docx.");
        api.MapGet("/compare.{format}", CompareAsync).WithSummary("The comparison of /api/compare (same parameters) as xlsx or docx.");
        api.MapGet("/documents/{id:long}.json", DocumentAsync).WithSummary("A document's extraction JSON as a file.");
        return app;
    }

    private static readonly string[] MeasureHeaders =
        ["หน่วยงาน", "ปีงบประมาณ", "ลำดับ", "มาตรการ", "ขั้นตอน/วิธีการ", "ผู้รับผิดชอบ", "ระยะเวลา", "เริ่ม", "สิ้นสุด", "ผลการดำเนินงาน", "หน้า"];

    private static async Task<IResult> MeasuresAsync(MeasureQueries queries, string format, string? q, string? agency, int? year,
        string? unit, string? kind, CancellationToken ct)
    {
        if (MeasuresApi.RefuseShortQuery(q) is { } refused) return refused;
        var (ids, _) = await queries.MatchingAsync(q, agency, year, unit, kind, take: 10_000, ct);
        var measures = await queries.LoadAsync(ids, ct);
        ids = ids.Where(measures.ContainsKey).ToList(); // a hit whose measure was re-parsed away meanwhile
        var rows = ids.Select(id => measures[id]).Select(m => (IReadOnlyList<string?>)
        [
            m.Organization, m.FiscalYear?.ToString(), m.Number?.ToString(), m.Title, string.Join('\n', m.Steps), string.Join('\n', m.Responsible),
            // Dates as people read them here, Buddhist Era; the JSON export keeps ISO.
            m.Period?.Text, m.Period?.Start is { } start ? PrintedDate.Format(start) : null, m.Period?.End is { } end ? PrintedDate.Format(end) : null,
            m.Progress, m.Page?.ToString(),
        ]).ToList();
        return File(format, "measures", new ExportTable("มาตรการ", MeasureHeaders, rows));
    }

    private static async Task<IResult> CompareAsync(CompareQueries compare, string format, string? agency, string? years, int? year, string? agencies, CancellationToken ct)
    {
        var columns = CompareQueries.ParseColumns(agency, years, year, agencies);
        if (columns is null)
            return Problems.Result(Problems.BadRequest, StatusCodes.Status400BadRequest, "ระบุ agency กับ years=ปี1,ปี2 หรือ year กับ agencies=หน่วยงาน1,หน่วยงาน2");
        var comparison = await compare.BuildAsync(columns, ct);
        var headers = comparison.Columns.Select(c => $"{c.Agency} {c.FiscalYear}").ToList();
        var rows = comparison.Measures.Select(r => (IReadOnlyList<string?>)r.Cells.Select(m => m is null ? null
            : $"{m.Title}\n{string.Join('\n', m.Steps)}\nผู้รับผิดชอบ: {string.Join(", ", m.Responsible)}\n{m.Period?.Text}").ToList()).ToList();
        rows.AddRange(comparison.Indicators.Select(i => (IReadOnlyList<string?>)i.Scores
            .Select((s, k) => s is null ? null : $"ตัวชี้วัดที่ {i.Number} {i.Name}: {s:0.00}" + (i.Changes[k] is { } d ? $" ({d:+0.00;-0.00})" : "")).ToList()));
        rows.Add(comparison.Columns.Select(c => (string?)string.Join(", ", c.Ita.Select(r => $"ITA {r.Score:0.00} {r.Grade}"))).ToList());
        return File(format, "compare", new ExportTable("เปรียบเทียบมาตรการ", headers, rows));
    }

    private static async Task<IResult> DocumentAsync(DocIngestDbContext db, long id, CancellationToken ct)
    {
        string? fileName = await db.SourceFiles.AsNoTracking().Where(s => s.Id == id && s.ResultJson != null).Select(s => s.FileName).FirstOrDefaultAsync(ct);
        if (fileName is null) return Problems.Result(Problems.NotFound, StatusCodes.Status404NotFound, $"ไม่พบไฟล์ {id} ที่อ่านเสร็จแล้ว");
        var result = await StoredResult.BuildAsync(db, id, ct); // corrections included, as GET /api/documents/{id}
        return Results.File(System.Text.Encoding.UTF8.GetBytes(ExtractionJson.Serialize(result!)), "application/json",
            Path.GetFileNameWithoutExtension(fileName) + ".json");
    }

    private static IResult File(string format, string name, ExportTable table) => format.ToLowerInvariant() switch
    {
        "xlsx" => Results.File(TableExport.ToXlsx(table), TableExport.XlsxType, name + ".xlsx"),
        "docx" => Results.File(TableExport.ToDocx(table), TableExport.DocxType, name + ".docx"),
        _ => Results.Problem($"unknown export format '{format}': use xlsx or docx", statusCode: 400),
    };
}
