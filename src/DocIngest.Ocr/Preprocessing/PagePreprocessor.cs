using DocIngest.Ocr.Timing;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// The preprocessing stages in the order they run:
/// 0. a photo of a sheet on a darker surface, seen at a slant, flattened to the sheet (<see cref="PageOutlineRectifier"/>),
/// 1. background normalisation (paper to white, illumination evened out),
/// 2. dark border removal (before deskew, so edges do not vote for their own angle),
/// 3. skew measurement and rotation,
/// 4. Sauvola binarisation,
/// 5. the strokes measured on the binary page and, when the threshold broke thin grey strokes into dots, the ink of the
///    grey page spread by a pixel and the binary page made again from it (<see cref="StrokeThickener"/>).
/// A fifth stage, speckle removal on the binary page, was taken out on 2026-12-05: switched off on the 71 real corpus
/// pages (photocopies with speckle among them) it changed no figure (docs/ablation.md).
/// The cleaned gray page and its binary twin are both returned. Measured with tha+eng on the committed fixtures,
/// Tesseract reads them about equally well (simulated scan: 2.0% CER on either, 23% on the raw scan; clean render:
/// gray 2.0%, binary 1.5%), so the gray page is the default OCR input (Tesseract's own thresholding keeps anti-aliased
/// stroke detail) and the binary page serves layout analysis (rules, cells, ink projections).
/// Every stage but binarisation can be switched off (<see cref="PagePassSwitches"/>) to measure what it adds.
/// </summary>
public sealed class PagePreprocessor(
    BackgroundNormalizer? background = null,
    BorderCleaner? borders = null,
    SkewEstimator? skew = null,
    SauvolaBinarizer? binarizer = null,
    PagePassSwitches? switches = null,
    double minCorrectedDegrees = PagePreprocessor.MinCorrectedDegrees,
    PageOutlineRectifier? outline = null,
    StrokeThickener? strokes = null) : IPagePreprocessor
{
    /// <summary>Skews smaller than this are left alone by default (<see cref="DeskewOptions.MinCorrectedDegrees"/>): rotation blurs strokes slightly and gains nothing at this size.</summary>
    public const double MinCorrectedDegrees = 0.1;

    private readonly PageOutlineRectifier outline = outline ?? new PageOutlineRectifier();
    private readonly BackgroundNormalizer background = background ?? new BackgroundNormalizer();
    private readonly BorderCleaner borders = borders ?? new BorderCleaner();
    private readonly SkewEstimator skew = skew ?? new SkewEstimator();
    private readonly SauvolaBinarizer binarizer = binarizer ?? new SauvolaBinarizer();
    private readonly StrokeThickener strokes = strokes ?? new StrokeThickener();
    private readonly PagePassSwitches switches = switches ?? PagePassSwitches.AllOn;

    /// <inheritdoc />
    public PreprocessedPage Process(GrayImage page) => Process(page, StageRecorder.None);

    /// <inheritdoc />
    public PreprocessedPage Process(GrayImage page, IStageRecorder stages)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(stages);
        var warnings = new List<string>();

        if (switches.IsOn(PageStages.PageOutline))
        {
            var (flat, sheet) = stages.Measure(PageStages.PageOutline, () => outline.Rectify(page));
            if (sheet is not null)
            {
                stages.RecordChange(PageStages.PageOutline);
                warnings.Add($"photo of a sheet at a slant flattened: corners ({sheet.TopLeft.X:0},{sheet.TopLeft.Y:0}) ({sheet.TopRight.X:0},{sheet.TopRight.Y:0}) ({sheet.BottomRight.X:0},{sheet.BottomRight.Y:0}) ({sheet.BottomLeft.X:0},{sheet.BottomLeft.Y:0}) of a {page.Width}x{page.Height} image");
            }
            page = flat;
        }

        var gray = page;
        var unnormalized = page;
        double applied = 0;
        if (switches.IsOn(PageStages.Background))
        {
            gray = stages.Measure(PageStages.Background, () => background.Normalize(page));
            if (!gray.Pixels.AsSpan().SequenceEqual(page.Pixels)) stages.RecordChange(PageStages.Background);
        }

        if (switches.IsOn(PageStages.Borders))
        {
            var (cleaned, edges) = stages.Measure(PageStages.Borders, () => borders.Clean(gray));
            if (edges > 0) warnings.Add($"dark border removed along {edges} edge(s)");
            if (!ReferenceEquals(cleaned, gray) && !cleaned.Pixels.AsSpan().SequenceEqual(gray.Pixels)) stages.RecordChange(PageStages.Borders);
            gray = cleaned;
        }

        var estimate = new SkewEstimate(0, Reliable: true);
        if (switches.IsOn(PageStages.Skew))
        {
            using (stages.Stage(PageStages.Skew))
            {
                estimate = skew.Estimate(gray);
                if (!estimate.Reliable) warnings.Add("skew not measurable (too little text); page left unrotated");
                else if (Math.Abs(estimate.Degrees) >= minCorrectedDegrees)
                {
                    gray = ImageRotator.Rotate(gray, estimate.Degrees);
                    applied = estimate.Degrees;
                    stages.RecordChange(PageStages.Skew);
                }
            }
        }

        var binary = stages.Measure(PageStages.Binarise, () => binarizer.Binarize(gray));

        if (switches.IsOn(PageStages.ThinStrokes))
        {
            using (stages.Stage(PageStages.ThinStrokes))
            {
                var measured = StrokeWidth.Measure(binary, gray);
                if (strokes.IsThin(measured))
                {
                    warnings.Add($"thin or faint strokes thickened by {strokes.Radius} px: {measured.BrokenShare:P0} of the ink broken into dots, ink grey level {measured.InkLevel}, strokes {measured.StrokeLevel}");
                    gray = strokes.Thicken(gray);
                    binary = strokes.Binarize(gray);
                    stages.RecordChange(PageStages.ThinStrokes);
                }
            }
        }

        return new PreprocessedPage(gray, binary, estimate.Degrees, warnings) { Unnormalized = unnormalized, AppliedRotation = applied };
    }
}
