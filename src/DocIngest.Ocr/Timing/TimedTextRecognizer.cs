using System.Diagnostics;
using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Timing;

/// <summary>
/// Passes every call on to the engine and reports it, with its time, to the stage recorder, so each stage's OCR calls
/// are counted where they are made. Does not own the engine: disposing this leaves it open.
/// </summary>
public sealed class TimedTextRecognizer(ITextRecognizer engine, IStageRecorder stages) : ITextRecognizer
{
    public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode) =>
        Timed(() => engine.Recognize(image, region, mode));

    public IReadOnlyList<RecognizedLine> RecognizeExcluding(GrayImage image, BoundingBox? region, SegmentationMode mode, string excluded) =>
        Timed(() => engine.RecognizeExcluding(image, region, mode, excluded));

    public void Dispose() { }

    private IReadOnlyList<RecognizedLine> Timed(Func<IReadOnlyList<RecognizedLine>> call)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            return call();
        }
        finally
        {
            stages.RecordOcrCall(Stopwatch.GetElapsedTime(start));
        }
    }
}
