using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocIngest.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchSideTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search: filters move from UNINDEXED FTS5 columns to a plain side table joined by rowid; the FTS5 table
            // keeps only title and content. Both are filled from the old index, which is dropped. See SearchIndex.
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.SqliteSideTableSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DocIngest.Data.Search.SearchIndex.SqliteSideTableDownSql);
        }
    }
}
