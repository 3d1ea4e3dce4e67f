using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// Which of the page recogniser's own passes run: the preprocessing steps, the table grids, the detached-mark and
/// noise-line filters and the cells' second read. Each can be switched off by its stage name (<c>--without deskew</c>),
/// like a line pass, so that <c>eval-corpus --ablate</c> measures what it adds. Binarisation and the page OCR are not
/// switchable: every later pass reads their output.
/// </summary>
public sealed class PagePassSwitches
{
    /// <summary>The switchable page passes, in the order a page meets them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        PageStages.PageOutline, PageStages.Background, PageStages.Borders, PageStages.Skew, PageStages.ThinStrokes, PageStages.TableGrids, PageStages.PageSpecks,
        PageStages.DetachedMarks, PageStages.OverlappingLines, PageStages.NoiseLines, PageStages.CellSpecks, PageStages.CellThaiRead, PageStages.OneLineCells, PageStages.CellReread, PageStages.CellLostMarks, PageStages.CellLatinWords, PageStages.CellYearWord, PageStages.CellNumbers,
        PageStages.CellRereadForm, PageStages.CellDigitScript, PageStages.CellScores, PageStages.CellAmounts, PageStages.CellMarks,
    ];

    /// <summary>Every pass on.</summary>
    public static PagePassSwitches AllOn { get; } = new([]);

    private readonly HashSet<string> _off;

    /// <param name="off">Names of the passes to leave out, as typed (<c>cell-re-read</c>) or listed (<c>cell re-read</c>).</param>
    /// <exception cref="ArgumentException">A name is none of <see cref="Names"/>.</exception>
    public PagePassSwitches(IEnumerable<string> off)
    {
        ArgumentNullException.ThrowIfNull(off);
        _off = off.Select(LinePasses.Key).ToHashSet();
        var unknown = _off.Where(name => !Names.Any(n => LinePasses.Key(n) == name)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"not a page pass: {string.Join(", ", unknown)}", nameof(off));
    }

    /// <summary>True unless the pass named <paramref name="stage"/> (a <see cref="PageStages"/> name) is switched off.</summary>
    public bool IsOn(string stage) => !_off.Contains(LinePasses.Key(stage));
}
