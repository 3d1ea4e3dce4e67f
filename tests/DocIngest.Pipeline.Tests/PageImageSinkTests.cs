using System.Collections.Concurrent;
using System.Diagnostics;
using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Pipeline.Tests;

public sealed class PageImageSinkTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docingest-pageimages-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] data)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    private sealed class CollectingSink : IPageImageSink
    {
        public ConcurrentDictionary<int, GrayImage> Images { get; } = new();

        public void Accept(int pageNumber, GrayImage image) => Assert.True(Images.TryAdd(pageNumber, image), $"page {pageNumber} twice");
    }

    [Fact]
    public void Extract_WithSink_OneImagePerOcrPageOfTheSizeInTheResult()
    {
        using var pipeline = new ExtractionPipeline(new ExtractionOptions { Workers = 2 },
            new PipelineEngines(new PngHeaderDecoder { FrameCount = 3 }, () => new FakePageRecognizer(), null));
        var sink = new CollectingSink();

        var result = pipeline.Extract(Write("scan.tif", TestImages.PngHeader(60, 80)), sink);

        Assert.Equal([1, 2, 3], sink.Images.Keys.Order());
        Assert.All(result.Pages, p => Assert.Equal((p.Width, p.Height), (sink.Images[p.Number].Width, sink.Images[p.Number].Height)));
    }

    [Fact]
    public void Extract_TextLayerPdfWithSink_NoImages()
    {
        using var pipeline = new ExtractionPipeline(new ExtractionOptions(), new PipelineEngines(null, null, null));
        var sink = new CollectingSink();

        var result = pipeline.Extract(Write("memo.pdf", TestPdfs.WithLines("บันทึกข้อความ ส่วนราชการ สำนักปลัด")), sink);

        Assert.Equal("text-layer", Assert.Single(result.Pages).Method);
        Assert.Empty(sink.Images);
    }

    [Fact]
    public void PngSink_WritesDecodablePngAtomicallyAndReplaces()
    {
        var sink = new PngPageImageSink(Path.Combine(_directory, "pages"));
        var page = new GrayImage(40, 30);
        page[5, 7] = 0;

        sink.Accept(2, new GrayImage(10, 10));
        sink.Accept(2, page);

        var decoded = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Path.Combine(_directory, "pages", "2.png")), 0);
        Assert.Equal((40, 30, 0, 255), (decoded.Width, decoded.Height, (int)decoded[5, 7], (int)decoded[6, 7]));
        Assert.Equal(["2.png"], Directory.GetFiles(Path.Combine(_directory, "pages")).Select(Path.GetFileName));
        Assert.Equal([2], sink.Written.Select(w => w.PageNumber));
    }

    /// <summary>
    /// The real stages on a rendered sample scan: the saved image is the one the boxes are measured on, so its size is
    /// the page size in the result and every line box falls on ink, with far more ink inside the boxes than outside.
    /// </summary>
    [Fact]
    public void Extract_SampleScanWithRealEngines_SavedImageMatchesResultAndLineBoxesCoverInk()
    {
        var options = new ExtractionOptions { Workers = 1 };
        using var pipeline = new ExtractionPipeline(options, DefaultEngines.Create(options));
        var sink = new PngPageImageSink(Path.Combine(_directory, "pages"));
        string sample = Path.Combine(RepoRoot(), "sample-docs", "memo-kampang-invite-2564.png");

        var clock = Stopwatch.StartNew();
        var result = pipeline.Extract(sample, sink);
        output.WriteLine($"extract + png: {clock.ElapsedMilliseconds} ms");

        var page = Assert.Single(result.Pages);
        var (number, path) = Assert.Single(sink.Written);
        var saved = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(path), 0);
        var original = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(sample), 0);
        output.WriteLine($"page {number}: result {page.Width}x{page.Height}, skew {page.SkewDegrees:F2}°, png {new FileInfo(path).Length} bytes, source {original.Width}x{original.Height} {new FileInfo(sample).Length} bytes");
        Assert.Equal((page.Width, page.Height), (saved.Width, saved.Height));

        var lines = page.Lines!;
        Assert.True(lines.Count >= 10, $"{lines.Count} lines");
        var inLines = new bool[saved.Width * saved.Height];
        foreach (var line in lines)
        {
            var box = line.Box!;
            int dark = 0;
            for (int y = box[1]; y < box[1] + box[3]; y++)
                for (int x = box[0]; x < box[0] + box[2]; x++)
                {
                    inLines[y * saved.Width + x] = true;
                    if (saved[x, y] < 128) dark++;
                }
            Assert.True(dark > 0, $"no ink under line '{line.Text}' at [{string.Join(",", box)}]");
        }
        double inside = DarkShare(saved, inLines, want: true), outside = DarkShare(saved, inLines, want: false);
        output.WriteLine($"dark pixel share inside line boxes {inside:P1}, outside {outside:P2}");
        Assert.True(inside > 10 * outside, $"inside {inside:P1} vs outside {outside:P2}");
    }

    private static double DarkShare(GrayImage image, bool[] mask, bool want)
    {
        long dark = 0, all = 0;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != want) continue;
            all++;
            if (image.Pixels[i] < 128) dark++;
        }
        return all == 0 ? 0 : (double)dark / all;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
