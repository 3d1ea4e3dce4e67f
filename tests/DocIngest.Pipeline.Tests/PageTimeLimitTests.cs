using System.Diagnostics;
using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Recognition;
using DocIngest.Pipeline.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Pipeline.Tests;

/// <summary>One page that never ends (an engine stuck in a native call, a renderer that hangs) must not stop the file.</summary>
public sealed class PageTimeLimitTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docingest-pagelimit-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Extract_OnePageOverTheLimit_RecordedNotReadAndTheRestRead()
    {
        using var stuck = new ManualResetEventSlim();
        var recognizers = new List<StallingRecognizer>();
        using var pipeline = new ExtractionPipeline(new ExtractionOptions { Workers = 1, PageTimeLimit = TimeSpan.FromMilliseconds(500) },
            new PipelineEngines(new PngHeaderDecoder { FrameCount = 3 }, () =>
            {
                var recognizer = new StallingRecognizer(stallOnPage: 2, stuck);
                lock (recognizers) recognizers.Add(recognizer);
                return recognizer;
            }, null));
        string path = Path.Combine(_directory, "three.png");
        File.WriteAllBytes(path, TestImages.PngHeader(40, 30));

        var clock = Stopwatch.StartNew();
        var result = pipeline.Extract(path);
        clock.Stop();

        Assert.Equal([1, 2, 3], result.Pages.Select(p => p.Number));
        Assert.Equal("หน้า 1 40x30", result.Pages[0].Text);
        Assert.Equal("หน้า 3 40x30", result.Pages[2].Text);
        Assert.Equal("", result.Pages[1].Text);
        Assert.Contains(result.Warnings, w => w.StartsWith("page 2: not read: over the page time limit", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the stuck page held the file for {clock.Elapsed}");
        // The stuck engine was not given page 3, and is disposed once its call returns, never while inside it.
        Assert.Equal(2, recognizers.Count);
        Assert.False(recognizers[0].Disposed);
        stuck.Set();
        Assert.True(SpinWait.SpinUntil(() => recognizers[0].Disposed, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Extract_RendererHangs_KilledAtTheLimitAndPageRecordedNotRead()
    {
        // A pdftoppm that never answers: the page limit must kill it rather than wait.
        string hanging = Path.Combine(_directory, "pdftoppm");
        File.WriteAllText(hanging, "#!/bin/sh\necho $$ > \"$(dirname \"$0\")/pid\"\nexec sleep 60\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var pipeline = new ExtractionPipeline(new ExtractionOptions { Workers = 1, PageTimeLimit = TimeSpan.FromSeconds(1) },
            new PipelineEngines(null, () => new FakePageRecognizer(), null), new PdfPageRasterizer(hanging));
        string path = Path.Combine(_directory, "scan.pdf");
        File.WriteAllBytes(path, TestPdfs.WithoutText());

        var clock = Stopwatch.StartNew();
        var result = pipeline.Extract(path);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal("", Assert.Single(result.Pages).Text);
        Assert.Contains(result.Warnings, w => w.StartsWith("page 1: not read: over the page time limit", StringComparison.Ordinal));
        int pid = int.Parse(File.ReadAllText(Path.Combine(_directory, "pid")).Trim());
        Assert.True(SpinWait.SpinUntil(() => !Directory.Exists($"/proc/{pid}"), TimeSpan.FromSeconds(5)), "the renderer was left running");
    }

    [Fact]
    public void Extract_CancelledWhileAPageIsStuck_ThrowsAtOnce()
    {
        using var stuck = new ManualResetEventSlim();
        using var pipeline = new ExtractionPipeline(new ExtractionOptions { Workers = 1, PageTimeLimit = TimeSpan.FromMinutes(5) },
            new PipelineEngines(new PngHeaderDecoder { FrameCount = 2 }, () => new StallingRecognizer(stallOnPage: 1, stuck), null));
        string path = Path.Combine(_directory, "two.png");
        File.WriteAllBytes(path, TestImages.PngHeader(40, 30));
        using var job = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var clock = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Extract(path, cancellationToken: job.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"cancellation waited {clock.Elapsed} for the stuck page");
        stuck.Set();
    }

    [Fact]
    public void Extract_ImageFrameDecodeHangs_PageRecordedNotReadAndTheRestRead()
    {
        using var release = new ManualResetEventSlim();
        var decoder = new StallingDecoder(stallOnFrame: 1, release);
        using var pipeline = new ExtractionPipeline(new ExtractionOptions { Workers = 1, PageTimeLimit = TimeSpan.FromMilliseconds(500) },
            new PipelineEngines(decoder, () => new FakePageRecognizer(), null));
        string path = Path.Combine(_directory, "three.tif");
        File.WriteAllBytes(path, TestImages.PngHeader(40, 30));

        var clock = Stopwatch.StartNew();
        var result = pipeline.Extract(path);
        clock.Stop();
        release.Set();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the hanging decoder held the file for {clock.Elapsed}");
        Assert.Equal(["หน้า 1 40x30", "", "หน้า 3 40x30"], result.Pages.Select(p => p.Text));
        Assert.Contains(result.Warnings, w => w.StartsWith("page 2: not read: over the page time limit", StringComparison.Ordinal));
    }

    /// <summary>A header-only PNG decoder of three frames that stays inside Decode for one frame until released, as a native codec stuck on a bomb.</summary>
    private sealed class StallingDecoder(int stallOnFrame, ManualResetEventSlim release) : IImageDecoder
    {
        private readonly PngHeaderDecoder _inner = new() { FrameCount = 3 };

        public ImageInfo Probe(byte[] data) => _inner.Probe(data);

        public GrayImage Decode(byte[] data, int frameIndex)
        {
            if (frameIndex == stallOnFrame) release.Wait(TimeSpan.FromSeconds(30));
            return _inner.Decode(data, frameIndex);
        }
    }

    /// <summary>
    /// The real recogniser (preprocessing, layout, every Tesseract pass) over a tiny limit: the engine is stopped inside
    /// its native call, so the work ends with the page and the same recogniser reads the next page as a fresh one does.
    /// </summary>
    [Fact]
    public void UseWithin_RealRecognizerOverATinyLimit_StoppedInsideTheEngineAndKeptForTheNextPage()
    {
        var options = new ExtractionOptions { Workers = 1 };
        var engines = DefaultEngines.Create(options);
        var page = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Path.Combine(RepoRoot(), "sample-docs", "memo-kampang-invite-2564.png")), 0);
        string expected;
        var whole = Stopwatch.StartNew();
        using (var fresh = engines.CreateRecognizer!()) expected = fresh.Recognize(page, 1).Text;
        whole.Stop();
        // A grace long enough for a busy shared machine: what is measured is how soon the work ends, against a whole read.
        using var pool = new PageRecognizerPool(engines.CreateRecognizer!, capacity: 1, stopGrace: TimeSpan.FromSeconds(60));
        var limit = TimeSpan.FromMilliseconds(200);
        var workEnded = TimeSpan.Zero;

        var clock = Stopwatch.StartNew();
        Assert.Throws<TimeoutException>(() => pool.UseWithin(recognizer =>
        {
            try
            {
                return recognizer.Recognize(page, 1);
            }
            finally
            {
                workEnded = clock.Elapsed;
            }
        }, limit, CancellationToken.None));
        var returned = clock.Elapsed;
        var next = pool.UseWithin(recognizer => recognizer.Recognize(page, 2), TimeSpan.FromMinutes(5), CancellationToken.None);
        var nextRead = clock.Elapsed - returned;

        output.WriteLine($"whole page {whole.ElapsedMilliseconds} ms; limit {limit.TotalMilliseconds} ms: work ended at {workEnded.TotalMilliseconds:0} ms, caller went on at {returned.TotalMilliseconds:0} ms; next page read in {nextRead.TotalMilliseconds:0} ms");
        Assert.NotEqual(TimeSpan.Zero, workEnded); // the work had ended when the caller went on: no core left busy
        Assert.True(returned < whole.Elapsed / 2, $"returned after {returned.TotalMilliseconds:0} ms; a whole read takes {whole.ElapsedMilliseconds} ms");
        Assert.Equal((0, 1, 1), (pool.Retired, pool.Stopped, pool.Created));
        Assert.Equal(expected, next.Text);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>Reads pages like <see cref="FakePageRecognizer"/>, but stays inside the call on one page until released, as a stuck native engine.</summary>
    private sealed class StallingRecognizer(int stallOnPage, ManualResetEventSlim release) : IPageRecognizer
    {
        private readonly FakePageRecognizer _inner = new();
        public volatile bool Disposed;

        public PageContent Recognize(GrayImage page, int pageNumber)
        {
            if (pageNumber == stallOnPage) release.Wait(TimeSpan.FromSeconds(30));
            return _inner.Recognize(page, pageNumber);
        }

        public void Dispose() => Disposed = true;
    }
}
