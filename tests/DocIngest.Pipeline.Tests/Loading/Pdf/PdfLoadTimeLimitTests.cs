using System.Diagnostics;
using DocIngest.Core.Content;
using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

/// <summary>Reading a PDF page's text layer is bounded too: one page that never ends must not stop the file.</summary>
public sealed class PdfLoadTimeLimitTests
{
    [Fact]
    public void Load_TextLayerPageStalls_RecordedNotReadAndTheRestRead()
    {
        var pdf = Join(TestPdfs.WithLines("บันทึกข้อความ หน้าที่หนึ่ง ส่วนราชการ สำนักปลัด"),
            TestPdfs.WithLines("บันทึกข้อความ หน้าที่สอง ส่วนราชการ กองคลัง"),
            TestPdfs.WithLines("บันทึกข้อความ หน้าที่สาม ส่วนราชการ กองช่าง"));
        using var release = new ManualResetEventSlim();
        var loader = new PdfLoader(new PdfPageRasterizer(), new ExtractionOptions { PageTimeLimit = TimeSpan.FromSeconds(2) })
        {
            BeforePage = number => { if (number == 2) release.Wait(TimeSpan.FromSeconds(60)); },
        };

        var clock = Stopwatch.StartNew();
        var loaded = loader.Load(new SourceFile("/nonexistent/three.pdf", pdf), CancellationToken.None);
        clock.Stop();
        release.Set();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the stalled page held the file for {clock.Elapsed}");
        var pages = loaded.Pages.Cast<ContentSourcePage>().Select(p => p.Content).ToList();
        Assert.Equal([1, 2, 3], pages.Select(p => p.Number));
        Assert.Contains("หน้าที่หนึ่ง", pages[0].Text);
        Assert.Contains("หน้าที่สาม", pages[2].Text);
        Assert.Equal("", pages[1].Text);
        Assert.StartsWith("not read: over the page time limit", Assert.Single(pages[1].Warnings));
    }

    /// <summary>One PDF of the given single-page PDFs, joined by poppler's pdfunite.</summary>
    private static byte[] Join(params byte[][] parts)
    {
        var paths = parts.Select(p => TestPdfs.WriteTemp(p)).ToList();
        string joined = TestPdfs.WriteTemp([]);
        try
        {
            var start = new ProcessStartInfo("pdfunite") { RedirectStandardError = true };
            foreach (var p in paths.Append(joined)) start.ArgumentList.Add(p);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return File.ReadAllBytes(joined);
        }
        finally
        {
            foreach (var p in paths.Append(joined)) File.Delete(p);
        }
    }
}
