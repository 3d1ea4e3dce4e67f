using System.Data.Common;
using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;
using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DocIngest.Data.Search;

/// <summary>What a search may be narrowed to.</summary>
public sealed record SearchFilter(string? Organization = null, int? FiscalYear = null, string? Kind = null, string? ResponsibleUnit = null, string? Entity = null);

/// <summary>One hit: what matched (measure, section or document page text), where, and a highlighted snippet.</summary>
public sealed record SearchHit(string Entity, long EntityId, long DocumentId, string Title, string Snippet, string? Organization, int? FiscalYear, string Kind, double Rank);

/// <summary>
/// Thai-aware full-text search over measures, sections and document text, on SQLite FTS5 with the trigram
/// tokenizer: FTS5's default tokenizer splits on spaces and so finds nothing inside Thai runs, which have none.
/// Indexed text and queries are normalised alike (NFC, ำ, Thai digits folded to Arabic) so ๒๕๖๖ finds 2566.
/// </summary>
public sealed class SearchIndex(DocIngestDbContext db)
{
    public const string Table = "search_index";

    /// <summary>DDL of the index, run by the migration.</summary>
    public const string CreateSql =
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(title, content, entity UNINDEXED, entity_id UNINDEXED, " +
        "document_id UNINDEXED, source_id UNINDEXED, organization UNINDEXED, fiscal_year UNINDEXED, kind UNINDEXED, units UNINDEXED, " +
        "tokenize = 'trigram')";

    /// <summary>Text as it is indexed and queried.</summary>
    public static string Fold(string text) => ThaiDigits.ToArabic(ThaiText.Normalize(text)).Replace('\n', ' ');

    public async Task RemoveSourceAsync(long sourceId, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table} WHERE source_id = {{0}}", [sourceId], ct);

    /// <summary>Adds the (already saved) documents of one source, with their measures, sections and page text.</summary>
    public async Task IndexAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<PageResult> pages, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {Table} (title, content, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units) " +
                              "VALUES ($title, $content, $entity, $entityId, $documentId, $sourceId, $org, $year, $kind, $units)";
        var p = new[] { "$title", "$content", "$entity", "$entityId", "$documentId", "$sourceId", "$org", "$year", "$kind", "$units" }
            .Select(name => { var x = command.CreateParameter(); x.ParameterName = name; command.Parameters.Add(x); return x; }).ToArray();

        async Task Add(string entity, long id, DocumentRecord d, string title, string content, string units)
        {
            object?[] values = [Fold(title), Fold(content), entity, id, d.Id, d.SourceFileId, d.Organization, d.FiscalYear, d.Kind, units];
            for (int i = 0; i < values.Length; i++) p[i].Value = values[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }

        foreach (var d in documents)
        {
            string docTitle = d.Subject ?? d.Title ?? d.Kind;
            string docText = string.Join('\n', pages.Where(pg => pg.Number >= d.PageStart && pg.Number <= d.PageEnd).Select(pg => pg.Text));
            await Add("document", d.Id, d, docTitle, docText, "");
            foreach (var s in d.Sections)
                await Add("section", s.Id, d, s.Heading ?? s.Type, s.Text, "");
            foreach (var m in d.Measures)
            {
                string content = string.Join('\n', m.Steps.Select(s => s.Text).Append(m.Progress ?? "").Append(m.PeriodText ?? ""));
                string units = "|" + string.Join('|', m.Responsible.Select(r => r.Unit)) + "|";
                await Add("measure", m.Id, d, m.Title, content + "\n" + string.Join(' ', m.Responsible.Select(r => r.Unit)), units);
            }
        }
    }

    /// <summary>Best matches first (bm25, title weighted over content), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, SearchFilter filter, int limit = 50, CancellationToken ct = default)
    {
        string q = Fold(query).Trim();
        if (q.Length == 0) return [];
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();

        // Trigram MATCH needs at least three characters; shorter queries fall back to a LIKE scan.
        // Filters on UNINDEXED columns use instr(): with the trigram tokenizer FTS5 takes over LIKE on any column
        // and finds nothing in unindexed ones.
        bool useMatch = q.Length >= 3;
        var where = new List<string> { useMatch ? $"{Table} MATCH $q" : "(title LIKE $like OR content LIKE $like)" };
        AddParameter(command, "$q", "\"" + q.Replace("\"", "\"\"") + "\"");
        AddParameter(command, "$like", "%" + q + "%");
        if (filter.Organization is { Length: > 0 }) { where.Add("instr(organization, $org) > 0"); AddParameter(command, "$org", filter.Organization); }
        if (filter.FiscalYear is { } year) { where.Add("fiscal_year = $year"); AddParameter(command, "$year", year); }
        if (filter.Kind is { Length: > 0 }) { where.Add("kind = $kind"); AddParameter(command, "$kind", filter.Kind); }
        if (filter.Entity is { Length: > 0 }) { where.Add("entity = $entity"); AddParameter(command, "$entity", filter.Entity); }
        if (filter.ResponsibleUnit is { Length: > 0 }) { where.Add("instr(units, $unit) > 0"); AddParameter(command, "$unit", "|" + filter.ResponsibleUnit + "|"); }
        AddParameter(command, "$limit", limit);

        string rank = useMatch ? $"bm25({Table}, 5.0, 1.0)" : "0.0";
        string snippet = useMatch ? $"snippet({Table}, -1, '[', ']', '…', 12)" : "substr(content, 1, 120)";
        command.CommandText =
            $"SELECT entity, entity_id, document_id, title, {snippet}, organization, fiscal_year, kind, {rank} AS r " +
            $"FROM {Table} WHERE {string.Join(" AND ", where)} ORDER BY r LIMIT $limit";

        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.GetString(7), reader.GetDouble(8)));
        }
        return hits;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
