using System.ComponentModel.DataAnnotations;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Orientation;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Pipeline;

/// <summary>
/// The page pipeline's passes as a host configures them: which are switched off, and each pass's numbers. Bound from
/// the configuration section <see cref="Section"/> (the service's appsettings.json or environment,
/// <c>DocIngest__Pipeline__MissedLines__MinConfidence=0.75</c>; <c>docingest --pipeline-options FILE</c> reads the same
/// JSON) and validated on start. Every default is the measured constant the pass had before it could be configured, so
/// an empty section changes no figure. Passes without numbers (Latin words' reference-code twin, the lexicon) or whose
/// numbers are geometry nobody tunes (detached marks) have none here; each can still be switched off.
/// </summary>
public sealed record PipelineOptions : IValidatableObject
{
    /// <summary>The configuration section the hosts bind.</summary>
    public const string Section = "DocIngest:Pipeline";

    /// <summary>Passes switched off by name, as <c>--without</c> takes them (<see cref="DefaultEngines.PassNames"/>); empty runs every pass.</summary>
    public string[] Without { get; init; } = [];

    /// <summary>The <c>orientation</c> pass: a weakly read page turned upright and read again.</summary>
    public OrientationOptions Orientation { get; init; } = new();

    /// <summary>The <c>page-outline</c> pass: a photo of a sheet seen at a slant flattened to the sheet.</summary>
    public PageOutlineOptions PageOutline { get; init; } = new();

    /// <summary>The <c>background</c> pass: paper levelled to white.</summary>
    public BackgroundOptions Background { get; init; } = new();

    /// <summary>The <c>borders</c> pass: dark scanner edges whitened.</summary>
    public BorderOptions Borders { get; init; } = new();

    /// <summary>The <c>deskew</c> pass: skew measured and removed.</summary>
    public DeskewOptions Deskew { get; init; } = new();

    /// <summary>Binarisation (Sauvola), always on.</summary>
    public BinariseOptions Binarise { get; init; } = new();

    /// <summary>The <c>thin-strokes</c> pass: strokes the threshold broke into dots thickened.</summary>
    public ThinStrokeOptions ThinStrokes { get; init; } = new();

    /// <summary>The <c>page-specks</c> pass: specks whitened on a copy of the page before its text is read.</summary>
    public PageSpeckOptions PageSpecks { get; init; } = new();

    /// <summary>The <c>table-grids</c> pass: ruled tables found on the binary page.</summary>
    public TableGridOptions TableGrids { get; init; } = new();

    /// <summary>How table cells are read, with the <c>cell-re-read</c> pass's thresholds.</summary>
    public CellOcrOptions Cells { get; init; } = new();

    /// <summary>The <c>noise-lines</c> pass: lines read from noise dropped.</summary>
    public NoiseLineOptions NoiseLines { get; init; } = new();

    /// <summary>The <c>missed-lines</c> line pass: ink the page layout left out read line by line.</summary>
    public MissedLineOptions MissedLines { get; init; } = new();

    /// <summary>The <c>page-numbers</c> line pass: page numbers read glyph by glyph.</summary>
    public PageNumberOptions PageNumbers { get; init; } = new();

    /// <summary>The <c>lone-numbers</c> line pass: short numbers standing alone read glyph by glyph.</summary>
    public LoneNumberOptions LoneNumbers { get; init; } = new();

    /// <summary>The <c>Latin-words</c> line pass: Latin words read for Thai replaced.</summary>
    public LatinWordOptions LatinWords { get; init; } = new();

    /// <summary>The <c>digit-glyphs</c> corrector: Thai digits re-read glyph by glyph by the digit model.</summary>
    public ThaiDigitCorrectorOptions DigitGlyphs { get; init; } = new();

    /// <summary>How text lines are grouped into blocks (paragraphs).</summary>
    public TextBlockOptions TextBlocks { get; init; } = new();

    /// <summary>Every member's range checked (data annotations, nested options included) and every pass name known.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in Parts())
        {
            if (value is null)
            {
                yield return new ValidationResult($"{Section}:{name} is empty: leave it out for the defaults", [name]);
                continue;
            }
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
            foreach (var result in results)
                yield return new ValidationResult($"{Section}:{name}:{string.Join(",", result.MemberNames)}: {result.ErrorMessage}",
                    [name]);
        }
        var unknown = (Without ?? []).Where(p => !DefaultEngines.IsKnownPass(p)).ToList();
        if (unknown.Count > 0)
            yield return new ValidationResult($"{Section}:Without names unknown pass(es) {string.Join(", ", unknown)}; passes: "
                + string.Join(", ", DefaultEngines.PassNames.Select(n => n.Replace(' ', '-'))), [nameof(Without)]);
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every value out of range (for hosts without the options framework).</summary>
    public PipelineOptions Check()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        if (results.Count > 0) throw new ArgumentException(string.Join("; ", results.Select(r => r.ErrorMessage)));
        return this;
    }

    private IEnumerable<(string Name, object? Value)> Parts()
    {
        yield return (nameof(Orientation), Orientation);
        yield return (nameof(PageOutline), PageOutline);
        yield return (nameof(Background), Background);
        yield return (nameof(Borders), Borders);
        yield return (nameof(Deskew), Deskew);
        yield return (nameof(Binarise), Binarise);
        yield return (nameof(ThinStrokes), ThinStrokes);
        yield return (nameof(PageSpecks), PageSpecks);
        yield return (nameof(TableGrids), TableGrids);
        yield return (nameof(Cells), Cells);
        if (Cells is not null) yield return ($"{nameof(Cells)}:{nameof(CellOcrOptions.Reread)}", Cells.Reread);
        yield return (nameof(NoiseLines), NoiseLines);
        yield return (nameof(MissedLines), MissedLines);
        yield return (nameof(PageNumbers), PageNumbers);
        yield return (nameof(LoneNumbers), LoneNumbers);
        yield return (nameof(LatinWords), LatinWords);
        yield return (nameof(DigitGlyphs), DigitGlyphs);
        yield return (nameof(TextBlocks), TextBlocks);
    }
}
