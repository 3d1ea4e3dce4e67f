using DocIngest.Core.Extraction;

namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>Where a document starts and what its title line says about its kind.</summary>
/// <param name="UnitIndex">Index of the title line among the file's units.</param>
/// <param name="Kind">The kind the title announces; null for a plan/analysis heading whose kind the content decides.</param>
/// <param name="Title">The title line as printed (cleaned); null when the document opens without one (a table, a memo header block).</param>
/// <param name="HasSubjectLine">
/// The title heads a title block with a subject line of its own (เรื่อง … under a centred title): what a document's first
/// page prints and a continued page never repeats.
/// </param>
public sealed record TitleCue(int UnitIndex, DocumentKind? Kind, string? Title, bool HasSubjectLine = false);
