using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocIngest.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchFilterTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search: fiscal year, years, unit and kind as index tokens, so filters narrow the index's answer. The
            // rows are indexed again on the next start (SearchIndex.BackfillAsync, called by MigrateAsync), since
            // folding is C#, not SQL.
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.PostgresFilterTokensSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The same: older code indexes the rows again without the tokens.
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.PostgresFilterTokensSql);
        }
    }
}
