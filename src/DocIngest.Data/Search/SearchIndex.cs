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

    /// <summary>SQLite: the FTS5 trigram index over title and content (rowid = <see cref="SqliteRowsTable"/>.id).</summary>
    public const string SqliteTextTable = "search_text";

    /// <summary>SQLite: what a hit is and what it can be filtered by, one plain row per indexed entity.</summary>
    public const string SqliteRowsTable = "search_rows";

    /// <summary>
    /// At most this many matches (newest first, after filters) are ranked for one query. Ranking every match of a
    /// common term (a fifth of 100,000 measures) cost more than the whole latency budget; see docs/measurements.md.
    /// </summary>
    public const int CandidateCap = 1000;

    /// <summary>
    /// DDL of the first SQLite index (one FTS5 table holding the filters as UNINDEXED columns), run by the Initial
    /// migration and replaced by <see cref="SqliteSideTableSql"/> in the SearchSideTable migration.
    /// </summary>
    public const string SqliteCreateSql =
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(title, content, entity UNINDEXED, entity_id UNINDEXED, " +
        "document_id UNINDEXED, source_id UNINDEXED, organization UNINDEXED, fiscal_year UNINDEXED, kind UNINDEXED, units UNINDEXED, " +
        "tokenize = 'trigram'); " +
        // The built-in rank column, weighted: ORDER BY rank is markedly faster than ORDER BY bm25(...) over many matches.
        $"INSERT INTO {Table}({Table}, rank) VALUES('rank', 'bm25(5.0, 1.0)');";

    /// <summary>
    /// DDL of the current SQLite index: filters in a plain table joined by rowid (reading UNINDEXED columns of the
    /// FTS5 table meant a content-row lookup per match), the FTS5 table holds only the indexed text. Rebuilt from
    /// the first layout's table, which it replaces.
    /// </summary>
    public const string SqliteSideTableSql =
        $"CREATE TABLE {SqliteRowsTable} (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id INTEGER NOT NULL, document_id INTEGER NOT NULL, " +
        "source_id INTEGER NOT NULL, organization TEXT, fiscal_year INTEGER, kind TEXT NOT NULL, units TEXT NOT NULL); " +
        $"CREATE INDEX ix_{SqliteRowsTable}_source ON {SqliteRowsTable} (source_id); " +
        $"CREATE VIRTUAL TABLE {SqliteTextTable} USING fts5(title, content, tokenize = 'trigram'); " +
        $"INSERT INTO {SqliteRowsTable} (id, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units) " +
        $"SELECT rowid, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units FROM {Table}; " +
        $"INSERT INTO {SqliteTextTable} (rowid, title, content) SELECT rowid, title, content FROM {Table}; " +
        $"INSERT INTO {SqliteTextTable} ({SqliteTextTable}) VALUES ('optimize'); " +
        $"DROP TABLE {Table};";

    /// <summary>Back to the first layout (the SearchSideTable migration's Down).</summary>
    public const string SqliteSideTableDownSql =
        SqliteCreateSql + " " +
        $"INSERT INTO {Table} (rowid, title, content, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units) " +
        $"SELECT r.id, t.title, t.content, r.entity, r.entity_id, r.document_id, r.source_id, r.organization, r.fiscal_year, r.kind, r.units " +
        $"FROM {SqliteRowsTable} r JOIN {SqliteTextTable} t ON t.rowid = r.id; " +
        $"DROP TABLE {SqliteTextTable}; DROP TABLE {SqliteRowsTable};";

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
        await db.Database.ExecuteSqlRawAsync(IsPostgres
            ? $"DELETE FROM {Table} WHERE source_id = {{0}}"
            : $"DELETE FROM {SqliteTextTable} WHERE rowid IN (SELECT id FROM {SqliteRowsTable} WHERE source_id = {{0}}); " +
              $"DELETE FROM {SqliteRowsTable} WHERE source_id = {{0}}", [sourceId], ct);

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
        command.CommandText = IsPostgres
            ? $"INSERT INTO {Table} (title, content, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units) " +
              "VALUES (@title, @content, @entity, @entityId, @documentId, @sourceId, @org, @year, @kind, @units)"
            : $"INSERT INTO {SqliteRowsTable} (entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units) " +
              "VALUES (@entity, @entityId, @documentId, @sourceId, @org, @year, @kind, @units); " +
              $"INSERT INTO {SqliteTextTable} (rowid, title, content) VALUES (last_insert_rowid(), @title, @content)";
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

    /// <summary>
    /// Best matches first (BM25, title weighted over content; PostgreSQL: pg_trgm similarity), at most
    /// <paramref name="limit"/>. Lower <see cref="SearchHit.Rank"/> is better.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, SearchFilter filter, int limit = 50, CancellationToken ct = default)
    {
        string q = Fold(query).Trim();
        if (q.Length == 0) return [];
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        if (!IsPostgres) return await SearchSqliteAsync(connection, q, filter, limit, ct);
        await using var command = connection.CreateCommand();

        var where = new List<string> { "(title ILIKE @like OR content ILIKE @like)" };
        AddParameter(command, "q", q);
        AddParameter(command, "like", "%" + EscapeLike(q) + "%");
        AddFilters(command, where, filter, "strpos({0}, {1}) > 0", "");
        AddParameter(command, "limit", limit);

        // Lower is better, as with bm25: the weighted pg_trgm similarity, negated.
        command.CommandText =
            "SELECT entity, entity_id, document_id, title, content, organization, fiscal_year, kind, " +
            "CAST(-(5 * similarity(title, @q) + word_similarity(@q, content)) AS double precision) AS r " +
            $"FROM {Table} WHERE {string.Join(" AND ", where)} ORDER BY r LIMIT @limit";

        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            string text = reader.GetString(4);
            string title = reader.GetString(3);
            string snippetText = Snippet(text.Contains(q, StringComparison.OrdinalIgnoreCase) ? text : title, q);
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

    private static void AddFilters(DbCommand command, List<string> where, SearchFilter filter, string contains, string prefix)
    {
        if (filter.Organization is { Length: > 0 }) { where.Add(string.Format(contains, prefix + "organization", "@org")); AddParameter(command, "org", filter.Organization); }
        if (filter.FiscalYear is { } year) { where.Add(prefix + "fiscal_year = @year"); AddParameter(command, "year", year); }
        if (filter.Kind is { Length: > 0 }) { where.Add(prefix + "kind = @kind"); AddParameter(command, "kind", filter.Kind); }
        if (filter.Entity is { Length: > 0 }) { where.Add(prefix + "entity = @entity"); AddParameter(command, "entity", filter.Entity); }
        if (filter.ResponsibleUnit is { Length: > 0 }) { where.Add(string.Format(contains, prefix + "units", "@unit")); AddParameter(command, "unit", "|" + filter.ResponsibleUnit + "|"); }
    }

    // Connections this process has already tuned (PRAGMAs are per connection; pooled connections keep them).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, object> Tuned = new();

    /// <summary>
    /// SQLite: the FTS5 index finds the matches (newest first), the filters are checked on the plain side table
    /// joined by rowid, and the scan stops after <see cref="CandidateCap"/> candidates. Those are ranked here with
    /// BM25 (title weighted 5, content 1, k1 1.2, b 0.75; lengths against the candidates' average) and only the
    /// returned rows get a snippet. Queries under three characters (no trigram) scan with LIKE, also capped.
    /// </summary>
    private async Task<IReadOnlyList<SearchHit>> SearchSqliteAsync(DbConnection connection, string q, SearchFilter filter, int limit, CancellationToken ct)
    {
        if (!Tuned.TryGetValue(connection, out _))
        {
            await using var pragma = connection.CreateCommand();
            // Map the database instead of copying pages through read(); a bigger page cache for the index b-trees.
            pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;";
            await pragma.ExecuteNonQueryAsync(ct);
            Tuned.AddOrUpdate(connection, Tuned);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var where = new List<string>();
        string source;
        if (q.Length >= 3)
        {
            // CROSS JOIN keeps the FTS5 cursor outside: matches come in rowid order, each side row looked up by key.
            source = $"SELECT f.rowid AS id, f.title AS title, f.content AS content FROM {SqliteTextTable} f WHERE {SqliteTextTable} MATCH @q";
            AddParameter(command, "q", "\"" + q.Replace("\"", "\"\"") + "\"");
        }
        else
        {
            // Trigram MATCH needs three characters. A LIKE on the FTS5 table itself took 0.3-1 s (FTS5 takes over
            // LIKE and scans row by row through its content lookups), so the scan goes straight over FTS5's
            // documented content table (%_content: id, c0 = title, c1 = content), newest first, stopping at the cap.
            source = $"SELECT id, c0 AS title, c1 AS content FROM {SqliteTextTable}_content WHERE c0 LIKE @like OR c1 LIKE @like";
            AddParameter(command, "like", "%" + EscapeLike(q) + "%");
        }
        AddFilters(command, where, filter, "instr({0}, {1}) > 0", "r.");
        where.Add("1 = 1");
        AddParameter(command, "cap", CandidateCap);
        command.CommandText =
            "SELECT r.entity, r.entity_id, r.document_id, f.title, f.content, r.organization, r.fiscal_year, r.kind " +
            $"FROM ({source}) f CROSS JOIN {SqliteRowsTable} r ON r.id = f.id " +
            $"WHERE {string.Join(" AND ", where)} ORDER BY f.id DESC LIMIT @cap";

        var rows = new List<(string Entity, long Id, long DocumentId, string Title, string Content, string? Org, int? Year, string Kind)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.GetString(7)));
        if (rows.Count == 0) return [];

        double avgTitle = Math.Max(1, rows.Average(r => r.Title.Length)), avgContent = Math.Max(1, rows.Average(r => r.Content.Length));
        return rows
            .Select((r, i) => (Row: r, Order: i, Rank: -(5.0 * Bm25(Count(r.Title, q), r.Title.Length, avgTitle) + Bm25(Count(r.Content, q), r.Content.Length, avgContent))))
            .OrderBy(x => x.Rank).ThenBy(x => x.Order)
            .Take(limit)
            .Select(x => new SearchHit(x.Row.Entity, x.Row.Id, x.Row.DocumentId, x.Row.Title,
                Snippet(x.Row.Content.Contains(q, StringComparison.OrdinalIgnoreCase) ? x.Row.Content : x.Row.Title, q),
                x.Row.Org, x.Row.Year, x.Row.Kind, x.Rank))
            .ToList();
    }

    /// <summary>One column's BM25 term weight for a single phrase (the IDF factor, equal for every hit, left out).</summary>
    private static double Bm25(int frequency, int length, double averageLength) =>
        frequency == 0 ? 0 : frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * length / averageLength));

    private static int Count(string text, string query)
    {
        int n = 0;
        for (int at = text.IndexOf(query, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(query, at + query.Length, StringComparison.OrdinalIgnoreCase)) n++;
        return n;
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
