using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// The stock line passes, in the order a page's lines go through them after the page OCR and before cleaning. Each
/// name is what <c>--without</c> switches off and what <c>bench --stages</c> times.
/// </summary>
public static class LinePasses
{
    /// <param name="pageNumbers">Reads page numbers the layout dropped; that pass is left out when null.</param>
    /// <param name="missedLines">The thresholds of the missed-lines pass; the defaults when null.</param>
    /// <param name="latinWords">The thresholds of the Latin-words pass; the defaults when null.</param>
    /// <param name="loneNumbers">Reads short numbers standing alone where no line was read; that pass is left out when null.</param>
    /// <param name="cuedNumbers">Re-reads garbled scores and years after their cues with the digit model; that pass is left out when null.</param>
    public static IReadOnlyList<ILinePass> Stock(PageNumberReader? pageNumbers = null, MissedLineOptions? missedLines = null, LatinWordOptions? latinWords = null,
        LoneNumberReader? loneNumbers = null, CuedNumberRereader? cuedNumbers = null)
    {
        var missed = missedLines ?? new MissedLineOptions();
        // What each pass adds on real pages is measured by `docingest eval-corpus --ablate` (docs/ablation.md); a pass
        // without a measured gain there is not in this list.
        var passes = new List<ILinePass>
        {
            new LinePass(PageStages.MissedLines, (lines, page) => MissedLineReader.Apply(lines, page.Page, page.Ink, page.Engine, missed)),
        };
        if (pageNumbers is not null)
            passes.Add(new LinePass(PageStages.PageNumbers, (lines, page) => pageNumbers.Apply(lines, page.Page, page.Ink, page.Engine)));
        // After the page numbers: a margin number is theirs to read with its dashes.
        if (loneNumbers is not null)
            passes.Add(new LinePass(PageStages.LoneNumbers, (lines, page) => loneNumbers.Apply(lines, page.Page, page.Ink)));
        passes.Add(new LinePass(PageStages.LatinWords, (lines, page) => LatinWordSplicer.Apply(lines, page.Page, page.LatinFree, latinWords, asIsOnlyWhenInkCut: true)));
        passes.Add(new LinePass(PageStages.ReferenceCodes, (lines, page) => ReferenceCodeRereader.Apply(lines, page.Page, page.LatinFree)));
        passes.Add(new LinePass(PageStages.DateDigits, (lines, page) => DateDigitsRereader.Apply(lines, page.Page, page.LatinFree)));
        // After `date digits`: its Latin-free re-read may already have put a date's year back as Thai digits.
        if (cuedNumbers is not null)
            passes.Add(new LinePass(PageStages.CuedNumbers, (lines, page) => cuedNumbers.Apply(lines, page.Page)));
        return passes;
    }

    /// <summary>The name as typed on a command line (missed-lines) or as listed (missed lines): one key for both.</summary>
    public static string Key(string name) => name.Trim().Replace('-', ' ').ToLowerInvariant();
}
