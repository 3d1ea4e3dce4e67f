namespace DocIngest.Cli.Evaluation;

/// <summary>Hits out of a total; summed over files for the overall figure. Null rate when nothing was scored.</summary>
public readonly record struct Tally(int Hits, int Total)
{
    public double? Rate => Total == 0 ? null : (double)Hits / Total;

    public static Tally operator +(Tally a, Tally b) => new(a.Hits + b.Hits, a.Total + b.Total);
}

/// <summary>Matches between predicted and expected items; F1 of precision and recall. Null when both sides are empty.</summary>
public readonly record struct F1Tally(int Matched, int Predicted, int Expected)
{
    public double? F1 => Predicted + Expected == 0 ? null : 2.0 * Matched / (Predicted + Expected);

    public static F1Tally operator +(F1Tally a, F1Tally b) => new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Expected + b.Expected);
}

/// <summary>Character edits over expected characters; summed over pages and files.</summary>
public readonly record struct CerTally(int Edits, int Length)
{
    public double? Cer => Length == 0 ? null : (double)Edits / Length;

    public static CerTally operator +(CerTally a, CerTally b) => new(a.Edits + b.Edits, a.Length + b.Length);
}

/// <summary>Every figure <c>docingest eval</c> reports for one file (or, summed, for all).</summary>
public sealed record EvalScores
{
    public CerTally PageCer { get; init; }
    /// <summary>CER of the text outside ruled tables.</summary>
    public CerTally ProseCer { get; init; }
    /// <summary>CER of ruled-table cells.</summary>
    public CerTally TableCer { get; init; }
    public CerTally? BaselineCer { get; init; }
    public Tally DocumentKind { get; init; }
    public Tally HeaderFields { get; init; }
    public Tally SectionTypes { get; init; }
    public F1Tally Measures { get; init; }
    public Tally MeasureCells { get; init; }
    public F1Tally Indicators { get; init; }
    public F1Tally ItaResults { get; init; }
    public F1Tally Members { get; init; }
    public Tally MemberRoles { get; init; }
    /// <summary>Signers matched by name (free-text tolerance).</summary>
    public F1Tally Signatures { get; init; }
    /// <summary>Expected documents found with exactly their pages: whether a bundle was split where it should be.</summary>
    public Tally DocumentSplit { get; init; }

    public static EvalScores operator +(EvalScores a, EvalScores b) => new()
    {
        PageCer = a.PageCer + b.PageCer,
        ProseCer = a.ProseCer + b.ProseCer,
        TableCer = a.TableCer + b.TableCer,
        BaselineCer = a.BaselineCer is null && b.BaselineCer is null ? null : (a.BaselineCer ?? default) + (b.BaselineCer ?? default),
        DocumentKind = a.DocumentKind + b.DocumentKind,
        HeaderFields = a.HeaderFields + b.HeaderFields,
        SectionTypes = a.SectionTypes + b.SectionTypes,
        Measures = a.Measures + b.Measures,
        MeasureCells = a.MeasureCells + b.MeasureCells,
        Indicators = a.Indicators + b.Indicators,
        ItaResults = a.ItaResults + b.ItaResults,
        Members = a.Members + b.Members,
        MemberRoles = a.MemberRoles + b.MemberRoles,
        Signatures = a.Signatures + b.Signatures,
        DocumentSplit = a.DocumentSplit + b.DocumentSplit,
    };

    /// <summary>The named metrics thresholds refer to, with their values (null = nothing to score).</summary>
    public IReadOnlyList<(string Name, double? Value)> Metrics() =>
    [
        ("pageCer", PageCer.Cer),
        ("proseCer", ProseCer.Cer),
        ("tableCer", TableCer.Cer),
        ("documentKind", DocumentKind.Rate),
        ("headerFields", HeaderFields.Rate),
        ("sectionTypes", SectionTypes.Rate),
        ("measureF1", Measures.F1),
        ("measureCells", MeasureCells.Rate),
        ("indicatorF1", Indicators.F1),
        ("itaF1", ItaResults.F1),
        ("memberF1", Members.F1),
        ("memberRoles", MemberRoles.Rate),
        ("signatureF1", Signatures.F1),
        ("documentSplit", DocumentSplit.Rate),
    ];
}
