using DocIngest.Core.Classification;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing;
using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.TestSupport;

/// <summary>Shared, lazily loaded readers and classifiers: loading the committed models once keeps the suite quick.</summary>
public static class Readers
{
    private static readonly Lazy<SectionClassifier> Sections = new(() => new SectionClassifier(TrainingData.Model("sections.model.zip")));
    private static readonly Lazy<DocumentKindClassifier> Kinds = new(() => new DocumentKindClassifier(TrainingData.Model("kinds.model.zip")));
    private static readonly Lazy<DocumentReader> Full = new(() => new DocumentReader(Kinds.Value, Sections.Value, new MeasureTableParser().Parse));
    private static readonly Lazy<DocumentReader> WithoutMeasures = new(() =>
        new DocumentReader(Kinds.Value, Sections.Value, static (_, _, _) => Array.Empty<Measure>()));

    /// <summary>The production reader: committed models and the real measure-table parser.</summary>
    public static DocumentReader Default => Full.Value;

    /// <summary>
    /// The reader with the measure stage stubbed out, for tests of this stage's own fields (the measure parser has
    /// its own tests).
    /// </summary>
    public static DocumentReader ForPartA => WithoutMeasures.Value;

    public static SectionClassifier SectionClassifier => Sections.Value;

    public static DocumentKindClassifier KindClassifier => Kinds.Value;

    /// <summary>Reads seed-style text with the part-A reader.</summary>
    public static IReadOnlyList<Document> Read(string seedStyleText) => ForPartA.Read(SeedPages.FromText(seedStyleText));

    /// <summary>One text-layer page of plain lines, one block per blank-line-separated paragraph.</summary>
    public static IReadOnlyList<PageContent> Pages(params string[] pageTexts) =>
        pageTexts.SelectMany(t => SeedPages.FromText(t)).Select((p, i) => p with { Number = i + 1 }).ToList();
}
