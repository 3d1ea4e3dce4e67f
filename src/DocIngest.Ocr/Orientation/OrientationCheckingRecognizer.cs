using System.Globalization;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Timing;
using DocIngest.Core.Content;

namespace DocIngest.Ocr.Orientation;

/// <summary>
/// The <c>orientation</c> pass: a page fed upside down or sideways reads as confident-looking garbage, so a page whose
/// reading is weak (<see cref="OrientationOptions.CheckBelowConfidence"/>) has its orientation detected, and when the
/// detector says it is turned, the page is turned upright and read again. The turned reading (its text, its boxes and
/// the upright page image they refer to) replaces the first only when it is clearly more confident; the page then says
/// so in a warning. A page turned a quarter the engine reads confidently along its tall lines (<see cref="StandsSideways"/>),
/// but the boxes run down the page and the layout rules need rows: it is turned too, when turned it reads about as well.
/// A page read well, its lines level, costs nothing more.
/// </summary>
public sealed class OrientationCheckingRecognizer : IPageRecognizer
{
    private readonly IPageRecognizer inner;
    private readonly Lazy<OrientationDetector> detector;
    private readonly OrientationOptions options;

    /// <summary>The pass around <paramref name="inner"/>; the detector (its model is 30 MB in memory) is made on the first page that needs it.</summary>
    public OrientationCheckingRecognizer(IPageRecognizer inner, Func<OrientationDetector> createDetector, OrientationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(createDetector);
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        detector = new Lazy<OrientationDetector>(createDetector, LazyThreadSafetyMode.None);
        this.options = options ?? new OrientationOptions();
    }

    /// <summary>The pass around <paramref name="inner"/> with a detector already made (owned and disposed by the pass).</summary>
    public OrientationCheckingRecognizer(IPageRecognizer inner, OrientationDetector detector, OrientationOptions? options = null)
        : this(inner, () => detector, options)
    {
    }

    /// <inheritdoc />
    public PageContent Recognize(GrayImage page, int pageNumber) => RecognizeWithImage(page, pageNumber, StageRecorder.None).Content;

    /// <inheritdoc />
    public RecognizedPage RecognizeWithImage(GrayImage page, int pageNumber) => RecognizeWithImage(page, pageNumber, StageRecorder.None);

    /// <inheritdoc />
    public RecognizedPage RecognizeWithImage(GrayImage page, int pageNumber, IStageRecorder stages)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(stages);
        var first = inner.RecognizeWithImage(page, pageNumber, stages);
        bool weak = first.Content.MeanConfidence < options.CheckBelowConfidence;
        bool sideways = !weak && StandsSideways(first.Content);
        if (!weak && !sideways) return first;

        var orientation = stages.Measure(PageStages.Orientation, () => detector.Value.Detect(page));
        if (orientation is not { IsUpright: false } found || found.Confidence < options.MinDetectionConfidence) return first;
        // A sideways page the engine read along its tall lines is turned only by a quarter turn, which puts those lines level.
        if (sideways && found.ClockwiseTurn == 180) return first;

        var turned = inner.RecognizeWithImage(QuarterTurn.Rotate(page, found.ClockwiseTurn), pageNumber, stages);
        // A weak reading must be beaten clearly; a sideways one already reads well, and turned it must read about as well
        // with its lines level (the header and table rules need rows that run across the page).
        bool better = weak
            ? turned.Content.MeanConfidence >= first.Content.MeanConfidence + options.MinConfidenceGain
            : turned.Content.MeanConfidence >= first.Content.MeanConfidence - options.MinConfidenceGain && !StandsSideways(turned.Content);
        if (!better) return first;
        stages.RecordChange(PageStages.Orientation);
        string note = string.Create(CultureInfo.InvariantCulture,
            $"page turned {found.ClockwiseTurn}° clockwise before reading (its text stood turned; detected with margin {found.Confidence:0.#}, mean confidence {first.Content.MeanConfidence:0.00} -> {turned.Content.MeanConfidence:0.00})");
        return turned with { Content = turned.Content with { Warnings = [note, .. turned.Content.Warnings] } };
    }

    /// <summary>
    /// True when most of the page's text lies in lines boxed at least twice as tall as wide: the engine's layout analysis
    /// reads a page turned a quarter along its vertical lines, confidently, so the weak-reading test misses it.
    /// </summary>
    public static bool StandsSideways(PageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        int tall = 0, all = 0;
        foreach (var line in content.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines))
        {
            if (line.Box is not { } box || line.Text.Length < 3) continue;
            all += line.Text.Length;
            if (box.Height >= 2 * box.Width) tall += line.Text.Length;
        }
        return all > 0 && tall * 2 > all;
    }

    public void Dispose()
    {
        inner.Dispose();
        if (detector.IsValueCreated) detector.Value.Dispose();
    }
}
