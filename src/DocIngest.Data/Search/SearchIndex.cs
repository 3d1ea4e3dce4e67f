using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocIngest.Core.Extraction;
using DocIngest.Core.Text;
using DocIngest.Core.Thai;
using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DocIngest.Data.Search;

/// <summary>What a search may be narrowed to.</summary>
public sealed record SearchFilter(string? Organization = null, int? FiscalYear = null, string? Kind = null, string? ResponsibleUnit = null, string? Entity = null);

/// <summary>
/// One hit: what matched (measure, section or document page text), where, and a highlighted snippet. Lower
/// <see cref="Rank"/> is better. <see cref="Approximate"/> hits matched only within a few OCR-style slips (a mark, a
/// look-alike glyph, one letter); they rank below every exact hit and the UI labels them ใกล้เคียง.
/// </summary>
public sealed record SearchHit(string Entity, long EntityId, long DocumentId, string Title, string Snippet, string? Organization, int? FiscalYear,
    string Kind, double Rank, bool Approximate = false, bool Confirmed = false);

/// <summary>
/// Thai-aware full-text search over measures, sections and document text. Thai runs have no spaces between words,
/// so word tokenizers find nothing inside them; both providers index character trigrams instead: SQLite FTS5 with
/// the trigram tokenizer, PostgreSQL pg_trgm GIN indexes. Indexed text and queries are normalised alike
/// (NFC, ำ, Thai digits folded to Arabic) so ๒๕๖๖ finds 2566. Queries are parsed by <see cref="SearchQuery"/>
/// (terms, phrases, years, organisation short forms). Candidates come from an index of the text with marks and
/// spaces dropped and look-alike glyphs folded (<see cref="Loose"/>), so a tone mark or vowel missing, added or misread
/// still finds the row; each candidate is then checked here, exactly or by <see cref="ApproximateSearch"/> under
/// <see cref="ThaiEditCosts"/>, and ranked: exact before tolerant, the query's year and agency first, title hits before
/// step hits, confirmed before unreviewed. Terms of one or two letters use an index of character pairs.
/// </summary>
public sealed partial class SearchIndex(DocIngestDbContext db)
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
    /// The relaxed pass (one slip beyond marks) checks at most this many rows: its half-term candidates are many and
    /// each costs an edit-distance scan, and it only fills a result the exact and mark-tolerant pass left short.
    /// </summary>
    public const int RelaxedCandidateCap = 300;

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

    /// <summary>SQLite: the trigram index of <see cref="Loose"/> title, content and keys (contentless; rowid = <see cref="SqliteRowsTable"/>.id).</summary>
    public const string SqliteLooseTable = "search_loose";

    /// <summary>SQLite: the index of single characters and character pairs for one- and two-letter terms (contentless, rowids only).</summary>
    public const string SqliteGramsTable = "search_grams";

    /// <summary>
    /// DDL of the tolerant search (SearchTolerant migration): review status and search keys (years BE and CE,
    /// organisation forms) on the side table, the loose trigram index and the character-pair index. Rows indexed
    /// before it have NULL keys until <see cref="BackfillAsync"/> fills them.
    /// </summary>
    public const string SqliteTolerantSql =
        $"ALTER TABLE {SqliteRowsTable} ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0; " +
        $"ALTER TABLE {SqliteRowsTable} ADD COLUMN keys TEXT; " +
        $"CREATE INDEX ix_{SqliteRowsTable}_unfilled ON {SqliteRowsTable} (id) WHERE keys IS NULL; " +
        $"CREATE VIRTUAL TABLE {SqliteLooseTable} USING fts5(title, content, keys, tokenize = 'trigram', content = '', contentless_delete = 1); " +
        $"CREATE VIRTUAL TABLE {SqliteGramsTable} USING fts5(grams, content = '', contentless_delete = 1, detail = none); " +
        $"UPDATE {SqliteRowsTable} SET confirmed = COALESCE((SELECT d.\"Confirmed\" FROM \"Documents\" d WHERE d.\"Id\" = {SqliteRowsTable}.document_id), 0);";

    /// <summary>Back to the exact-only index (the SearchTolerant migration's Down).</summary>
    public const string SqliteTolerantDownSql =
        $"DROP TABLE {SqliteGramsTable}; DROP TABLE {SqliteLooseTable}; DROP INDEX ix_{SqliteRowsTable}_unfilled; " +
        $"ALTER TABLE {SqliteRowsTable} DROP COLUMN keys; ALTER TABLE {SqliteRowsTable} DROP COLUMN confirmed;";

    /// <summary>
    /// PostgreSQL's tolerant search: the loose text in one pg_trgm-indexed column, character pairs in a GIN-indexed
    /// array; the exact title and content indexes go (candidates come from the loose column).
    /// </summary>
    public const string PostgresTolerantSql =
        $"ALTER TABLE {Table} ADD COLUMN confirmed boolean NOT NULL DEFAULT false, ADD COLUMN keys text, " +
        "ADD COLUMN loose text NOT NULL DEFAULT '', ADD COLUMN grams text[] NOT NULL DEFAULT '{}'; " +
        $"DROP INDEX IF EXISTS ix_{Table}_title; DROP INDEX IF EXISTS ix_{Table}_content; " +
        $"CREATE INDEX ix_{Table}_loose ON {Table} USING gin (loose gin_trgm_ops); " +
        $"CREATE INDEX ix_{Table}_grams ON {Table} USING gin (grams); " +
        $"CREATE INDEX ix_{Table}_unfilled ON {Table} (id) WHERE keys IS NULL; " +
        $"UPDATE {Table} s SET confirmed = d.\"Confirmed\" FROM \"Documents\" d WHERE d.\"Id\" = s.document_id;";

    /// <summary>Back to the exact-only PostgreSQL index.</summary>
    public const string PostgresTolerantDownSql =
        $"DROP INDEX IF EXISTS ix_{Table}_loose; DROP INDEX IF EXISTS ix_{Table}_grams; DROP INDEX IF EXISTS ix_{Table}_unfilled; " +
        $"ALTER TABLE {Table} DROP COLUMN confirmed, DROP COLUMN keys, DROP COLUMN loose, DROP COLUMN grams; " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_title ON {Table} USING gin (title gin_trgm_ops); " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_content ON {Table} USING gin (content gin_trgm_ops);";

    /// <summary>
    /// The SearchFilterTokens migration (SQLite): the loose and character-pair indexes emptied and every row's keys
    /// cleared, so <see cref="BackfillAsync"/> writes them again with filter tokens (<see cref="FilterToken"/>). The
    /// same in both directions: older code backfills them without tokens.
    /// </summary>
    public const string SqliteFilterTokensSql =
        $"DROP TABLE {SqliteLooseTable}; DROP TABLE {SqliteGramsTable}; " +
        $"CREATE VIRTUAL TABLE {SqliteLooseTable} USING fts5(title, content, keys, tokenize = 'trigram', content = '', contentless_delete = 1); " +
        $"CREATE VIRTUAL TABLE {SqliteGramsTable} USING fts5(grams, content = '', contentless_delete = 1, detail = none); " +
        $"UPDATE {SqliteRowsTable} SET keys = NULL;";

    /// <summary>The SearchFilterTokens migration (PostgreSQL): keys cleared, so <see cref="BackfillAsync"/> rewrites loose text and pairs with filter tokens.</summary>
    public const string PostgresFilterTokensSql = $"UPDATE {Table} SET keys = NULL;";

    private bool IsPostgres => db.Database.IsNpgsql();

    /// <summary>Text as it is indexed and queried.</summary>
    public static string Fold(string text) => ThaiDigits.ToArabic(ThaiText.Normalize(text)).Replace('\n', ' ');

    /// <summary>
    /// Text as the tolerant index holds it: folded, lower case, then <see cref="ThaiEditCosts.Skeleton"/> (marks and
    /// spaces dropped, look-alike glyphs folded), so บันทกข้อตกลง and บันทึก ข้อตกลง both read as บันทึกข้อตกลง does.
    /// </summary>
    public static string Loose(string text) => ThaiEditCosts.Skeleton(Fold(text).ToLowerInvariant());

    /// <summary>
    /// What a row is found by besides its text, folded and lower case, space-separated: the organisation with its
    /// short or full form, the fiscal year, and every year written in the text, each in Buddhist and Common Era.
    /// </summary>
    public static string Keys(string? organization, int? fiscalYear, string title, string content) =>
        Keys(organization, Years(fiscalYear, title, content));

    /// <summary>As <see cref="Keys(string?, int?, string, string)"/>, with the row's years already found.</summary>
    private static string Keys(string? organization, IEnumerable<int> years)
    {
        var keys = new List<string>();
        if (!string.IsNullOrWhiteSpace(organization))
            keys.AddRange(SearchQuery.OrganizationForms(Fold(organization).ToLowerInvariant()).Select(f => f.Replace(' ', '_')));
        foreach (int be in years) keys.AddRange([be.ToString(CultureInfo.InvariantCulture), ThaiCalendar.ToCommonEra(be).ToString(CultureInfo.InvariantCulture)]);
        return " " + string.Join(' ', keys.Distinct()) + " ";
    }

    /// <summary>The fiscal year and every year written in the text, as Buddhist Era years.</summary>
    private static SortedSet<int> Years(int? fiscalYear, string title, string content)
    {
        var years = new SortedSet<int>();
        if (fiscalYear is int fy) years.Add(fy);
        foreach (var text in new[] { title, content })
            foreach (Match m in YearInText().Matches(text))
                if (ThaiCalendar.NormalizeToBuddhistYear(int.Parse(m.Value, CultureInfo.InvariantCulture)) is int be) years.Add(be);
        return years;
    }

    /// <summary>Every single character and every pair of adjacent characters (spaces excluded) of folded, lower-case text.</summary>
    public static IReadOnlySet<string> Grams(string folded)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < folded.Length; i++)
        {
            if (char.IsWhiteSpace(folded[i])) continue;
            grams.Add(folded[i].ToString());
            if (i + 1 < folded.Length && !char.IsWhiteSpace(folded[i + 1])) grams.Add(folded.Substring(i, 2));
        }
        return grams;
    }

    // SQLite's tokenizers drop or split Thai marks, so each gram becomes an ASCII token: four hex digits a character.
    private static string GramToken(string gram)
    {
        var sb = new StringBuilder(gram.Length * 4 + 1).Append('g');
        foreach (char c in gram) sb.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    public async Task RemoveSourceAsync(long sourceId, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync(IsPostgres
            ? $"DELETE FROM {Table} WHERE source_id = {{0}}"
            : $"DELETE FROM {SqliteTextTable} WHERE rowid IN (SELECT id FROM {SqliteRowsTable} WHERE source_id = {{0}}); " +
              $"DELETE FROM {SqliteLooseTable} WHERE rowid IN (SELECT id FROM {SqliteRowsTable} WHERE source_id = {{0}}); " +
              $"DELETE FROM {SqliteGramsTable} WHERE rowid IN (SELECT id FROM {SqliteRowsTable} WHERE source_id = {{0}}); " +
              $"DELETE FROM {SqliteRowsTable} WHERE source_id = {{0}}", [sourceId], ct);

    /// <summary>A reviewer confirmed (or un-confirmed) a document: its rows rank accordingly from now on.</summary>
    public async Task SetConfirmedAsync(long documentId, bool confirmed, CancellationToken ct = default) =>
        await db.Database.ExecuteSqlRawAsync(IsPostgres
            ? $"UPDATE {Table} SET confirmed = {{0}} WHERE document_id = {{1}}"
            : $"UPDATE {SqliteRowsTable} SET confirmed = {{0}} WHERE document_id = {{1}}", [confirmed, documentId], ct);

    /// <summary>Adds the (already saved) documents of one source, with their measures, sections and page text.</summary>
    public Task IndexAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<PageResult> pages, CancellationToken ct) =>
        IndexAsync(documents, pages.Select(p => (p.Number, p.Text)).ToList(), ct);

    /// <summary>The same from stored pages: how a file is re-indexed after a correction, without its extraction result.</summary>
    public Task IndexAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<PageRecord> pages, CancellationToken ct) =>
        IndexAsync(documents, pages.Select(p => (p.Number, p.Text)).ToList(), ct);

    private async Task IndexAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<(int Number, string Text)> pages, CancellationToken ct)
    {
        await using var writer = CreateWriter();
        foreach (var d in documents)
        {
            Task Add(string entity, long id, string title, string content, string units) =>
                writer.AddAsync(new IndexEntry(entity, id, d.Id, d.SourceFileId, d.Organization, d.FiscalYear, d.Kind, units, d.Confirmed, title, content), ct);
            string docTitle = d.Subject ?? d.Title ?? d.Kind;
            string docText = string.Join('\n', pages.Where(pg => pg.Number >= d.PageStart && pg.Number <= d.PageEnd).Select(pg => pg.Text));
            await Add("document", d.Id, docTitle, docText, "");
            foreach (var s in d.Sections)
                await Add("section", s.Id, s.Heading ?? s.Type, s.Text, "");
            foreach (var m in d.Measures)
            {
                var units = m.Responsible.Select(r => r.Unit).ToList();
                await Add("measure", m.Id, m.Title, MeasureText(m.Steps.Select(s => s.Text), m.Progress, m.PeriodText, units), UnitsKey(units));
            }
        }
    }

    /// <summary>One row to index: what it is, what it is filtered by, and its (unfolded) title and text.</summary>
    internal sealed record IndexEntry(string Entity, long EntityId, long DocumentId, long SourceId, string? Organization, int? FiscalYear, string Kind,
        string Units, bool Confirmed, string Title, string Content);

    /// <summary>A writer of index rows through one prepared command, in the context's current transaction.</summary>
    internal IndexWriter CreateWriter()
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return new IndexWriter(command, IsPostgres);
    }

    /// <summary>
    /// Writes index rows as the store does (also the benchmark's bulk load, so both always write the same layout):
    /// folded text, keys, loose text, character pairs and filter tokens.
    /// </summary>
    internal sealed class IndexWriter : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly DbParameter[] _parameters;
        private readonly bool _postgres;

        public IndexWriter(DbCommand command, bool postgres)
        {
            _command = command;
            _postgres = postgres;
            command.CommandText = postgres
                ? $"INSERT INTO {Table} (title, content, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units, confirmed, keys, loose, grams) " +
                  "VALUES (@title, @content, @entity, @entityId, @documentId, @sourceId, @org, @year, @kind, @units, @confirmed, @keys, @loose, @grams)"
                : $"INSERT INTO {SqliteRowsTable} (entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units, confirmed, keys) " +
                  "VALUES (@entity, @entityId, @documentId, @sourceId, @org, @year, @kind, @units, @confirmed, @keys); " +
                  $"INSERT INTO {SqliteTextTable} (rowid, title, content) VALUES (last_insert_rowid(), @title, @content); " +
                  $"INSERT INTO {SqliteLooseTable} (rowid, title, content, keys) VALUES (last_insert_rowid(), @looseTitle, @looseContent, @looseKeys); " +
                  $"INSERT INTO {SqliteGramsTable} (rowid, grams) VALUES (last_insert_rowid(), @grams)";
            string[] names = postgres
                ? ["title", "content", "entity", "entityId", "documentId", "sourceId", "org", "year", "kind", "units", "confirmed", "keys", "loose", "grams"]
                : ["title", "content", "entity", "entityId", "documentId", "sourceId", "org", "year", "kind", "units", "confirmed", "keys", "looseTitle", "looseContent", "looseKeys", "grams"];
            _parameters = names.Select(name => { var x = command.CreateParameter(); x.ParameterName = name; command.Parameters.Add(x); return x; }).ToArray();
        }

        public async Task AddAsync(IndexEntry e, CancellationToken ct)
        {
            var row = IndexedRow.Of(Fold(e.Title), Fold(e.Content), e.Organization, e.FiscalYear, e.Kind, e.Units);
            object?[] values = _postgres
                ? [row.Title, row.Content, e.Entity, e.EntityId, e.DocumentId, e.SourceId, e.Organization, e.FiscalYear, e.Kind, e.Units, e.Confirmed, row.Keys,
                   PostgresLoose(row), PostgresGrams(row)]
                : [row.Title, row.Content, e.Entity, e.EntityId, e.DocumentId, e.SourceId, e.Organization, e.FiscalYear, e.Kind, e.Units, e.Confirmed, row.Keys,
                   row.LooseTitle, row.LooseContent, SqliteLooseKeys(row), SqliteGrams(row)];
            for (int i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
            await _command.ExecuteNonQueryAsync(ct);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }

    /// <summary>The text a measure is found by besides its title: steps, progress, period, responsible units.</summary>
    internal static string MeasureText(IEnumerable<string> steps, string? progress, string? period, IReadOnlyList<string> units) =>
        string.Join('\n', steps.Append(progress ?? "").Append(period ?? "")) + "\n" + string.Join(' ', units);

    /// <summary>The responsible units as the unit filter reads them: |a|b|.</summary>
    internal static string UnitsKey(IReadOnlyList<string> units) => "|" + string.Join('|', units) + "|";

    /// <summary>
    /// One PostgreSQL index row's folded title and content, keys, loose text and character pairs with filter tokens,
    /// for a bulk load (<see cref="SearchBenchmark"/>) that writes what the store would.
    /// </summary>
    internal static (string Title, string Content, string Keys, string Loose, string[] Grams) PostgresRow(string title, string content, string? organization,
        int? fiscalYear, string kind, string units)
    {
        var row = IndexedRow.Of(Fold(title), Fold(content), organization, fiscalYear, kind, units);
        return (row.Title, row.Content, row.Keys, PostgresLoose(row), PostgresGrams(row));
    }

    // PostgreSQL keeps the three loose texts in one trigram-indexed column.
    private static string PostgresLoose(IndexedRow row) => row.LooseTitle + " " + row.LooseContent + " " + row.LooseKeys;

    // PostgreSQL: the filter tokens are elements of the GIN-indexed pair array (three characters: no pair is one).
    private static string[] PostgresGrams(IndexedRow row) => row.Grams.Concat(row.Tokens).ToArray();

    // SQLite: each filter token is one trigram of the loose index's keys column.
    private static string SqliteLooseKeys(IndexedRow row) => row.LooseKeys + " " + string.Join(' ', row.Tokens);

    // SQLite: the pairs and the filter tokens as words of the character-pair index.
    private static string SqliteGrams(IndexedRow row) => string.Join(' ', row.Grams.Concat(row.Tokens).Select(GramToken));

    /// <summary>What one indexed row holds beyond its folded title and content.</summary>
    private sealed record IndexedRow(string Title, string Content, string Keys, string LooseTitle, string LooseContent, string LooseKeys, IReadOnlySet<string> Grams,
        IReadOnlyList<string> Tokens)
    {
        public static IndexedRow Of(string foldedTitle, string foldedContent, string? organization, int? fiscalYear, string kind, string units)
        {
            // The years are found once (a pattern over the whole text) for both the keys and the year tokens.
            var years = Years(fiscalYear, foldedTitle, foldedContent);
            string keys = SearchIndex.Keys(organization, years);
            var tokens = new List<string> { FilterToken(FilterField.Kind, kind) };
            if (fiscalYear is int fy) tokens.Add(FilterToken(FilterField.FiscalYear, fy.ToString(CultureInfo.InvariantCulture)));
            foreach (int be in years) tokens.Add(FilterToken(FilterField.Year, be.ToString(CultureInfo.InvariantCulture)));
            foreach (var unit in units.Split('|', StringSplitOptions.RemoveEmptyEntries)) tokens.Add(FilterToken(FilterField.Unit, unit));
            return new IndexedRow(foldedTitle, foldedContent, keys, Loose(foldedTitle), Loose(foldedContent), Loose(keys),
                SearchIndex.Grams((foldedTitle + "\n" + foldedContent + "\n" + keys).ToLowerInvariant()), tokens.Distinct().ToList());
        }
    }

    /// <summary>What a filter token stands for.</summary>
    internal enum FilterField { FiscalYear, Year, Unit, Kind }

    /// <summary>
    /// A filter value (or a year the row is found by) as one index token, so that a filter or a year narrows the
    /// index's answer instead of the rows after it: a marker character for the field and two characters of a
    /// 24-bit hash of the value, all from Unicode's private-use area, which no indexed text holds. To SQLite's
    /// trigram index that is exactly one trigram; a hash collision only adds candidates, which are checked on the
    /// row afterwards. The text's own year digits were no use as index terms: every year 2560-2569 shares "256".
    /// </summary>
    internal static string FilterToken(FilterField field, string value)
    {
        uint hash = 2166136261; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (char c in value) hash = (hash ^ c) * 16777619;
        return string.Concat((char)(0xF000 + (int)field), (char)(0xE000 + (hash & 0xFFF)), (char)(0xE000 + ((hash >> 12) & 0xFFF)));
    }

    /// <summary>
    /// Gives rows indexed before the tolerant index existed their keys, loose text and character pairs (folding is
    /// C#, so the migration cannot). Returns how many rows it filled; nothing to do costs one query.
    /// </summary>
    public async Task<int> BackfillAsync(CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        var rows = new List<(long Id, string? Org, int? Year, string Kind, string Units, string Title, string Content)>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = IsPostgres
                ? $"SELECT id, organization, fiscal_year, kind, units, title, content FROM {Table} WHERE keys IS NULL"
                : $"SELECT r.id, r.organization, r.fiscal_year, r.kind, r.units, t.c0, t.c1 FROM {SqliteRowsTable} r JOIN {SqliteTextTable}_content t ON t.id = r.id WHERE r.keys IS NULL";
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2),
                    reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        }
        if (rows.Count == 0) return 0;
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var update = connection.CreateCommand();
        update.Transaction = tx;
        update.CommandText = IsPostgres
            ? $"UPDATE {Table} SET keys = @keys, loose = @loose, grams = @grams WHERE id = @id"
            : $"UPDATE {SqliteRowsTable} SET keys = @keys WHERE id = @id; " +
              $"INSERT INTO {SqliteLooseTable} (rowid, title, content, keys) VALUES (@id, @looseTitle, @looseContent, @looseKeys); " +
              $"INSERT INTO {SqliteGramsTable} (rowid, grams) VALUES (@id, @grams)";
        foreach (var (id, org, year, kind, units, title, content) in rows)
        {
            var row = IndexedRow.Of(title, content, org, year, kind, units);
            update.Parameters.Clear();
            AddParameter(update, "id", id);
            AddParameter(update, "keys", row.Keys);
            if (IsPostgres)
            {
                AddParameter(update, "loose", PostgresLoose(row));
                AddParameter(update, "grams", PostgresGrams(row));
            }
            else
            {
                AddParameter(update, "looseTitle", row.LooseTitle);
                AddParameter(update, "looseContent", row.LooseContent);
                AddParameter(update, "looseKeys", SqliteLooseKeys(row));
                AddParameter(update, "grams", SqliteGrams(row));
            }
            await update.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// Best matches first, at most <paramref name="limit"/>; lower <see cref="SearchHit.Rank"/> is better. Every term
    /// of the query must match (<see cref="SearchQuery"/>). Exact hits first (the query's fiscal year, then its agency,
    /// then hits in the title, then confirmed documents, then BM25 with the title weighted 5 to the content's 1);
    /// tolerant hits after them, cheapest first. A first pass finds exact matches and those within marks and
    /// look-alike glyphs; when it yields fewer than <paramref name="limit"/> hits, a second pass looks for one more
    /// slip in the longer terms (either half of the term intact, then the edit cost checked).
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, SearchFilter filter, int limit = 50, CancellationToken ct = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.Terms.Count == 0) return [];
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        if (!IsPostgres) await TuneAsync(connection, ct);

        var organizations = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var candidates = await CandidatesAsync(connection, parsed, filter, relaxed: false, ct);
        var judged = candidates.Select(c => Judge(c, parsed, relaxed: false, organizations)).OfType<Judged>().ToList();
        if (judged.Count < limit && parsed.Terms.Any(t => t.Year is null && t.Indexable && t.LooseForms.All(f => f.Length >= 6)))
        {
            var seen = candidates.Select(c => c.Id).ToHashSet();
            var more = await CandidatesAsync(connection, parsed, filter, relaxed: true, ct);
            judged.AddRange(more.Where(c => !seen.Contains(c.Id)).Select(c => Judge(c, parsed, relaxed: true, organizations)).OfType<Judged>());
        }
        if (judged.Count == 0) return [];

        double avgTitle = Math.Max(1, judged.Average(j => j.Row.Title.Length)), avgContent = Math.Max(1, judged.Average(j => j.Row.Content.Length));
        return judged
            .Select(j => (Judged: j, Rank: j.Tier - Math.Min(49, 5.0 * Bm25(j.TitleCount, j.Row.Title.Length, avgTitle) + Bm25(j.ContentCount, j.Row.Content.Length, avgContent))))
            .OrderBy(x => x.Rank).ThenByDescending(x => x.Judged.Row.Id)
            .Take(limit)
            .Select(x => new SearchHit(x.Judged.Row.Entity, x.Judged.Row.EntityId, x.Judged.Row.DocumentId, x.Judged.Row.Title,
                x.Judged.Mark is { } m ? Snippet(m.Text, m.At, m.Length) : Snippet(x.Judged.Row.Content.Length > 0 ? x.Judged.Row.Content : x.Judged.Row.Title, ""),
                x.Judged.Row.Organization, x.Judged.Row.FiscalYear, x.Judged.Row.Kind, x.Rank, x.Judged.Approximate, x.Judged.Row.Confirmed))
            .ToList();
    }

    /// <summary>A row the index offered for a query, folded as indexed.</summary>
    private sealed record Candidate(long Id, string Entity, long EntityId, long DocumentId, string Title, string Content, string? Organization,
        int? FiscalYear, string Kind, bool Confirmed, string Keys);

    /// <summary>A candidate that matches every term: how well, and where to cut its snippet.</summary>
    private sealed record Judged(Candidate Row, double Tier, bool Approximate, int TitleCount, int ContentCount, (string Text, int At, int Length)? Mark);

    /// <summary>
    /// Checks every term against one candidate (exactly, else within the term's <see cref="SearchTerm.MaxCost"/>) and
    /// places it: tolerant rows after every exact one; then rows of another fiscal year than the query's, rows whose
    /// agency the query does not name, rows matched outside the title, unreviewed rows, each a step down. A match
    /// that differs only by spaces (kept in the scanned text as in จัดซื้อจัด จ้าง) counts as exact.
    /// <paramref name="organizations"/> caches each agency's folded forms across the candidates of one search.
    /// </summary>
    private static Judged? Judge(Candidate c, SearchQuery query, bool relaxed, Dictionary<string, IReadOnlyList<string>> organizations)
    {
        var orgForms = c.Organization is null ? [] : organizations.TryGetValue(c.Organization, out var cached) ? cached
            : organizations[c.Organization] = SearchQuery.OrganizationForms(Fold(c.Organization).ToLowerInvariant());
        double cost = 0;
        bool approximate = false, agency = false, yearIsFiscal = false;
        int textTerms = 0, inTitle = 0, titleCount = 0, contentCount = 0;
        (string Text, int At, int Length)? mark = null;
        string? lowerTitle = null, lowerContent = null;
        foreach (var term in query.Terms)
        {
            if (term.Year is int year)
            {
                if (!c.Keys.Contains(" " + term.Forms[0] + " ", StringComparison.Ordinal)) return null;
                yearIsFiscal |= c.FiscalYear == year;
                continue;
            }
            textTerms++;
            bool exact = false, termInTitle = false;
            foreach (var form in term.Forms)
            {
                int t = c.Title.IndexOf(form, StringComparison.OrdinalIgnoreCase), x = c.Content.IndexOf(form, StringComparison.OrdinalIgnoreCase);
                if (t >= 0) { termInTitle = true; titleCount += Count(c.Title, form); mark ??= x >= 0 ? (c.Content, x, form.Length) : (c.Title, t, form.Length); }
                if (x >= 0) { contentCount += Count(c.Content, form); mark ??= (c.Content, x, form.Length); }
                bool inAgency = false;
                foreach (var o in orgForms) inAgency |= o.Contains(form, StringComparison.Ordinal);
                agency |= inAgency;
                exact |= t >= 0 || x >= 0 || inAgency || c.Keys.Contains(form.Replace(' ', '_'), StringComparison.Ordinal);
            }
            if (!exact)
            {
                if (!term.Indexable) return null;
                lowerTitle ??= c.Title.ToLowerInvariant();
                lowerContent ??= c.Content.ToLowerInvariant();
                var best = relaxed
                    ? BestApproximate(term, Pieces(term, relaxed: true).ToList(), term.Forms.Max(f => f.Length), lowerTitle, lowerContent, c.Keys)
                    : BestApproximate(term, term.LooseForms, WholeFormMargin, lowerTitle, lowerContent, c.Keys);
                if (best is not { } b) return null;
                bool spacesOnly = b.Cost < ThaiEditCosts.Cheap;
                approximate |= !spacesOnly;
                cost += b.Cost;
                termInTitle = b.Column == 0;
                if (b.Column < 2) mark ??= (b.Column == 0 ? c.Title : c.Content, b.Match.Index, b.Match.Length);
            }
            if (termInTitle) inTitle++;
        }
        double tier = (approximate ? 10_000 + 1_000 * cost : 100 * cost)
                      + (query.Year is not null && !yearIsFiscal ? 800 : 0)
                      + (agency ? 0 : 400)
                      + (textTerms == 0 || inTitle == textTerms ? 0 : inTitle > 0 ? 100 : 200)
                      + (c.Confirmed ? 0 : 50);
        if (mark is null && query.Year is int y && c.Content.IndexOf(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) is var at and >= 0)
            mark = (c.Content, at, 4);
        return new Judged(c, tier, approximate, titleCount, contentCount, mark);
    }

    // Around a whole loose form the match is the anchor itself with its marks and spaces; two characters either side
    // leave room for a mark typed before it or a space the text adds.
    private const int WholeFormMargin = 2;

    /// <summary>
    /// The cheapest approximate occurrence of any of the term's forms in title (0), content (1) or keys (2). A match
    /// lies where the column's skeleton holds one of the <paramref name="anchors"/> (the first pass: a whole loose
    /// form, which is what a match within marks and look-alikes leaves; the relaxed pass: the half of a form the index
    /// was asked for), so the edit-distance scan runs only over a window around each such place,
    /// <paramref name="margin"/> characters either side (a half needs the form's length), not over the whole column:
    /// judging 1,000 candidates of a common word by scanning every column whole took 40-100 ms at a million rows,
    /// most of a search's time (docs/measurements.md).
    /// </summary>
    private static (ApproximateMatch Match, double Cost, int Column)? BestApproximate(SearchTerm term, IReadOnlyList<string> anchors, int margin, string title,
        string content, string keys)
    {
        (ApproximateMatch, double, int)? best = null;
        string[] columns = [title, content, keys.Replace('_', ' ')];
        for (int col = 0; col < columns.Length; col++)
        {
            string text = columns[col];
            if (text.Length == 0) continue;
            foreach (var (from, to) in AnchorWindows(text, anchors, margin))
            {
                string window = text[from..to];
                foreach (var form in term.Forms)
                    foreach (var match in ApproximateSearch.FindAll(window, form, term.MaxCost))
                        if (best is null || match.Cost < best.Value.Item2) best = (match with { Index = match.Index + from }, match.Cost, col);
            }
        }
        return best;
    }

    /// <summary>
    /// The stretches of <paramref name="text"/> around every place its skeleton holds one of <paramref name="anchors"/>,
    /// widened by <paramref name="margin"/> characters and out to Thai cluster boundaries, overlapping ones merged, in order.
    /// </summary>
    internal static List<(int From, int To)> AnchorWindows(string text, IReadOnlyList<string> anchors, int margin)
    {
        var (skeleton, positions) = SkeletonWithPositions(text);
        var windows = new List<(int From, int To)>();
        foreach (var anchor in anchors)
        {
            if (anchor.Length == 0) continue;
            for (int at = skeleton.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = skeleton.IndexOf(anchor, at + 1, StringComparison.Ordinal))
            {
                int from = Math.Max(0, positions[at] - margin), to = Math.Min(text.Length, positions[at + anchor.Length - 1] + 1 + margin);
                while (from > 0 && !ThaiCharacters.IsClusterBoundary(text, from)) from--;
                while (to < text.Length && !ThaiCharacters.IsClusterBoundary(text, to)) to++;
                windows.Add((from, to));
            }
        }
        if (windows.Count <= 1) return windows;
        windows.Sort();
        var merged = new List<(int From, int To)> { windows[0] };
        foreach (var w in windows.Skip(1))
            if (w.From <= merged[^1].To) merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, w.To));
            else merged.Add(w);
        return merged;
    }

    /// <summary>
    /// <see cref="ThaiEditCosts.Skeleton"/> of <paramref name="text"/> and where each of its characters stands in the
    /// text. The skeleton maps each character on its own (whitespace and marks dropped, look-alikes folded), so a
    /// table of the Thai block, taken from it once, gives the same string without a dictionary lookup a character.
    /// </summary>
    internal static (string Skeleton, int[] Positions) SkeletonWithPositions(string text)
    {
        var chars = new char[text.Length];
        var positions = new int[text.Length];
        int k = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char folded = c is >= '\u0E00' and <= '\u0E7F' ? ThaiSkeleton[c - '\u0E00'] : char.IsWhiteSpace(c) ? '\0' : c;
            if (folded == '\0') continue;
            chars[k] = folded;
            positions[k++] = i;
        }
        return (new string(chars, 0, k), positions);
    }

    // Each Thai-block character's skeleton ('\0' where the skeleton drops it).
    private static readonly char[] ThaiSkeleton = Enumerable.Range(0x0E00, 128)
        .Select(c => ThaiEditCosts.Skeleton(((char)c).ToString()) is { Length: 1 } one ? one[0] : '\0').ToArray();

    // Connections this process has already tuned (PRAGMAs are per connection; pooled connections keep them).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, object> Tuned = new();

    private static async Task TuneAsync(DbConnection connection, CancellationToken ct)
    {
        if (Tuned.TryGetValue(connection, out _)) return;
        await using var pragma = connection.CreateCommand();
        // Map the database instead of copying pages through read(); a bigger page cache for the index b-trees.
        pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;";
        await pragma.ExecuteNonQueryAsync(ct);
        Tuned.AddOrUpdate(connection, Tuned);
    }

    /// <summary>
    /// The newest <see cref="CandidateCap"/> rows that pass the filters and may match every term. Terms with a
    /// trigram go to the loose index (relaxed: a term of six or more letters needs only one of its halves, which one
    /// slip leaves intact); shorter terms are checked exactly on the row, and when no term has a trigram the first
    /// short term's characters and pairs pick the candidates.
    /// </summary>
    private async Task<List<Candidate>> CandidatesAsync(DbConnection connection, SearchQuery query, SearchFilter filter, bool relaxed, CancellationToken ct)
    {
        if (IsPostgres) return await PostgresCandidatesAsync(connection, query, filter, relaxed, ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var where = new List<string>();
        var indexable = query.Terms.Where(t => t.Indexable).ToList();
        var exactOnly = query.Terms.Where(t => !t.Indexable).ToList();
        AddParameter(command, "cap", relaxed ? RelaxedCandidateCap : CandidateCap);
        int n = 0;
        string Parameter(object value) { string name = "p" + n++; AddParameter(command, name, value); return "@" + name; }

        string source;
        // Filters are asked of the index too (filter tokens, the agency's name), so a filter that few rows pass
        // narrows the match instead of leaving the scan to walk every match looking for them; each candidate is
        // still checked against the filters below.
        var tokens = FilterTokens(filter);
        if (indexable.Count > 0)
        {
            var parts = indexable.Select(term => term.Year is int year
                ? $"keys : {Quote(FilterToken(FilterField.Year, year.ToString(CultureInfo.InvariantCulture)))}"
                : "(" + string.Join(" OR ", Pieces(term, relaxed).Select(Quote)) + ")").ToList();
            parts.AddRange(tokens.Select(t => $"keys : {Quote(t)}"));
            if (OrganizationPiece(filter) is { } organization) parts.Add($"keys : {Quote(organization)}");
            // CROSS JOIN keeps the FTS5 cursor outside: matches come in rowid order, each side row looked up by key.
            source = $"SELECT rowid AS id FROM {SqliteLooseTable} WHERE {SqliteLooseTable} MATCH {Parameter(string.Join(" AND ", parts))}";
        }
        else
        {
            string match = "(" + string.Join(" OR ", exactOnly[0].Forms.Select(f => "(" + string.Join(" AND ", GramsOf(f).Select(GramToken)) + ")")) + ")" +
                           string.Concat(tokens.Select(t => " AND " + GramToken(t)));
            source = $"SELECT rowid AS id FROM {SqliteGramsTable} WHERE {SqliteGramsTable} MATCH {Parameter(match)}";
        }
        foreach (var term in exactOnly)
            where.Add("(" + string.Join(" OR ", term.Forms.Select(f => { string p = Parameter(f); return $"instr(lower(t.c0), {p}) > 0 OR instr(lower(t.c1), {p}) > 0 OR instr(r.keys, {p}) > 0"; })) + ")");
        AddFilters(command, where, filter, "instr({0}, {1}) > 0", "r.");
        where.Add("1 = 1");
        command.CommandText =
            "SELECT r.id, r.entity, r.entity_id, r.document_id, t.c0, t.c1, r.organization, r.fiscal_year, r.kind, r.confirmed, COALESCE(r.keys, '') " +
            $"FROM ({source}) f CROSS JOIN {SqliteRowsTable} r ON r.id = f.id CROSS JOIN {SqliteTextTable}_content t ON t.id = f.id " +
            $"WHERE {string.Join(" AND ", where)} ORDER BY f.id DESC LIMIT @cap";
        return await ReadCandidatesAsync(command, ct);
    }

    private static async Task<List<Candidate>> ReadCandidatesAsync(DbCommand command, CancellationToken ct)
    {
        var rows = new List<Candidate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new Candidate(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.GetString(8),
                reader.GetBoolean(9), reader.GetString(10)));
        return rows;
    }

    /// <summary>
    /// PostgreSQL: rows per recency bucket, a key of the combined GIN index (<see cref="PostgresRecentIndexSql"/>)
    /// beside the loose trigrams and the pair and token array, so a search asks the index for matches among the
    /// newest rows only.
    /// </summary>
    public const int PostgresBucketRows = 1024;

    /// <summary>PostgreSQL: the newest rows every search asks the index about first (see <see cref="PostgresCandidatesAsync"/>).</summary>
    public const int PostgresWindow = 4 * PostgresBucketRows;

    /// <summary>
    /// PostgreSQL: how many of the newest rows a search asks about before it judges how common its matches are
    /// (default <see cref="PostgresWindow"/>, rounded up to whole buckets; 0 asks the index about every row at once,
    /// as tests do to check the windows against it).
    /// </summary>
    public int PostgresWindowRows { get; init; } = PostgresWindow;

    /// <summary>
    /// PostgreSQL: when the rows below the windows asked so far are expected to hold at most this many matches, they
    /// come from one index query over all of them; more, and a wider window of the newest rows is asked first.
    /// </summary>
    public const int PostgresRestMatches = 4 * CandidateCap;

    // The recency bucket as the index holds it (1024 = PostgresBucketRows): queries must write the expression exactly
    // so, with a bigint bound (btree_gin has no cross-type operators), for the planner to use the index for it.
    private const string PostgresBucket = "(id / 1024)";

    /// <summary>
    /// The PostgreSQL index the search asks (migration SearchRecentIndex): one GIN index over the loose trigrams, the
    /// pair and token array and the recency bucket (btree_gin), replacing the two GIN indexes of the first two
    /// columns. One index scan holds every key of a search, so the rare keys (a bucket of the newest rows, a filter
    /// token) drive it and the common ones are skipped through, not read whole: the trigram bitmap of a common word
    /// alone took 100 ms at a million rows, and fetching every match for the newest-first order seconds.
    /// </summary>
    public const string PostgresRecentIndexSql =
        "CREATE EXTENSION IF NOT EXISTS btree_gin; " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_recent ON {Table} USING gin (loose gin_trgm_ops, grams, {PostgresBucket}); " +
        $"DROP INDEX IF EXISTS ix_{Table}_loose; DROP INDEX IF EXISTS ix_{Table}_grams; " +
        // Statistics of the bucket expression at once: without them the planner takes a bucket key to match a third
        // of the rows and scans the whole table in parallel instead (2-5 s at a million rows).
        $"ANALYZE {Table};";

    /// <summary>Back to the two GIN indexes (the SearchRecentIndex migration's Down).</summary>
    public const string PostgresRecentIndexDownSql =
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_loose ON {Table} USING gin (loose gin_trgm_ops); " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_grams ON {Table} USING gin (grams); " +
        $"DROP INDEX IF EXISTS ix_{Table}_recent;";

    /// <summary>
    /// PostgreSQL's candidates, newest first, all from the combined index (<see cref="PostgresRecentIndexSql"/>).
    /// First the newest <see cref="PostgresWindowRows"/> rows (their buckets) are asked; a common match fills the cap
    /// there. Otherwise the share of matches found says how many rows below would hold the rest: when that is more
    /// than <see cref="PostgresRestMatches"/>, one wider window of the newest rows (as many as the share says the cap
    /// needs, half again) is asked, and what it finds is taken when it is half the cap or more (the share was
    /// overestimated); whatever is still short comes from the index without a bucket key, over the rows below the
    /// windows, where few matches are expected. Each window query fetches only its matches, so no search
    /// reads a row it does not need by more than the share's error. The earlier walk of the newest rows checked
    /// each row (about 1 µs) and, for matches of 1-3 % of the rows, walked tens of thousands.
    /// </summary>
    private async Task<List<Candidate>> PostgresCandidatesAsync(DbConnection connection, SearchQuery query, SearchFilter filter, bool relaxed, CancellationToken ct)
    {
        int cap = relaxed ? RelaxedCandidateCap : CandidateCap;
        long newest;
        await using (var max = connection.CreateCommand())
        {
            max.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            max.CommandText = $"SELECT max(id) FROM {Table}";
            if (await max.ExecuteScalarAsync(ct) is not long id) return [];
            newest = id;
        }
        long below = newest + 1; // rows with ids from here up have been asked about
        var rows = new List<Candidate>();
        if (PostgresWindowRows > 0)
        {
            long first = Math.Max(0, newest / PostgresBucketRows - (PostgresWindowRows + PostgresBucketRows - 1) / PostgresBucketRows + 1);
            rows = await PostgresQueryAsync(connection, query, filter, relaxed, first, below, cap, ct);
            below = first * PostgresBucketRows;
            if (rows.Count >= cap || below <= 0) return rows;
            double share = rows.Count / (double)(newest + 1 - below);
            if (share * below > PostgresRestMatches)
            {
                // Asked again from the wider window's first bucket up: the first window's few matches come back with it.
                long wider = Math.Max(0, (below - (long)Math.Ceiling(1.5 * (cap - rows.Count) / share)) / PostgresBucketRows);
                rows = await PostgresQueryAsync(connection, query, filter, relaxed, wider, newest + 1, cap, ct);
                below = wider * PostgresBucketRows;
                // Half the cap or more: these are the newest matches, ranked as a smaller cap would rank them. The few
                // missing would come from the whole index below, which fetches every match there (0.4 s for 19 rows).
                if (rows.Count >= cap / 2 || below <= 0) return rows;
            }
        }
        rows.AddRange(await PostgresQueryAsync(connection, query, filter, relaxed, null, below, cap - rows.Count, ct));
        return rows;
    }

    /// <summary>
    /// One index query: the newest <paramref name="limit"/> matches with ids below <paramref name="below"/>, from the
    /// buckets from <paramref name="firstBucket"/> up (null: the index without a bucket key). The key is kept out of
    /// the order (id + 0), which would otherwise send the planner walking the primary key.
    /// </summary>
    private async Task<List<Candidate>> PostgresQueryAsync(DbConnection connection, SearchQuery query, SearchFilter filter, bool relaxed, long? firstBucket,
        long below, int limit, CancellationToken ct)
    {
        const string columns = "id, entity, entity_id, document_id, title, content, organization, fiscal_year, kind, confirmed, COALESCE(keys, '')";
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        string bucket = firstBucket is null ? "" : $" AND {PostgresBucket} >= @firstBucket";
        command.CommandText = $"SELECT {columns} FROM {Table} WHERE id + 0 < @below{bucket} AND {PostgresConditions(command, query, filter, relaxed)} " +
                              $"ORDER BY id + 0 DESC LIMIT {limit}";
        AddParameter(command, "below", below);
        if (firstBucket is long first) AddParameter(command, "firstBucket", first);
        return await ReadCandidatesAsync(command, ct);
    }

    /// <summary>
    /// The WHERE clause of a PostgreSQL candidate query: in the forms the combined GIN index answers (LIKE for the
    /// trigrams, containment for the pair and token array, filter and year tokens in one array) with the row checks
    /// beside them.
    /// </summary>
    private static string PostgresConditions(DbCommand command, SearchQuery query, SearchFilter filter, bool relaxed)
    {
        var where = new List<string>();
        int n = 0;
        string Parameter(object value) { string name = "p" + n++; AddParameter(command, name, value); return "@" + name; }
        var tokens = FilterTokens(filter);
        foreach (var term in query.Terms)
        {
            if (term.Year is int year)
            {
                where.Add($"strpos(keys, {Parameter(" " + year.ToString(CultureInfo.InvariantCulture) + " ")}) > 0");
                tokens.Add(FilterToken(FilterField.Year, year.ToString(CultureInfo.InvariantCulture)));
            }
            else if (term.Indexable)
                where.Add("(" + string.Join(" OR ", Pieces(term, relaxed).Select(piece => $"loose LIKE {Parameter("%" + EscapeLike(piece) + "%")}")) + ")");
            else
            {
                where.Add("(" + string.Join(" OR ", term.Forms.Select(f => $"grams @> {Parameter(GramsOf(f))}")) + ")");
                where.Add("(" + string.Join(" OR ", term.Forms.Select(f => { string p = Parameter(f); return $"strpos(lower(title), {p}) > 0 OR strpos(lower(content), {p}) > 0 OR strpos(keys, {p}) > 0"; })) + ")");
            }
        }
        if (tokens.Count > 0) where.Add($"grams @> {Parameter(tokens.ToArray())}");
        if (OrganizationPiece(filter) is { } organization) where.Add($"loose LIKE {Parameter("%" + EscapeLike(organization) + "%")}");
        AddFilters(command, where, filter, "strpos({0}, {1}) > 0", "");
        return string.Join(" AND ", where);
    }

    /// <summary>What the loose index is asked for a term: its <see cref="SearchTerm.IndexPieces"/>, or (relaxed) both halves of each long one.</summary>
    private static IEnumerable<string> Pieces(SearchTerm term, bool relaxed)
    {
        if (term.Year is int year) return [year.ToString(CultureInfo.InvariantCulture)];
        return term.IndexPieces.SelectMany(f => relaxed && f.Length >= 6 ? new[] { f[..(f.Length / 2)], f[(f.Length / 2)..] } : [f]).Distinct();
    }

    /// <summary>The index tokens a row passing <paramref name="filter"/>'s fiscal year, unit and kind must hold.</summary>
    private static List<string> FilterTokens(SearchFilter filter)
    {
        var tokens = new List<string>();
        if (filter.FiscalYear is int year) tokens.Add(FilterToken(FilterField.FiscalYear, year.ToString(CultureInfo.InvariantCulture)));
        if (filter.ResponsibleUnit is { Length: > 0 } unit) tokens.Add(FilterToken(FilterField.Unit, unit));
        if (filter.Kind is { Length: > 0 } kind) tokens.Add(FilterToken(FilterField.Kind, kind));
        return tokens;
    }

    /// <summary>
    /// The agency filter as the loose index holds agency names (in the keys), when that is certain to hold it: a
    /// name part with a trigram and without spaces (the keys write a space in a name as _).
    /// </summary>
    private static string? OrganizationPiece(SearchFilter filter)
    {
        if (filter.Organization is not { Length: > 0 } organization) return null;
        string folded = Fold(organization).ToLowerInvariant();
        if (folded.Any(c => char.IsWhiteSpace(c) || c == '_')) return null;
        string loose = Loose(folded);
        return loose.Length >= 3 ? loose : null;
    }

    /// <summary>The characters (one-letter form) or pairs a row holding <paramref name="form"/> must have.</summary>
    private static string[] GramsOf(string form) =>
        form.Length == 1 ? [form] : Grams(form).Where(g => g.Length == 2).DefaultIfEmpty(form[..1]).ToArray();

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    /// <summary>About a dozen characters either side of the first match, the match in [brackets] as FTS5's snippet() does.</summary>
    public static string Snippet(string content, string query)
    {
        int at = query.Length == 0 ? -1 : content.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return content.Length <= 60 ? content : content[..60] + "…";
        return Snippet(content, at, query.Length);
    }

    /// <summary>About two dozen characters either side of <paramref name="length"/> characters at <paramref name="at"/>, those in [brackets].</summary>
    public static string Snippet(string content, int at, int length)
    {
        int start = Math.Max(0, at - 24), end = Math.Min(content.Length, at + length + 24);
        return (start > 0 ? "…" : "") + content[start..at] + "[" + content.Substring(at, length) + "]" + content[(at + length)..end] + (end < content.Length ? "…" : "");
    }

    private static void AddFilters(DbCommand command, List<string> where, SearchFilter filter, string contains, string prefix)
    {
        if (filter.Organization is { Length: > 0 }) { where.Add(string.Format(contains, prefix + "organization", "@org")); AddParameter(command, "org", filter.Organization); }
        if (filter.FiscalYear is { } year) { where.Add(prefix + "fiscal_year = @year"); AddParameter(command, "year", year); }
        if (filter.Kind is { Length: > 0 }) { where.Add(prefix + "kind = @kind"); AddParameter(command, "kind", filter.Kind); }
        if (filter.Entity is { Length: > 0 }) { where.Add(prefix + "entity = @entity"); AddParameter(command, "entity", filter.Entity); }
        if (filter.ResponsibleUnit is { Length: > 0 }) { where.Add(string.Format(contains, prefix + "units", "@unit")); AddParameter(command, "unit", "|" + filter.ResponsibleUnit + "|"); }
    }

    /// <summary>One column's BM25 term weight (the IDF factor, equal for every hit, left out).</summary>
    private static double Bm25(int frequency, int length, double averageLength) =>
        frequency == 0 ? 0 : frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * length / averageLength));

    private static int Count(string text, string query)
    {
        int n = 0;
        for (int at = text.IndexOf(query, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(query, at + query.Length, StringComparison.OrdinalIgnoreCase)) n++;
        return n;
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex YearInText();
}
