using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data;

/// <summary>
/// The store: sources and their pages, parsed documents, and the job queue. All times are UTC.
/// One model, two providers: <see cref="SqliteDocIngestDbContext"/> and <see cref="PostgresDocIngestDbContext"/> only
/// exist so that each provider keeps its own migrations.
/// </summary>
public abstract class DocIngestDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<IngestJob> Jobs => Set<IngestJob>();
    public DbSet<PageRecord> Pages => Set<PageRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<SectionRecord> Sections => Set<SectionRecord>();
    public DbSet<MeasureRecord> Measures => Set<MeasureRecord>();
    public DbSet<MeasureStep> MeasureSteps => Set<MeasureStep>();
    public DbSet<MeasureResponsible> MeasureResponsible => Set<MeasureResponsible>();
    public DbSet<IndicatorRecord> Indicators => Set<IndicatorRecord>();
    public DbSet<ItaResultRecord> ItaResults => Set<ItaResultRecord>();
    public DbSet<PersonRecord> People => Set<PersonRecord>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<SourceFile>(e =>
        {
            e.HasIndex(s => s.Sha256).IsUnique();
            e.Property(s => s.Sha256).HasMaxLength(64);
            e.HasMany(s => s.Pages).WithOne().HasForeignKey(p => p.SourceFileId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Documents).WithOne(d => d.SourceFile).HasForeignKey(d => d.SourceFileId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<IngestJob>(e =>
        {
            e.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(j => new { j.Status, j.NotBefore });
            e.HasIndex(j => j.Sha256);
            e.HasOne(j => j.SourceFile).WithMany().HasForeignKey(j => j.SourceFileId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<PageRecord>().HasIndex(p => new { p.SourceFileId, p.Number }).IsUnique();
        b.Entity<DocumentRecord>(e =>
        {
            e.HasIndex(d => new { d.SourceFileId, d.Index }).IsUnique();
            e.HasIndex(d => new { d.Organization, d.FiscalYear });
            e.HasMany(d => d.Sections).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Measures).WithOne(m => m.Document).HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Indicators).WithOne().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.ItaResults).WithOne().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.People).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MeasureRecord>(e =>
        {
            e.HasMany(m => m.Steps).WithOne().HasForeignKey(s => s.MeasureId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Responsible).WithOne().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MeasureResponsible>().HasIndex(r => r.Unit);
    }
}

/// <summary>The embedded default: SQLite with FTS5 search. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteDocIngestDbContext(DbContextOptions<SqliteDocIngestDbContext> options) : DocIngestDbContext(options);

/// <summary>For several worker machines: PostgreSQL with pg_trgm search. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresDocIngestDbContext(DbContextOptions<PostgresDocIngestDbContext> options) : DocIngestDbContext(options);
