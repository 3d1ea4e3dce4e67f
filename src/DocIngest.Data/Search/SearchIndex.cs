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
/// Thai-aware full-text search over measures, sections and document text. Thai runs have no spaces between words,
/// so word tokenizers find nothing inside them; both providers index character trigrams instead: SQLite FTS5 with
/// the trigram tokenizer, PostgreSQL pg_trgm GIN indexes. Indexed text and queries are normalised alike
/// (NFC, ำ, Thai digits folded to Arabic) so ๒๕๖๖ finds 2566.
/// </summary>
public sealed class SearchIndex(DocIngestDbContext db)
{
    public const string Table = "search_index";

    /// <summary>DDL of the SQLite index, run by its migration.</summary>
    public const string SqliteCreateSql =
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(title, content, entity UNINDEXED, entity_id UNINDEXED, " +
        "document_id UNINDEXED, source_id UNINDEXED, organization UNINDEXED, fiscal_year UNINDEXED, kind UNINDEXED, units UNINDEXED, " +
        "tokenize = 'trigram'); " +
        // The built-in rank column, weighted: ORDER BY rank is markedly faster than ORDER BY bm25(...) over many matches.
        $"INSERT INTO {Table}({Table}, rank) VALUES('rank', 'bm25(5.0, 1.0)');";

    /// <summary>DDL of the PostgreSQL index, run by its migration.</summary>
    public const string PostgresCreateSql =
        "CREATE EXTENSION IF NOT EXISTS pg_trgm; " +
        $"CREATE TABLE IF NOT EXISTS {Table} (id bigserial PRIMARY KEY, title text NOT NULL, content text NOT NULL, entity text NOT NULL, " +
        "entity_id bigint NOT NULL, document_id bigint NOT NULL, source_id bigint NOT NULL, organization text, fiscal_year integer, kind text NOT NULL, units text NOT NULL); " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_title ON {Table} USING gin (title gin_trgm_ops); " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_content ON {Table} USING gin (content gin_trgm_ops); " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_source ON {Table} (source_id);";

    private bool IsPostgres => db.Database.IsNpgsql();

    /// <summary>Text as it is indexed and queried.</summary>
    public static string Fold(string text) => ThaiDigits.ToArabic(ThaiText.Normalize(text)).Replace('\n', ' ');

    public async Task RemoveSourceAsync(long sourceId, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table} WHERE source_id = {{0}}", [sourceId], ct);

    /// <summary>Adds the (already saved) documents of one source, with their measures, sections and page text.</summary>
    public Task IndexAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<PageResult> pages, CancellationToken ct) =>
        IndexAsync(documents, pages.Select(p => (p.Number, p.Text)).ToList(), ct);

    /// <summary>The same from stored pages: how a file is re-indexed after a correction, without its extraction result.</summary>
    public Task IndexAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<PageRecord> pages, CancellationToken ct) =>
        IndexAsync(documents, pages.Select(p => (p.Number, p.Text)).ToList(), ct);

    private async Task IndexAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<(int Number, string Text)> pages, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {Table} (title, content, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units) " +
                              "VALUES (@title, @content, @entity, @entityId, @documentId, @sourceId, @org, @year, @kind, @units)";
        var p = new[] { "title", "content", "entity", "entityId", "documentId", "sourceId", "org", "year", "kind", "units" }
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

        // Filters on UNINDEXED FTS5 columns use instr()/strpos(): with the trigram tokenizer FTS5 takes over LIKE on
        // any column and finds nothing in unindexed ones.
        string contains = IsPostgres ? "strpos({0}, {1}) > 0" : "instr({0}, {1}) > 0";
        var where = new List<string>();
        // Trigram MATCH needs at least three characters; shorter queries fall back to a LIKE scan.
        bool useMatch = !IsPostgres && q.Length >= 3;
        if (useMatch) where.Add($"{Table} MATCH @q");
        else where.Add(IsPostgres ? "(title ILIKE @like OR content ILIKE @like)" : "(title LIKE @like OR content LIKE @like)");
        AddParameter(command, "q", useMatch ? "\"" + q.Replace("\"", "\"\"") + "\"" : q);
        AddParameter(command, "like", "%" + EscapeLike(q) + "%");
        if (filter.Organization is { Length: > 0 }) { where.Add(string.Format(contains, "organization", "@org")); AddParameter(command, "org", filter.Organization); }
        if (filter.FiscalYear is { } year) { where.Add("fiscal_year = @year"); AddParameter(command, "year", year); }
        if (filter.Kind is { Length: > 0 }) { where.Add("kind = @kind"); AddParameter(command, "kind", filter.Kind); }
        if (filter.Entity is { Length: > 0 }) { where.Add("entity = @entity"); AddParameter(command, "entity", filter.Entity); }
        if (filter.ResponsibleUnit is { Length: > 0 }) { where.Add(string.Format(contains, "units", "@unit")); AddParameter(command, "unit", "|" + filter.ResponsibleUnit + "|"); }
        AddParameter(command, "limit", limit);

        // Lower is better in both: bm25 is negative-better; for pg_trgm we negate the weighted similarity.
        string rank = IsPostgres ? "-(5 * similarity(title, @q) + word_similarity(@q, content))" : useMatch ? "rank" : "0.0";
        string snippet = useMatch ? $"snippet({Table}, -1, '[', ']', '…', 12)" : "content";
        command.CommandText =
            $"SELECT entity, entity_id, document_id, title, {snippet}, organization, fiscal_year, kind, CAST({rank} AS double precision) AS r " +
            $"FROM {Table} WHERE {string.Join(" AND ", where)} ORDER BY r LIMIT @limit";
        if (!IsPostgres) command.CommandText = command.CommandText.Replace("double precision", "REAL");

        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            string text = reader.GetString(4);
            string title = reader.GetString(3);
            string snippetText = useMatch ? text : Snippet(text.Contains(q, StringComparison.OrdinalIgnoreCase) ? text : title, q);
            hits.Add(new SearchHit(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), title, snippetText,
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.GetString(7), reader.GetDouble(8)));
        }
        return hits;
    }

    /// <summary>About a dozen characters either side of the first match, the match in [brackets] as FTS5's snippet() does.</summary>
    public static string Snippet(string content, string query)
    {
        int at = content.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return content.Length <= 60 ? content : content[..60] + "…";
        int start = Math.Max(0, at - 24), end = Math.Min(content.Length, at + query.Length + 24);
        return (start > 0 ? "…" : "") + content[start..at] + "[" + content.Substring(at, query.Length) + "]" + content[(at + query.Length)..end] + (end < content.Length ? "…" : "");
    }

    private static string EscapeLike(string text) => text.Replace("%", "").Replace("_", "");

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
