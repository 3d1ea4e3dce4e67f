using DocIngest.Core.Content;
using DocIngest.Ocr.Tests.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Tests.Timing;

public sealed class TimedTextRecognizerTests
{
    [Fact]
    public void Recognize_RealEngineInAStage_ReportsEngineSizeModeProcessorTimeAndLines()
    {
        // A committed crop of a preprocessed sample scan: a date line the Thai and English engine reads.
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Path.Combine(DigitTestImages.FixtureDirectory(), "touching-lines-sarabun.png")), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var processor = TimeSpan.Zero;
        var timings = new StageTimings(threadProcessorTime: () => processor += TimeSpan.FromMilliseconds(7), keepCalls: true);
        using var timed = new TimedTextRecognizer(engine, timings);

        IReadOnlyList<RecognizedLine> read;
        using (timings.Stage("cell OCR")) read = timed.Recognize(image, new BoundingBox(0, 0, image.Width, image.Height / 2), SegmentationMode.SingleBlock);

        var (stage, call) = Assert.Single(timings.Calls);
        Assert.Equal(("cell OCR", "tha+eng", image.Width, image.Height / 2, SegmentationMode.SingleBlock), (stage, call.Engine, call.Width, call.Height, call.Mode));
        Assert.Same(read, call.Lines);
        Assert.NotEmpty(read);
        // The clock is read once before and once after the call.
        Assert.Equal(TimeSpan.FromMilliseconds(7), call.ProcessorTime);
        Assert.Equal(1, timings.Totals().Single().OcrCalls);
    }

    [Fact]
    public void Recognize_EngineThrows_ReportsTheCallWithNoLines()
    {
        var timings = new StageTimings(keepCalls: true);
        using var timed = new TimedTextRecognizer(new FailingRecognizer(), timings);

        using (timings.Stage("page OCR"))
            Assert.Throws<OperationCanceledException>(() => timed.Recognize(new GrayImage(40, 20), null, SegmentationMode.Auto));

        var (_, call) = Assert.Single(timings.Calls);
        Assert.Equal((nameof(FailingRecognizer), 40, 20, 0), (call.Engine, call.Width, call.Height, call.Lines.Count));
    }

    private sealed class FailingRecognizer : ITextRecognizer
    {
        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode) => throw new OperationCanceledException();

        public IReadOnlyList<RecognizedLine> RecognizeExcluding(GrayImage image, BoundingBox? region, SegmentationMode mode, string excluded) =>
            throw new OperationCanceledException();

        public void Dispose() { }
    }
}
