using System.Collections.Concurrent;
using System.Security.Cryptography;
using DocIngest.Core.Extraction;
using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline;

namespace DocIngest.Web.Tests.TestSupport;

/// <summary>
/// Test double for the OCR pipeline, so these tests exercise intake, queue, workers and store alone: a file's lines
/// "title|unit" become measures; a file starting with "BAD" is bad input; "SLOW" makes a multi-page job take a while;
/// "HANG" never finishes until cancelled (stopping the host then leaves the job Running, as a file that kills the process);
/// "LONG" is one page that takes 8 s with no progress report meanwhile (longer than the shortest lease); "LATEBAD" is
/// bad input found after 4 s.
/// Counts how often each content is extracted. With a page-image sink, page n is a (200 + n) x 100 white image with one
/// black line box, the size the result reports for it.
/// </summary>
public sealed class TextExtractor : IExtractor
{
    public ConcurrentDictionary<string, int> Calls { get; } = new();

    /// <summary>How many "HANG" extractions ended because their token was cancelled.</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    private int _cancelled;

    /// <summary>The box of the one line on every page image.</summary>
    public static readonly int[] LineBox = [20, 30, 120, 25];

    public ExtractionResult Extract(string path, IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ExtractCore(path, pageImages: null, progress, cancellationToken);

    public ExtractionResult Extract(string path, IPageImageSink pageImages, IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ExtractCore(path, pageImages, progress, cancellationToken);

    private static GrayImage PageImage(int number)
    {
        var image = new GrayImage(200 + number, 100);
        for (int y = LineBox[1]; y < LineBox[1] + LineBox[3]; y++) image.RowSpan(y).Slice(LineBox[0], LineBox[2]).Fill(0);
        return image;
    }

    private ExtractionResult ExtractCore(string path, IPageImageSink? pageImages, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        var bytes = File.ReadAllBytes(path);
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Calls.AddOrUpdate(sha, 1, (_, n) => n + 1);
        string text = System.Text.Encoding.UTF8.GetString(bytes);
        if (text.StartsWith("HANG", StringComparison.Ordinal))
        {
            cancellationToken.WaitHandle.WaitOne();
            Interlocked.Increment(ref _cancelled);
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (text.StartsWith("LONG", StringComparison.Ordinal) && cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(8)))
            cancellationToken.ThrowIfCancellationRequested();
        if (text.StartsWith("LATEBAD", StringComparison.Ordinal))
        {
            // Bad input found only after a while (a test changes the disk meanwhile).
            if (cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(4))) cancellationToken.ThrowIfCancellationRequested();
            throw new BadInputException($"{Path.GetFileName(path)} is not a supported document (found late)");
        }
        if (text.StartsWith("BAD", StringComparison.Ordinal)) throw new BadInputException($"{Path.GetFileName(path)} is not a supported document (looks like plain text)");
        int pages = text.StartsWith("SLOW", StringComparison.Ordinal) ? 5 : 1;
        for (int p = 1; p <= pages; p++)
        {
            if (pages > 1) Thread.Sleep(400);
            cancellationToken.ThrowIfCancellationRequested();
            pageImages?.Accept(p, PageImage(p));
            progress?.Report(new PageProgress(p, pages));
        }
        var measures = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains('|')).Select((l, i) => new Measure { Number = i + 1, Title = l.Split('|')[0], Responsible = [l.Split('|')[1]], Page = 1 })
            .ToList();
        return new ExtractionResult
        {
            Source = new SourceInfo(Path.GetFileName(path), sha, "text/plain", pages),
            Pages = Enumerable.Range(1, pages).Select(n => new PageResult
            {
                Number = n, Method = "ocr", Text = text, MeanConfidence = 0.95, Width = 200 + n, Height = 100,
                Lines = [new LineResult(text, LineBox, 0.95)],
            }).ToList(),
            Documents = [new Document { Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = pages, Organization = "องค์การบริหารส่วนตำบลทดสอบ", FiscalYear = 2566, Measures = measures }],
        };
    }
}
