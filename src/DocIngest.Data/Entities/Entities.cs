namespace DocIngest.Data.Entities;

// The stored model. Parsed values carry their origin so that re-ingesting a file after a parser
// upgrade can replace what the parser said while keeping what a person corrected.

/// <summary>Whether a stored value came from the parser or from a person.</summary>
public enum ValueOrigin { Parsed = 0, Corrected = 1 }

/// <summary>The life of one ingestion job.</summary>
public enum JobStatus { Queued = 0, Running = 1, Succeeded = 2, NeedsReview = 3, Failed = 4, Duplicate = 5 }

/// <summary>One distinct file content (by SHA-256), archived under its hash.</summary>
public class SourceFile
{
    public long Id { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    public string? MediaType { get; set; }
    public long SizeBytes { get; set; }
    public int PageCount { get; set; }
    /// <summary>Path of the archived original, relative to the data directory.</summary>
    public required string ArchivePath { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The whole extraction result as JSON (schema v1), as last parsed.</summary>
    public string? ResultJson { get; set; }
    public List<PageRecord> Pages { get; set; } = [];
    public List<DocumentRecord> Documents { get; set; } = [];
}

/// <summary>A file waiting, running or done; the durable queue.</summary>
public class IngestJob
{
    public long Id { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    /// <summary>Where the file was found (relative to the watch folder) or "upload".</summary>
    public required string OriginalPath { get; set; }
    public long? SourceFileId { get; set; }
    public SourceFile? SourceFile { get; set; }
    public JobStatus Status { get; set; }
    /// <summary>Claims so far, each one counted when it is taken.</summary>
    public int Attempts { get; set; }
    /// <summary>
    /// Claims since the job last had an outcome (completed or failed), the running one included: more than one means
    /// earlier workers died on it or lost its lease, so a file that kills the process is not taken forever.
    /// </summary>
    public int UnfinishedClaims { get; set; }
    public string? LastError { get; set; }
    public int PagesDone { get; set; }
    public int PageCount { get; set; }
    /// <summary>Which worker holds the job, and until when (a lease, so a dead worker's job is taken again).</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public DateTime NotBefore { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    /// <summary>For a duplicate: the job that processed the same content.</summary>
    public long? DuplicateOfJobId { get; set; }
}

public class PageRecord
{
    public long Id { get; set; }
    public long SourceFileId { get; set; }
    public int Number { get; set; }
    public required string Method { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public double? SkewDegrees { get; set; }
    public double? MeanConfidence { get; set; }
    public required string Text { get; set; }
    /// <summary>Lines and tables with boxes (schema extension) as JSON.</summary>
    public string? LayoutJson { get; set; }
}

public class DocumentRecord
{
    public long Id { get; set; }
    public long SourceFileId { get; set; }
    public SourceFile? SourceFile { get; set; }
    /// <summary>Position of the document inside its file (0-based).</summary>
    public int Index { get; set; }
    public required string Kind { get; set; }
    public int PageStart { get; set; }
    public int PageEnd { get; set; }
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public int? FiscalYear { get; set; }
    public string? OrderNumber { get; set; }
    public string? Agency { get; set; }
    public string? Phone { get; set; }
    public string? Reference { get; set; }
    public string? Date { get; set; }
    public string? DateText { get; set; }
    public string? Subject { get; set; }
    public string? Addressee { get; set; }
    public double? Confidence { get; set; }
    public string? WarningsJson { get; set; }
    /// <summary>Set by a reviewer once every value of the document has been checked.</summary>
    public bool Confirmed { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    /// <summary>Corrected once any of the document's own fields (kind, header...) was corrected.</summary>
    public ValueOrigin Origin { get; set; }
    /// <summary>
    /// Counts reviewers' saves of this document (a concurrency token): a save made from an older revision is refused
    /// as a conflict instead of silently overwriting what another person saved in between.
    /// </summary>
    public int Revision { get; set; }
    public List<SectionRecord> Sections { get; set; } = [];
    public List<MeasureRecord> Measures { get; set; } = [];
    public List<IndicatorRecord> Indicators { get; set; } = [];
    public List<ItaResultRecord> ItaResults { get; set; } = [];
    public List<PersonRecord> People { get; set; } = [];
}

public class SectionRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public int Order { get; set; }
    public required string Type { get; set; }
    public string? Heading { get; set; }
    public required string Text { get; set; }
    public double? Confidence { get; set; }
    public ValueOrigin Origin { get; set; }
}

public class MeasureRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public DocumentRecord? Document { get; set; }
    public int Order { get; set; }
    public int? Number { get; set; }
    public required string Title { get; set; }
    public string? PeriodText { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? Progress { get; set; }
    public string? FollowUp { get; set; }
    public int? Page { get; set; }
    public ValueOrigin Origin { get; set; }
    public List<MeasureStep> Steps { get; set; } = [];
    public List<MeasureResponsible> Responsible { get; set; } = [];
}

public class MeasureStep
{
    public long Id { get; set; }
    public long MeasureId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}

public class MeasureResponsible
{
    public long Id { get; set; }
    public long MeasureId { get; set; }
    public int Order { get; set; }
    /// <summary>Canonical unit name (สำนักปลัด, กองคลัง...), indexed for filters.</summary>
    public required string Unit { get; set; }
}

public class IndicatorRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    /// <summary>Position in the document's indicator list: how corrections address the record across re-parses.</summary>
    public int Order { get; set; }
    public int Number { get; set; }
    public string? Name { get; set; }
    public double Score { get; set; }
    public int? FiscalYear { get; set; }
    public ValueOrigin Origin { get; set; }
}

public class ItaResultRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    /// <summary>Position in the document's ITA result list: how corrections address the record across re-parses.</summary>
    public int Order { get; set; }
    public int? FiscalYear { get; set; }
    public double Score { get; set; }
    public string? Grade { get; set; }
    public ValueOrigin Origin { get; set; }
}

/// <summary>Whether a person is an appointed member/attendee or a signer.</summary>
public enum PersonKind { Member = 0, Signature = 1 }

public class PersonRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public PersonKind Kind { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public string? Position { get; set; }
    public string? Role { get; set; }
    public ValueOrigin Origin { get; set; }
}

/// <summary>What kind of record a correction changes.</summary>
public enum CorrectionTarget { Document, Section, Measure, Indicator, ItaResult, Member, Signature }

/// <summary>
/// One value changed by a person: the audit log, and what is replayed onto a fresh parse so corrections survive
/// re-ingesting. Records are addressed by position (document index in the file, order in the document), not by id,
/// because a re-parse replaces every record and its id.
/// </summary>
public class Correction
{
    public long Id { get; set; }
    public long SourceFileId { get; set; }
    /// <summary>Position of the document inside its file (<see cref="DocumentRecord.Index"/>).</summary>
    public int DocumentIndex { get; set; }
    public CorrectionTarget Target { get; set; }
    /// <summary>The record's Order within its document; 0 for the document itself.</summary>
    public int TargetOrder { get; set; }
    /// <summary>The camelCase field name, as listed by <c>CorrectionFields.For</c>.</summary>
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public required string UserName { get; set; }
    /// <summary>When the correction was made (UTC).</summary>
    public DateTime At { get; set; }
    /// <summary>The document's <see cref="DocumentRecord.Revision"/> this correction's save produced (0 in logs older than revisions).</summary>
    public int Revision { get; set; }
}

/// <summary>One retraining of a classifier: what it was trained on, how it scored, and whether it replaced the current model.</summary>
public class TrainingRun
{
    public long Id { get; set; }
    /// <summary>"sections" or "kinds".</summary>
    public required string Model { get; set; }
    /// <summary>"manual" or "schedule".</summary>
    public required string Trigger { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int TrainRows { get; set; }
    /// <summary>Rows taken from reviewers' corrections and confirmations.</summary>
    public int CorrectionRows { get; set; }
    public int HeldOutRows { get; set; }
    /// <summary>Held-out accuracy of the model in use before the run; null when there was none.</summary>
    public double? CurrentAccuracy { get; set; }
    public double CandidateAccuracy { get; set; }
    public bool Adopted { get; set; }
    public string? Note { get; set; }
}
