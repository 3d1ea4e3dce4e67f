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
/// so in a warning. A page read well costs nothing more.
/// </summary>
public sealed class OrientationCheckingRecognizer(IPageRecognizer inner, OrientationDetector detector, OrientationOptions? options = null) : IPageRecognizer
{
    private readonly OrientationOptions options = options ?? new OrientationOptions();

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
        if (first.Content.MeanConfidence >= options.CheckBelowConfidence) return first;

        var orientation = stages.Measure(PageStages.Orientation, () => detector.Detect(page));
        if (orientation is not { IsUpright: false } found || found.Confidence < options.MinDetectionConfidence) return first;

        var turned = inner.RecognizeWithImage(QuarterTurn.Rotate(page, found.ClockwiseTurn), pageNumber, stages);
        if (turned.Content.MeanConfidence < first.Content.MeanConfidence + options.MinConfidenceGain) return first;
        string note = string.Create(CultureInfo.InvariantCulture,
            $"page turned {found.ClockwiseTurn}° clockwise before reading (its text stood turned; detected with margin {found.Confidence:0.#}, mean confidence {first.Content.MeanConfidence:0.00} -> {turned.Content.MeanConfidence:0.00})");
        return turned with { Content = turned.Content with { Warnings = [note, .. turned.Content.Warnings] } };
    }

    public void Dispose()
    {
        inner.Dispose();
        detector.Dispose();
    }
}
