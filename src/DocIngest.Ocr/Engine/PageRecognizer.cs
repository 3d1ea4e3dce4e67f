using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// Runs the OCR stages for one page image in order: preprocess -> find ruled tables on the binary page ->
/// read the running text with the tables whitened out (one pass, automatic segmentation; Thai lines with stray Latin
/// letters read again as single lines; ink no line covers read line by line) -> read every table cell
/// on its own -> correctors, leader removal and Thai normalisation on every line -> blocks in reading order.
/// Owns the recognizer (disposes it). Not thread-safe: one per worker thread.
/// </summary>
public sealed class PageRecognizer : IPageRecognizer
{
    private readonly ITextRecognizer _recognizer;
    private readonly IPagePreprocessor _preprocessor;
    private readonly TableGridDetector _detector;
    private readonly RecognizedLineCleaner _cleaner;
    private readonly CellRecognizer _cells;
    private readonly TextBlockBuilder _blocks;

    /// <param name="recognizer">The OCR engine; this page recognizer takes ownership of it.</param>
    /// <param name="preprocessor">Deskew, clean-up and binarisation.</param>
    /// <param name="detector">Finds ruled tables on the binarised page.</param>
    /// <param name="correctors">Post-OCR fixes applied, in order, to every recognised line.</param>
    /// <param name="cellOptions">How table cells are read; defaults when null.</param>
    /// <param name="blockOptions">How text lines are grouped into blocks; defaults when null.</param>
    public PageRecognizer(
        ITextRecognizer recognizer,
        IPagePreprocessor preprocessor,
        TableGridDetector detector,
        IEnumerable<IRecognizedLineCorrector> correctors,
        CellOcrOptions? cellOptions = null,
        TextBlockOptions? blockOptions = null)
    {
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _preprocessor = preprocessor ?? throw new ArgumentNullException(nameof(preprocessor));
        _detector = detector ?? throw new ArgumentNullException(nameof(detector));
        _cleaner = new RecognizedLineCleaner(correctors ?? throw new ArgumentNullException(nameof(correctors)));
        _cells = new CellRecognizer(recognizer, _cleaner, cellOptions);
        _blocks = new TextBlockBuilder(blockOptions);
    }

    public PageContent Recognize(GrayImage page, int pageNumber) => RecognizeWithImage(page, pageNumber).Content;

    /// <summary>
    /// The image handed back is the preprocessed gray page (background evened, borders cleaned, deskewed): every box
    /// (lines, blocks, tables, cells) is measured on it, not on the input, which differs from it wherever a skew was removed.
    /// </summary>
    public RecognizedPage RecognizeWithImage(GrayImage page, int pageNumber)
    {
        ArgumentNullException.ThrowIfNull(page);
        var prepared = _preprocessor.Process(page);
        var gray = prepared.Gray;
        if (prepared.Binary.Width != gray.Width || prepared.Binary.Height != gray.Height)
            throw new InvalidOperationException($"preprocessor returned a {prepared.Binary.Width}x{prepared.Binary.Height} binary page for a {gray.Width}x{gray.Height} gray page");

        var warnings = new List<string>(prepared.Warnings);
        var detected = _detector.Detect(prepared.Binary);
        var (textLines, noise) = ReadText(TableMask.WhiteOut(gray, detected), TableMask.WhiteOut(prepared.Binary, detected));
        if (noise > 0) warnings.Add($"{noise} low-confidence lines without words dropped as noise (speckle, scribbles)");
        var blocks = new List<PageBlock>(_blocks.Build(textLines, gray.Dpi));
        var confidenceLines = new List<TextLine>(textLines);

        for (int i = 0; i < detected.Count; i++)
        {
            var (table, lines, tableWarnings) = ReadTable(gray, prepared.Binary, detected[i], tableNumber: i + 1);
            blocks.Add(new TableBlock(table));
            confidenceLines.AddRange(lines);
            warnings.AddRange(tableWarnings);
        }

        var content = new PageContent(pageNumber, PageMethod.Ocr, InReadingOrder(blocks, textLines))
        {
            Width = gray.Width,
            Height = gray.Height,
            SkewDegrees = prepared.SkewDegrees,
            MeanConfidence = LengthWeightedConfidence(confidenceLines),
            Warnings = warnings,
        };
        return new RecognizedPage(content, gray);
    }

    public void Dispose() => _recognizer.Dispose();

    private (List<TextLine> Lines, int Noise) ReadText(GrayImage masked, GrayImage binary)
    {
        var lines = new List<TextLine>();
        int noise = 0;
        var read = DetachedMarkFilter.Remove(_recognizer.Recognize(masked, null, SegmentationMode.Auto));
        read = LatinMisreadRereader.Apply(read, masked, _recognizer);
        foreach (var raw in MissedLineReader.Apply(read, masked, binary, _recognizer))
        {
            var line = _cleaner.Clean(masked, raw);
            if (line.Text.Length == 0) continue;
            if (NoiseLineFilter.IsNoise(line.Text, line.Confidence)) noise++;
            else lines.Add(new TextLine(line.Text, line.Box, line.Confidence));
        }
        return (lines, noise);
    }

    private (Table Table, List<TextLine> Lines, List<string> Warnings) ReadTable(GrayImage gray, GrayImage binary, DetectedTable detected, int tableNumber)
    {
        var cells = new List<TableCell>();
        var lines = new List<TextLine>();
        int unreadable = 0;
        foreach (var cell in detected.Cells)
        {
            var reading = _cells.Read(gray, binary, cell);
            if (reading.IsUnreadable) unreadable++;
            lines.AddRange(reading.Lines);
            cells.Add(new TableCell(cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan,
                reading.Lines.Select(l => l.Text).ToList(), cell.Box, reading.Confidence));
        }

        var warnings = new List<string>();
        if (unreadable > 0) warnings.Add($"table {tableNumber}: {unreadable} cells unreadable");
        if (detected.OpenTop) warnings.Add($"table {tableNumber}: no top rule, rows continue from the previous page");
        if (detected.OpenBottom) warnings.Add($"table {tableNumber}: no bottom rule, rows continue on the next page");
        return (new Table(detected.RowCount, detected.ColumnCount, cells, detected.Box), lines, warnings);
    }

    /// <summary>Top to bottom, side-by-side blocks left to right (<see cref="ReadingOrder"/>); tables fall between the text blocks around them.</summary>
    private static List<PageBlock> InReadingOrder(List<PageBlock> blocks, List<TextLine> textLines)
    {
        var heights = textLines.Where(l => l.Box is not null).Select(l => l.Box!.Value.Height).Order().ToList();
        double tolerance = heights.Count == 0 ? 0 : heights[heights.Count / 2] / 2.0;
        return ReadingOrder.Sort(blocks, b => b switch
        {
            TextBlock { Box: { } box } => box,
            TableBlock { Table.Box: { } box } => box,
            _ => null,
        }, tolerance);
    }

    private static double? LengthWeightedConfidence(IReadOnlyList<TextLine> lines)
    {
        long length = lines.Sum(l => (long)l.Text.Length);
        return length == 0 ? null : lines.Sum(l => l.Confidence * l.Text.Length) / length;
    }
}
