using System.Diagnostics;
using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Timing;

/// <summary>
/// Passes every call on to the engine and reports it, with its time, its processor time, the image's size and what it
/// read (<see cref="OcrCall"/>), to the stage recorder, so each stage's OCR calls are counted where they are made.
/// Does not own the engine: disposing this leaves it open.
/// </summary>
public sealed class TimedTextRecognizer(ITextRecognizer engine, IStageRecorder stages) : ITextRecognizer
{
    private readonly string _engineName = engine is TesseractEngine tesseract ? tesseract.Languages : engine.GetType().Name;

    public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode) =>
        Timed(image, region, mode, () => engine.Recognize(image, region, mode));

    public IReadOnlyList<RecognizedLine> RecognizeExcluding(GrayImage image, BoundingBox? region, SegmentationMode mode, string excluded) =>
        Timed(image, region, mode, () => engine.RecognizeExcluding(image, region, mode, excluded));

    public void Dispose() { }

    private IReadOnlyList<RecognizedLine> Timed(GrayImage image, BoundingBox? region, SegmentationMode mode, Func<IReadOnlyList<RecognizedLine>> call)
    {
        ArgumentNullException.ThrowIfNull(image);
        long start = Stopwatch.GetTimestamp();
        var processorStart = stages.ThreadProcessorTime;
        IReadOnlyList<RecognizedLine> read = [];
        try
        {
            return read = call();
        }
        finally
        {
            var size = region ?? new BoundingBox(0, 0, image.Width, image.Height);
            stages.RecordOcrCall(new OcrCall(_engineName, size.Width, size.Height, mode, Stopwatch.GetElapsedTime(start),
                stages.ThreadProcessorTime - processorStart, read));
        }
    }
}
