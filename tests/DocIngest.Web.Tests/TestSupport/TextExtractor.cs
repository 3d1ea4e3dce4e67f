using System.Collections.Concurrent;
using System.Globalization;
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
/// black line box, the size the result reports for it. "ITA|year|score|grade" and "IND|number|score" lines are an ITA
/// result and indicators of the year. A file starting with "BOXED" is a two-page table (five rows a page, 600 x 400
/// pages) whose title and unit cells are lines of their own, the unit cell a little lower than the title.
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

    /// <summary>Size of a BOXED file's pages and the rows on each.</summary>
    public const int BoxedWidth = 600, BoxedHeight = 400, BoxedRowsPerPage = 5;

    /// <summary>The title and unit cell boxes of the i-th measure of a BOXED file (on page 1 + i / 5).</summary>
    public static (int[] Title, int[] Unit) BoxedCells(int i)
    {
        int y = 20 + 60 * (i % BoxedRowsPerPage);
        return ([20, y, 300, 24], [360, y + 6, 150, 24]);
    }

    private static GrayImage BoxedImage(IEnumerable<int[]> boxes)
    {
        var image = new GrayImage(BoxedWidth, BoxedHeight);
        for (int y = 0; y < BoxedHeight; y++) image.RowSpan(y).Fill(255);
        foreach (var b in boxes)
            for (int y = b[1]; y < b[1] + b[3]; y++) image.RowSpan(y).Slice(b[0], b[2]).Fill(0);
        return image;
    }

    private static ExtractionResult Boxed(string path, string sha, string text, IPageImageSink? pageImages, IProgress<PageProgress>? progress)
    {
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Contains('|'))
            .Select(l => l.Split('|')).ToList();
        int pages = (rows.Count + BoxedRowsPerPage - 1) / BoxedRowsPerPage;
        var results = new List<PageResult>();
        for (int p = 1; p <= pages; p++)
        {
            var lines = new List<LineResult>();
            for (int i = (p - 1) * BoxedRowsPerPage; i < Math.Min(rows.Count, p * BoxedRowsPerPage); i++)
            {
                var (title, unit) = BoxedCells(i);
                lines.Add(new LineResult(rows[i][0], title, 0.95));
                lines.Add(new LineResult(rows[i][1], unit, 0.95));
            }
            pageImages?.Accept(p, BoxedImage(lines.Select(l => l.Box!)));
            progress?.Report(new PageProgress(p, pages));
            results.Add(new PageResult
            {
                Number = p, Method = "ocr", Text = string.Join('\n', lines.Select(l => l.Text)), MeanConfidence = 0.95,
                Width = BoxedWidth, Height = BoxedHeight, Lines = lines,
            });
        }
        var measures = rows.Select((r, i) => new Measure { Number = i + 1, Title = r[0], Responsible = [r[1]], Page = 1 + i / BoxedRowsPerPage }).ToList();
        return new ExtractionResult
        {
            Source = new SourceInfo(Path.GetFileName(path), sha, "text/plain", pages),
            Pages = results,
            Documents = [new Document { Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = pages, Organization = "องค์การบริหารส่วนตำบลทดสอบ", FiscalYear = 2566, Measures = measures }],
        };
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
        if (text.StartsWith("BOXED", StringComparison.Ordinal)) return Boxed(path, sha, text, pageImages, progress);
        if (text.StartsWith("BAD", StringComparison.Ordinal)) throw new BadInputException($"{Path.GetFileName(path)} is not a supported document (looks like plain text)");
        int pages = text.StartsWith("SLOW", StringComparison.Ordinal) ? 5 : 1;
        for (int p = 1; p <= pages; p++)
        {
            if (pages > 1) Thread.Sleep(400);
            cancellationToken.ThrowIfCancellationRequested();
            pageImages?.Accept(p, PageImage(p));
            progress?.Report(new PageProgress(p, pages));
        }
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        static bool Ita(string l) => l.StartsWith("ITA|", StringComparison.Ordinal) || l.StartsWith("IND|", StringComparison.Ordinal);
        var measures = lines.Where(l => l.Contains('|') && !Ita(l))
            .Select((l, i) => new Measure { Number = i + 1, Title = l.Split('|')[0], Responsible = [l.Split('|')[1]], Page = 1 })
            .ToList();
        var ita = lines.Where(l => l.StartsWith("ITA|", StringComparison.Ordinal)).Select(l => l.Split('|'))
            .Select(f => new ItaResult(int.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture), f[3])).ToList();
        var indicators = lines.Where(l => l.StartsWith("IND|", StringComparison.Ordinal)).Select(l => l.Split('|'))
            .Select(f => new Indicator(int.Parse(f[1], CultureInfo.InvariantCulture), null, double.Parse(f[2], CultureInfo.InvariantCulture), ita.FirstOrDefault()?.FiscalYear)).ToList();
        return new ExtractionResult
        {
            Source = new SourceInfo(Path.GetFileName(path), sha, "text/plain", pages),
            Pages = Enumerable.Range(1, pages).Select(n => new PageResult
            {
                Number = n, Method = "ocr", Text = text, MeanConfidence = 0.95, Width = 200 + n, Height = 100,
                Lines = [new LineResult(text, LineBox, 0.95)],
            }).ToList(),
            Documents = [ita.Count > 0
                ? new Document { Kind = DocumentKind.ItaAnalysis, PageStart = 1, PageEnd = pages, Organization = "องค์การบริหารส่วนตำบลทดสอบ", FiscalYear = ita[0].FiscalYear, ItaResults = ita, Indicators = indicators }
                : new Document { Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = pages, Organization = "องค์การบริหารส่วนตำบลทดสอบ", FiscalYear = 2566, Measures = measures }],
        };
    }
}
