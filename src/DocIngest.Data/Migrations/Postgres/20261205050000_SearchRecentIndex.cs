using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocIngest.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchRecentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search: one GIN index over the loose trigrams, the pair and token array and a recency bucket
            // (btree_gin), so a search asks for matches among the newest rows and rare keys drive the scan.
            // Replaces the two GIN indexes of the first two columns. SQLite's index is unchanged.
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.PostgresRecentIndexSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.PostgresRecentIndexDownSql);
        }
    }
}
