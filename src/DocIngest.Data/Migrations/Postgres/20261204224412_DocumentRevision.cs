using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocIngest.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Corrections",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Corrections");
        }
    }
}
