using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocIngest.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnfinishedClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "UnfinishedClaims",
                table: "Jobs",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnfinishedClaims",
                table: "Jobs");
        }
    }
}
