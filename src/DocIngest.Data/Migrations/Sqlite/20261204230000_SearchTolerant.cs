using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocIngest.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTolerant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search: an index of the text with marks folded (tolerant matching), search keys (years, organisation
            // forms) and review status per row; the rows already indexed get their keys on the next start
            // (SearchIndex.BackfillAsync, called by MigrateAsync), since folding is C#, not SQL.
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.SqliteTolerantSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.SqliteTolerantDownSql);
        }
    }
}
