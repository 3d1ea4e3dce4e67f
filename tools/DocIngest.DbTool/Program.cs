// Usage: dotnet run --project tools/DocIngest.DbTool -- add-migration NAME sqlite|postgres
// Writes the migration into src/DocIngest.Data/Migrations/<Provider>, as `dotnet ef migrations add` would.
using DocIngest.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

if (args is not ["add-migration", var name, var provider] || provider is not ("sqlite" or "postgres"))
{
    Console.Error.WriteLine("usage: DocIngest.DbTool add-migration NAME sqlite|postgres");
    return 2;
}

string repo = FindRepoRoot();
string project = Path.Combine(repo, "src", "DocIngest.Data");
string folder = provider == "sqlite" ? "Sqlite" : "Postgres";
using DbContext db = provider == "sqlite" ? new SqliteDesignTimeFactory().CreateDbContext([]) : new PostgresDesignTimeFactory().CreateDbContext([]);
var reporter = new OperationReporter(null);
var services = new DesignTimeServicesBuilder(typeof(DocIngestDbContext).Assembly, typeof(DocIngestDbContext).Assembly, reporter, [])
    .Build(db);
var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(name, "DocIngest.Data", $"Migrations.{folder}", "C#");
var files = scaffolder.Save(project, migration, Path.Combine(project, "Migrations", folder));
Console.WriteLine($"wrote {files.MigrationFile}");
return 0;

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) return dir.FullName;
    throw new InvalidOperationException("DocIngest.sln not found above " + AppContext.BaseDirectory);
}
