using System.Diagnostics;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Engine;

/// <summary>A recognition stopped by its token must stop inside Tesseract (the core freed), and leave the engine usable.</summary>
public sealed class TesseractEngineCancellationTests(ITestOutputHelper output) : IDisposable
{
    private readonly TesseractEngine engine = new(EngineFixtures.Options());

    public void Dispose() => engine.Dispose();

    /// <summary>
    /// Compared with the same page read to the end on the same engine, so that a busy shared machine slows both alike:
    /// what is left after the token is cancelled is the layout analysis already under way and the line being read.
    /// Since results are walked in layout order (no longer the square of the words) layout analysis is nearly half of
    /// this page's whole read, so the bound is three quarters: an engine that did not stop would take the whole read.
    /// </summary>
    [Fact]
    public void Recognize_TokenCancelledMidPage_StopsInsideTheEngineAndThrows()
    {
        var page = TallPage(copies: 12);
        var whole = Stopwatch.StartNew();
        Assert.NotEmpty(engine.Recognize(page, null, SegmentationMode.SingleBlock));
        whole.Stop();
        using var limit = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var scope = TesseractEngine.CancelRecognitionWhen(limit.Token);

        var clock = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Recognize(page, null, SegmentationMode.SingleBlock));
        clock.Stop();

        output.WriteLine($"{page.Width}x{page.Height}: read whole in {whole.ElapsedMilliseconds} ms; with a 300 ms limit returned after {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < whole.Elapsed * 3 / 4, $"returned after {clock.ElapsedMilliseconds} ms; the whole page takes {whole.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Recognize_AfterACancelledCall_ReadsTheNextImageAsAFreshEngine()
    {
        var line = EngineFixtures.Image("memo-line.png");
        using (var fresh = new TesseractEngine(EngineFixtures.Options()))
        {
            var expected = fresh.Recognize(line, null, SegmentationMode.SingleLine);
            using (var limit = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            using (TesseractEngine.CancelRecognitionWhen(limit.Token))
                Assert.ThrowsAny<OperationCanceledException>(() => engine.Recognize(TallPage(copies: 12), null, SegmentationMode.SingleBlock));

            var after = engine.Recognize(line, null, SegmentationMode.SingleLine);

            Assert.Equal(expected.Select(l => (l.Text, l.Box)), after.Select(l => (l.Text, l.Box)));
            Assert.Equal(expected.Select(l => l.Confidence), after.Select(l => l.Confidence));
        }
    }

    [Fact]
    public void Recognize_TokenNeverCancelled_SameLinesAsWithoutAToken()
    {
        var image = EngineFixtures.Image("thai-prose.png");
        var plain = engine.Recognize(image, null, SegmentationMode.SingleBlock);

        using var job = new CancellationTokenSource();
        using var scope = TesseractEngine.CancelRecognitionWhen(job.Token);
        var watched = engine.Recognize(image, null, SegmentationMode.SingleBlock);

        Assert.Equal(plain.Select(l => (l.Text, l.Box, l.Confidence)), watched.Select(l => (l.Text, l.Box, l.Confidence)));
        Assert.Equal(plain.SelectMany(l => l.Symbols), watched.SelectMany(l => l.Symbols));
    }

    [Fact]
    public void Recognize_TokenAlreadyCancelled_ThrowsWithoutReading()
    {
        using var job = new CancellationTokenSource();
        job.Cancel();
        using var scope = TesseractEngine.CancelRecognitionWhen(job.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Recognize(EngineFixtures.Image("memo-line.png"), null, SegmentationMode.SingleLine));
    }

    [Fact]
    public void CancelRecognitionWhen_ScopeDisposed_LaterCallsNotCancelled()
    {
        using var job = new CancellationTokenSource();
        job.Cancel();
        TesseractEngine.CancelRecognitionWhen(job.Token).Dispose();

        Assert.NotEmpty(engine.Recognize(EngineFixtures.Image("memo-line.png"), null, SegmentationMode.SingleLine));
    }

    /// <summary>The prose fixture stacked <paramref name="copies"/> times: a page of many lines that takes seconds to read.</summary>
    private static GrayImage TallPage(int copies)
    {
        var prose = EngineFixtures.Image("thai-prose.png");
        var page = new GrayImage(prose.Width, prose.Height * copies, dpi: prose.Dpi);
        for (int i = 0; i < copies; i++)
            prose.Pixels.CopyTo(page.Pixels, i * prose.Pixels.Length);
        return page;
    }
}
