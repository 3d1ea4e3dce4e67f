using System.Text.Json.Serialization;

namespace DocIngest.Core.Extraction;

// The JSON contract of `docingest extract` (shared/spec/extraction.schema.json, v1), as plain records.
// Property names serialise camelCase; enums serialise as the schema's kebab-case strings.
// Fields beyond the schema (lines, tables, warnings per document, confidences) are compatible extensions.

/// <summary>The whole result for one input file.</summary>
public sealed record ExtractionResult
{
    public string SchemaVersion { get; init; } = "1";
    public required SourceInfo Source { get; init; }
    public IReadOnlyList<PageResult> Pages { get; init; } = [];
    public IReadOnlyList<Document> Documents { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>The input file as sniffed.</summary>
public sealed record SourceInfo(string FileName, string Sha256, string MediaType, int PageCount);

/// <summary>One page of the result. <see cref="Lines"/> and <see cref="Tables"/> extend the schema.</summary>
public sealed record PageResult
{
    public required int Number { get; init; }
    public required string Method { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public double? SkewDegrees { get; init; }
    public double? MeanConfidence { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<LineResult>? Lines { get; init; }
    public IReadOnlyList<TableResult>? Tables { get; init; }
}

/// <summary>A text line with its box [x, y, width, height] in page pixels.</summary>
public sealed record LineResult(string Text, int[]? Box, double Confidence);

/// <summary>A table on a page: grid size and cells.</summary>
public sealed record TableResult(int Rows, int Columns, int[]? Box, IReadOnlyList<CellResult> Cells);

/// <summary>A table cell with its spans; <see cref="Lines"/> keeps bullets apart.</summary>
public sealed record CellResult(int Row, int Column, int RowSpan, int ColumnSpan, string Text, IReadOnlyList<string> Lines, int[]? Box, double Confidence)
{
    /// <summary>
    /// True when the page image shows a mark in the cell that its text does not carry (a Gantt chart's shaded
    /// month, <see cref="Content.TableCell.Marked"/>); absent otherwise, so a stored result parses again as it was read.
    /// </summary>
    public bool? Marked { get; init; }

    /// <summary>
    /// The part of the cell's width its fill covers, [from, to] as shares of the width (<see cref="Content.TableCell.MarkedAcross"/>);
    /// absent when the mark is no fill.
    /// </summary>
    public double[]? MarkedAcross { get; init; }
}

/// <summary>The kinds of document the schema knows.</summary>
[JsonConverter(typeof(KebabEnumConverter<DocumentKind>))]
public enum DocumentKind { Memo, Order, Announcement, Minutes, MeasurePlan, ItaAnalysis, Other }

/// <summary>The section types of a memo body.</summary>
[JsonConverter(typeof(KebabEnumConverter<SectionType>))]
public enum SectionType { Background, Facts, Legal, Considerations, Proposal, Closing, Body }

/// <summary>One document inside a file, with everything parsed from it.</summary>
public sealed record Document
{
    public required DocumentKind Kind { get; init; }
    public required int PageStart { get; init; }
    public required int PageEnd { get; init; }
    public string? Title { get; init; }
    public string? Organization { get; init; }
    public int? FiscalYear { get; init; }
    public MemoHeader? Header { get; init; }
    public string? OrderNumber { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<Measure> Measures { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public IReadOnlyList<ItaResult> ItaResults { get; init; } = [];
    public IReadOnlyList<Person> Members { get; init; } = [];
    public IReadOnlyList<Person> Signatures { get; init; } = [];
    /// <summary>Extension: how sure the kind classification is, 0..1.</summary>
    public double? Confidence { get; init; }
    /// <summary>Extension: what could not be parsed in this document.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>
    /// Extension: the fields a reviewer corrected, as paths inside this document ("header.subject", "measures[2].steps");
    /// null (omitted) in a plain extraction.
    /// </summary>
    public IReadOnlyList<string>? Corrected { get; init; }
}

/// <summary>ส่วนราชการ / ที่ / วันที่ / เรื่อง / เรียน.</summary>
public sealed record MemoHeader
{
    public string? Agency { get; init; }
    public string? Phone { get; init; }
    public string? Reference { get; init; }
    /// <summary>ISO date (CE), yyyy-MM-dd.</summary>
    public string? Date { get; init; }
    public string? DateText { get; init; }
    public string? Subject { get; init; }
    public string? Addressee { get; init; }
}

/// <summary>A body section: its type, printed heading (if any), text and classifier confidence.</summary>
public sealed record Section(SectionType Type, string? Heading, string Text, double? Confidence = null);

/// <summary>One measure (a table row or numbered item, merged across pages).</summary>
public sealed record Measure
{
    public int? Number { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Steps { get; init; } = [];
    public IReadOnlyList<string> Responsible { get; init; } = [];
    public Period? Period { get; init; }
    public string? Progress { get; init; }
    public string? FollowUp { get; init; }
    public int? Page { get; init; }
}

/// <summary>A period as printed with its ISO start and end (CE).</summary>
public sealed record Period(string Text, string? Start, string? End);

/// <summary>An ITA indicator score.</summary>
public sealed record Indicator(int Number, string? Name, double Score, int? FiscalYear = null);

/// <summary>An overall ITA result.</summary>
public sealed record ItaResult(int? FiscalYear, double Score, string? Grade);

/// <summary>A committee member, attendee or signer.</summary>
public sealed record Person(string Name, string? Position = null, string? Role = null);
