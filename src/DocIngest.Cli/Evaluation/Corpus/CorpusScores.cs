namespace DocIngest.Cli.Evaluation.Corpus;

/// <summary>
/// What the real-document evaluation measures on a set of pages; summed over pages for a kind, a profile or a split.
/// Baseline figures are the plain tesseract CLI's on the same images (null when it was not run).
/// </summary>
public sealed record CorpusScores
{
    public int Pages { get; init; }
    /// <summary>Pages whose text layer could not serve as truth (still read, not scored on text).</summary>
    public int Unscored { get; init; }
    public CerTally Cer { get; init; }
    public CerTally? BaselineCer { get; init; }
    /// <summary>Printed digits read as themselves (Thai as Thai, Arabic as Arabic).</summary>
    public Tally Digits { get; init; }
    public Tally? BaselineDigits { get; init; }
    /// <summary>The layer's ruled-table cells read exactly right (<see cref="CellMatch"/>).</summary>
    public Tally TableCells { get; init; }
    /// <summary>Hand-written header fields (eval/corpus/expected) read right.</summary>
    public Tally HeaderFields { get; init; }
    public Tally DocumentKind { get; init; }

    public static CorpusScores operator +(CorpusScores a, CorpusScores b) => new()
    {
        Pages = a.Pages + b.Pages,
        Unscored = a.Unscored + b.Unscored,
        Cer = a.Cer + b.Cer,
        BaselineCer = a.BaselineCer is null && b.BaselineCer is null ? null : (a.BaselineCer ?? default) + (b.BaselineCer ?? default),
        Digits = a.Digits + b.Digits,
        BaselineDigits = a.BaselineDigits is null && b.BaselineDigits is null ? null : (a.BaselineDigits ?? default) + (b.BaselineDigits ?? default),
        TableCells = a.TableCells + b.TableCells,
        HeaderFields = a.HeaderFields + b.HeaderFields,
        DocumentKind = a.DocumentKind + b.DocumentKind,
    };

    /// <summary>Our CER over the baseline's: the issue asks for at most half.</summary>
    public double? CerOverBaseline => Cer.Cer is { } ours && BaselineCer?.Cer is { } theirs && theirs > 0 ? ours / theirs : null;

    /// <summary>The named metrics eval-thresholds.json's corpus section refers to.</summary>
    public IReadOnlyList<(string Name, double? Value)> Metrics() =>
    [
        ("cer", Cer.Cer),
        ("cerOverBaseline", CerOverBaseline),
        ("digits", Digits.Rate),
        ("tableCells", TableCells.Rate),
        ("headerFields", HeaderFields.Rate),
        ("documentKind", DocumentKind.Rate),
    ];

    public static IReadOnlyList<string> MetricNames { get; } = new CorpusScores().Metrics().Select(m => m.Name).ToList();
}
