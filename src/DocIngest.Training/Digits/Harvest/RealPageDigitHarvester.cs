using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline;

namespace DocIngest.Training.Digits.Harvest;

/// <summary>One page to harvest: its image, what it says (folded as the corpus scores it) and what it is.</summary>
/// <param name="Id">The page's id (document.pPAGE).</param>
/// <param name="Document">The document it comes from (held-back parts are whole documents' pages).</param>
/// <param name="Kind">The corpus's page kind (memo, order, plan …), for the counts.</param>
/// <param name="ImagePath">The degraded page image the product reads.</param>
/// <param name="FoldedTruth">The page's text layer, folded.</param>
public sealed record HarvestPage(string Id, string Document, string Kind, string ImagePath, string FoldedTruth);

/// <summary>
/// Cuts Thai digit glyphs out of real degraded pages as the product sees them: every page is read by the product's own
/// pipeline, and the digit corrector's runs (<see cref="ThaiDigitCorrector.Explain"/>) are caught on the raw engine
/// lines, with the glyphs their ink is cut into (<see cref="DigitRunCapture"/>). A run is labelled from the page's text when
/// <see cref="TruthDigitLabeller"/> places it for certain and it has exactly as many glyphs as the text has digits there,
/// none of them wide enough to be touching digits; the glyphs then become training samples at their own damage (bold,
/// speckle, the loopless faces the rendered fonts lack). Uncertain runs are skipped, never guessed.
/// </summary>
public sealed class RealPageDigitHarvester(TextWriter log)
{
    /// <summary>White pixels around each glyph's ink, as the rendered glyphs have (room for the degrader's rotation).</summary>
    private const int Margin = 8;

    /// <summary>What one page gave.</summary>
    /// <param name="Page">The page.</param>
    /// <param name="Glyphs">Its labelled digit glyphs.</param>
    /// <param name="Runs">Runs the corrector would read.</param>
    /// <param name="Labelled">Runs labelled for certain.</param>
    public sealed record PageHarvest(HarvestPage Page, IReadOnlyList<CleanGlyph> Glyphs, int Runs, int Labelled);

    /// <summary>Reads every page and returns its labelled glyphs; the glyphs' font is the page, their family the document.</summary>
    public IReadOnlyList<PageHarvest> Harvest(IReadOnlyList<HarvestPage> pages, ExtractionOptions options, Func<string, string> fold)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(fold);
        using var capture = new DigitRunCapture(options);
        var corrector = capture.Corrector;
        var results = new List<PageHarvest>();
        foreach (var page in pages)
        {
            var caught = capture.Read(page.ImagePath);
            var labeller = new TruthDigitLabeller(page.FoldedTruth, fold);
            var glyphs = new List<CleanGlyph>();
            var font = new ThaiFont(page.Id, page.Document);
            int labelled = 0;
            foreach (var (text, run) in caught)
            {
                if (Label(labeller, text, run, corrector) is not { } digits) continue;
                labelled++;
                for (int g = 0; g < digits.Length; g++)
                    glyphs.Add(new CleanGlyph(Padded(run.Glyphs[g].Crop), DigitClasses.LabelOf(digits[g] - '๐'), font, PointSize: 0));
            }
            log.WriteLine($"  {page.Id} ({page.Kind}): {caught.Count} runs, {labelled} labelled, {glyphs.Count} digit glyphs");
            results.Add(new PageHarvest(page, glyphs, caught.Count, labelled));
        }
        return results;
    }

    /// <summary>The run's digits when its place in the text is certain and its glyphs are one to a digit; else null.</summary>
    private static string? Label(TruthDigitLabeller labeller, string text, DigitRunGlyphs run, ThaiDigitCorrector corrector)
    {
        if (run.Glyphs.Count == 0 || run.Glyphs.Any(g => g.Box.Width >= corrector.Options.WideGlyphRatio * run.DigitHeight)) return null;
        return labeller.Label(text, run.Start, run.Length) is { } digits && digits.Length == run.Glyphs.Count ? digits : null;
    }

    /// <summary>The crop with <see cref="Margin"/> white pixels round its ink box (the segmenter leaves two).</summary>
    private static GrayImage Padded(GrayImage crop)
    {
        var padded = new GrayImage(crop.Width + 2 * Margin, crop.Height + 2 * Margin, dpi: crop.Dpi);
        for (int y = 0; y < crop.Height; y++)
            for (int x = 0; x < crop.Width; x++)
                padded[x + Margin, y + Margin] = crop[x, y];
        return padded;
    }
}
