using DocIngest.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data;

/// <summary>
/// The store: sources and their pages, parsed documents, reviewers' corrections, the job queue, and the review UI's
/// users and roles (ASP.NET Core Identity, in the same database so one backup holds everything). All times are UTC.
/// One model, two providers: <see cref="SqliteDocIngestDbContext"/> and <see cref="PostgresDocIngestDbContext"/> only
/// exist so that each provider keeps its own migrations.
/// </summary>
public abstract class DocIngestDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
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
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<TrainingRun> TrainingRuns => Set<TrainingRun>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
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
            e.Property(d => d.Revision).IsConcurrencyToken();
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
        b.Entity<Correction>(e =>
        {
            e.Property(c => c.Target).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Field).HasMaxLength(32);
            e.HasIndex(c => new { c.SourceFileId, c.At });
            // Corrections belong to the file, not to a parsed record: they outlive re-parses, and go with the file.
            e.HasOne<SourceFile>().WithMany().HasForeignKey(c => c.SourceFileId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TrainingRun>(e =>
        {
            e.Property(r => r.Model).HasMaxLength(16);
            e.Property(r => r.Trigger).HasMaxLength(16);
        });
    }
}

/// <summary>The embedded default: SQLite with FTS5 search. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteDocIngestDbContext(DbContextOptions<SqliteDocIngestDbContext> options) : DocIngestDbContext(options);

/// <summary>For several worker machines: PostgreSQL with pg_trgm search. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresDocIngestDbContext(DbContextOptions<PostgresDocIngestDbContext> options) : DocIngestDbContext(options);
