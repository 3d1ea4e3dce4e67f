using System.Text;
using DocIngest.Core.Classification;

namespace DocIngest.Pipeline.Classification;

/// <summary>Labelled rows in TSV files (data/training/*.tsv), in the format of <see cref="LabelledText.ReadTsv"/>.</summary>
public static class LabelledTextFiles
{
    /// <summary>The rows of a TSV file; a malformed row is a <see cref="FormatException"/> naming the file and line.</summary>
    public static IReadOnlyList<LabelledText> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return LabelledText.ReadTsv(reader, path);
    }

    /// <summary>The rows of a TSV file, or null when there is no such file.</summary>
    public static IReadOnlyList<LabelledText>? ReadIfPresent(string path) => File.Exists(path) ? Read(path) : null;

    /// <summary>
    /// The base rows a classifier is trained on from <paramref name="directory"/>: for sections, sections.tsv and (when
    /// present) the documents' sections in sections.documents.tsv, each of those <see cref="DocumentRowWeight"/> times;
    /// for kinds, kinds.tsv. Null when the first file is missing.
    /// </summary>
    /// <param name="directory">The training directory.</param>
    /// <param name="model"><see cref="ClassifierRetraining.Sections"/> or <see cref="ClassifierRetraining.Kinds"/>.</param>
    public static IReadOnlyList<LabelledText>? ReadBaseRows(string directory, string model)
    {
        ClassifierRetraining.RequireName(model);
        bool sections = model == ClassifierRetraining.Sections;
        var rows = ReadIfPresent(Path.Combine(directory, sections ? TrainingDirectory.SectionsData : TrainingDirectory.KindsData));
        if (rows is null || !sections) return rows;
        return ReadIfPresent(Path.Combine(directory, TrainingDirectory.SectionsDocuments)) is { } documents
            ? [.. rows, .. Enumerable.Repeat(documents, DocumentRowWeight).SelectMany(d => d)]
            : rows;
    }

    /// <summary>
    /// How many times a section of a real memo counts among the generated template rows: as a reviewer's correction
    /// (<see cref="ClassifierRetraining.CorrectionWeight"/>), as a hundred-odd memo sections must move a model trained on
    /// 700 template rows (cross-validated model alone 75 of 110 sections at three, 71 at one).
    /// </summary>
    public const int DocumentRowWeight = ClassifierRetraining.CorrectionWeight;

    /// <summary>Appends rows (corrections made by reviewers) to a TSV file, creating it when missing.</summary>
    public static void Append(string path, IEnumerable<LabelledText> rows)
    {
        var text = new StringWriter();
        LabelledText.WriteTsv(text, rows);
        File.AppendAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
