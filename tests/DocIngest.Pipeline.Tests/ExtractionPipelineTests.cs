using System.Security.Cryptography;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Pipeline;
using DocIngest.Pipeline.Sniffing;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Pipeline.Tests;

public class ExtractionPipelineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docingest-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] data)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    private static ExtractionPipeline Create(IDocumentReader? reader = null, int frames = 1, int workers = 2) =>
        new(new ExtractionOptions { Workers = workers },
            new PipelineEngines(new PngHeaderDecoder { FrameCount = frames }, () => new FakePageRecognizer(), reader));

    [Fact]
    public void Extract_MultiPageImage_RecognisesEveryPageInOrder()
    {
        var data = TestImages.PngHeader(60, 80);
        var path = Write("scan.bin", data);
        var reports = new List<PageProgress>();
        using var pipeline = Create(frames: 4);

        var result = pipeline.Extract(path, new SynchronousProgress(reports.Add));

        Assert.Equal(new SourceInfo("scan.bin", Convert.ToHexStringLower(SHA256.HashData(data)), MediaTypes.Png, 4), result.Source);
        Assert.Equal([1, 2, 3, 4], result.Pages.Select(p => p.Number));
        Assert.All(result.Pages, p => Assert.Equal("ocr", p.Method));
        Assert.Equal("หน้า 3 60x80", result.Pages[2].Text);
        Assert.Equal([10, 20, 300, 40], result.Pages[0].Lines![0].Box!);
        Assert.Equal(4, reports.Count);
        Assert.Equal(new PageProgress(4, 4), reports.MaxBy(r => r.PagesDone));
    }

    [Fact]
    public void Extract_WithoutReader_ReturnsOneOtherDocumentOverAllPages()
    {
        using var pipeline = Create(frames: 3);

        var result = pipeline.Extract(Write("a.png", TestImages.PngHeader(10, 10)));

        var document = Assert.Single(result.Documents);
        Assert.Equal((DocumentKind.Other, 1, 3), (document.Kind, document.PageStart, document.PageEnd));
    }

    [Fact]
    public void Extract_WithReader_PassesPagesAndReturnsItsDocuments()
    {
        var reader = new RecordingReader(pages => [new Document { Kind = DocumentKind.Memo, PageStart = 1, PageEnd = pages.Count, Title = pages[0].Text }]);
        using var pipeline = Create(reader);

        var result = pipeline.Extract(Write("memo.pdf", TestPdfs.WithLines("บันทึกข้อความ ส่วนราชการ สำนักปลัด")));

        var document = Assert.Single(result.Documents);
        Assert.Equal(DocumentKind.Memo, document.Kind);
        Assert.Equal("บันทึกข้อความ ส่วนราชการ สำนักปลัด", document.Title);
        Assert.Equal("text-layer", Assert.Single(result.Pages).Method);
        Assert.Equal(1.0, result.Pages[0].MeanConfidence);
    }

    [Fact]
    public void Extract_ReaderThrows_KeepsPagesAndWarns()
    {
        using var pipeline = Create(new RecordingReader(_ => throw new FormatException("unexpected header")));

        var result = pipeline.Extract(Write("a.png", TestImages.PngHeader(10, 10)));

        Assert.Equal(DocumentKind.Other, Assert.Single(result.Documents).Kind);
        Assert.Contains(result.Warnings, w => w.Contains("unexpected header"));
        Assert.Single(result.Pages);
    }

    [Fact]
    public void Extract_ManyPages_CreatesAtMostOneRecognizerPerWorker()
    {
        int created = 0;
        using var pipeline = new ExtractionPipeline(new ExtractionOptions { Workers = 2 },
            new PipelineEngines(new PngHeaderDecoder { FrameCount = 12 }, () => { Interlocked.Increment(ref created); return new FakePageRecognizer(); }, null));

        pipeline.Extract(Write("a.tif", TestImages.PngHeader(10, 10)));
        pipeline.Extract(Write("b.tif", TestImages.PngHeader(10, 10)));

        Assert.InRange(created, 1, 2);
    }

    [Fact]
    public void Extract_MissingFile_ThrowsBadInput()
    {
        using var pipeline = Create();

        var error = Assert.Throws<BadInputException>(() => pipeline.Extract(Path.Combine(_directory, "missing.pdf")));

        Assert.Equal("file not found", error.Message);
    }

    [Fact]
    public void Extract_ImagePageWithoutRecognizer_ThrowsConfigurationError()
    {
        using var pipeline = new ExtractionPipeline(new ExtractionOptions(), new PipelineEngines(new PngHeaderDecoder(), null, null));

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Extract(Write("a.png", TestImages.PngHeader(10, 10))));

        Assert.Contains("no OCR engine", error.Message);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => new ExtractionPipeline(new ExtractionOptions { Workers = 0 }, new PipelineEngines(null, null, null)));

    private sealed class RecordingReader(Func<IReadOnlyList<PageContent>, IReadOnlyList<Document>> read) : IDocumentReader
    {
        public IReadOnlyList<Document> Read(IReadOnlyList<PageContent> pages) => read(pages);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the reports before Extract returns.</summary>
    private sealed class SynchronousProgress(Action<PageProgress> report) : IProgress<PageProgress>
    {
        private readonly Lock _gate = new();

        public void Report(PageProgress value)
        {
            lock (_gate) report(value);
        }
    }
}
