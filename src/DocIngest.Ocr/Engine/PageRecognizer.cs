using DocIngest.Core.Numerics;
using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Timing;

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
    private readonly ITextRecognizer? _latinFreeRecognizer;
    private readonly IPagePreprocessor _preprocessor;
    private readonly TableGridDetector _detector;
    private readonly RecognizedLineCleaner _cleaner;
    private readonly CellOcrOptions? _cellOptions;
    private readonly TextBlockBuilder _blocks;
    private readonly IReadOnlyList<ILinePass> _linePasses;
    private readonly PagePassSwitches _switches;
    private readonly NoiseLineOptions _noiseLines;
    private readonly PageSpeckOptions _pageSpecks;
    private readonly ItemNumberRereader? _itemNumbers;

    /// <param name="recognizer">The OCR engine; this page recognizer takes ownership of it.</param>
    /// <param name="preprocessor">Deskew, clean-up and binarisation.</param>
    /// <param name="detector">Finds ruled tables on the binarised page.</param>
    /// <param name="correctors">Post-OCR fixes applied, in order, to every recognised line.</param>
    /// <param name="cellOptions">How table cells are read; defaults when null.</param>
    /// <param name="blockOptions">How text lines are grouped into blocks; defaults when null.</param>
    /// <param name="linePasses">The passes over the page's lines before cleaning, in order; <see cref="LinePasses.Stock"/> (without page numbers) when null.</param>
    /// <param name="latinFreeRecognizer">
    /// The engine that reads Thai lines again with Latin letters excluded (<see cref="LatinMisreadRereader"/>); this page
    /// recognizer takes ownership of it. With Latin excluded an English model can offer only digits and punctuation,
    /// which the Thai model has too, so an engine without it reads such a line at about half the cost of the page's
    /// tha+eng engine. Null: <paramref name="recognizer"/> does those reads as well.
    /// </param>
    /// <param name="switches">The page passes switched off (also handed to the preprocessor by the composition root); all on when null.</param>
    /// <param name="noiseLines">The thresholds of the noise-lines pass; the defaults when null.</param>
    /// <param name="pageSpecks">The size of the page-specks pass; the defaults when null.</param>
    /// <param name="itemNumbers">Puts back list item numbers OCR damaged, after the correctors; that pass is left out when null.</param>
    public PageRecognizer(
        ITextRecognizer recognizer,
        IPagePreprocessor preprocessor,
        TableGridDetector detector,
        IEnumerable<IRecognizedLineCorrector> correctors,
        CellOcrOptions? cellOptions = null,
        TextBlockOptions? blockOptions = null,
        ITextRecognizer? latinFreeRecognizer = null,
        IReadOnlyList<ILinePass>? linePasses = null,
        PagePassSwitches? switches = null,
        NoiseLineOptions? noiseLines = null,
        PageSpeckOptions? pageSpecks = null,
        ItemNumberRereader? itemNumbers = null)
    {
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _latinFreeRecognizer = latinFreeRecognizer;
        _preprocessor = preprocessor ?? throw new ArgumentNullException(nameof(preprocessor));
        _detector = detector ?? throw new ArgumentNullException(nameof(detector));
        _cleaner = new RecognizedLineCleaner(correctors ?? throw new ArgumentNullException(nameof(correctors)));
        _cellOptions = cellOptions;
        _blocks = new TextBlockBuilder(blockOptions);
        _linePasses = linePasses ?? LinePasses.Stock();
        _switches = switches ?? PagePassSwitches.AllOn;
        _noiseLines = noiseLines ?? new NoiseLineOptions();
        _pageSpecks = pageSpecks ?? new PageSpeckOptions();
        _itemNumbers = itemNumbers;
    }

    public PageContent Recognize(GrayImage page, int pageNumber) => RecognizeWithImage(page, pageNumber).Content;

    /// <summary>
    /// The image handed back is the preprocessed gray page (background evened, borders cleaned, deskewed): every box
    /// (lines, blocks, tables, cells) is measured on it, not on the input, which differs from it wherever a skew was removed.
    /// </summary>
    public RecognizedPage RecognizeWithImage(GrayImage page, int pageNumber) => RecognizeWithImage(page, pageNumber, StageRecorder.None);

    /// <inheritdoc cref="RecognizeWithImage(GrayImage, int)"/>
    /// <param name="page">The page image.</param>
    /// <param name="pageNumber">Its number in the file.</param>
    /// <param name="stages">Told every stage (<see cref="PageStages"/>, the correctors' names) and every OCR call made in it.</param>
    public RecognizedPage RecognizeWithImage(GrayImage page, int pageNumber, IStageRecorder stages)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(stages);
        // Engine calls are reported to the stage making them; without a recorder the engine is called directly.
        bool timed = !ReferenceEquals(stages, StageRecorder.None);
        using var ocr = timed ? new TimedTextRecognizer(_recognizer, stages) : null;
        ITextRecognizer engine = ocr ?? _recognizer;
        using var latinFreeOcr = timed && _latinFreeRecognizer is not null ? new TimedTextRecognizer(_latinFreeRecognizer, stages) : null;
        ITextRecognizer latinFree = latinFreeOcr ?? _latinFreeRecognizer ?? engine;

        var prepared = _preprocessor.Process(page, stages);
        var gray = prepared.Gray;
        if (prepared.Binary.Width != gray.Width || prepared.Binary.Height != gray.Height)
            throw new InvalidOperationException($"preprocessor returned a {prepared.Binary.Width}x{prepared.Binary.Height} binary page for a {gray.Width}x{gray.Height} gray page");

        var warnings = new List<string>(prepared.Warnings);
        IReadOnlyList<DetectedTable> detected = _switches.IsOn(PageStages.TableGrids)
            ? stages.Changed(PageStages.TableGrids, [], stages.Measure(PageStages.TableGrids, () => _detector.DetectTables(prepared.Binary)))
            : [];
        // Without tables there is nothing to whiten: the pages themselves are read (nothing below writes to them), which
        // spares two page-sized copies on most pages.
        var (masked, maskedBinary) = detected.Count == 0
            ? (gray, prepared.Binary)
            : stages.Measure(PageStages.TableMask, () => (TableMask.WhiteOut(gray, detected), TableMask.WhiteOut(prepared.Binary, detected)));
        var (textLines, noise) = ReadText(masked, maskedBinary, engine, latinFree, stages);
        if (noise > 0) warnings.Add($"{noise} lines dropped as noise (read where the page has too little ink, or low-confidence without words: speckle, scribbles)");
        var blocks = new List<PageBlock>(stages.Measure(PageStages.Blocks, () => _blocks.Build(textLines, gray.Dpi)));
        var confidenceLines = new List<TextLine>(textLines);

        var cells = new CellRecognizer(engine, _cleaner, _cellOptions, _switches, latinFree);
        var marks = _switches.IsOn(PageStages.CellMarks) && prepared.Unnormalized is { } raw ? new CellMarks(raw, prepared.AppliedRotation) : null;
        for (int i = 0; i < detected.Count; i++)
        {
            var (table, lines, tableWarnings) = ReadTable(cells, gray, prepared.Binary, detected[i], tableNumber: i + 1, marks, stages);
            blocks.Add(new TableBlock(table));
            confidenceLines.AddRange(lines);
            warnings.AddRange(tableWarnings);
        }

        var content = new PageContent(pageNumber, PageMethod.Ocr, stages.Measure(PageStages.Blocks, () => InReadingOrder(blocks, textLines)))
        {
            Width = gray.Width,
            Height = gray.Height,
            SkewDegrees = prepared.SkewDegrees,
            MeanConfidence = LengthWeightedConfidence(confidenceLines),
            Warnings = warnings,
        };
        return new RecognizedPage(content, gray);
    }

    public void Dispose()
    {
        _recognizer.Dispose();
        _latinFreeRecognizer?.Dispose();
    }

    private (List<TextLine> Lines, int Noise) ReadText(GrayImage masked, GrayImage binary, ITextRecognizer engine, ITextRecognizer latinFree, IStageRecorder stages)
    {
        (var ink, masked) = InkAndSpecklessPage(masked, binary, stages);
        var read = stages.Measure(PageStages.PageOcr, () => engine.Recognize(masked, null, SegmentationMode.Auto));
        if (_switches.IsOn(PageStages.DetachedMarks)) read = stages.Changed(PageStages.DetachedMarks, read, stages.Measure(PageStages.DetachedMarks, () => DetachedMarkFilter.Remove(read)));
        var page = new LinePassContext(masked, ink, engine, latinFree);
        foreach (var pass in _linePasses) read = stages.Changed(pass.Name, read, stages.Measure(pass.Name, () => pass.Apply(read, page)));
        // After the line passes, so that a jumble any of them read on top of a line goes too.
        if (_switches.IsOn(PageStages.OverlappingLines))
            read = stages.Changed(PageStages.OverlappingLines, read, stages.Measure(PageStages.OverlappingLines, () => OverlappingLineFilter.Remove(read, _noiseLines)));
        IReadOnlyList<RecognizedLine> clean = read.Select(raw => _cleaner.Clean(masked, raw, stages)).Where(line => line.Text.Length > 0).ToList();
        // After the correctors: the items they put right are the neighbours a damaged item number is judged by.
        if (_itemNumbers is not null)
            clean = stages.Changed(PageStages.ItemNumbers, clean, stages.Measure(PageStages.ItemNumbers, () => _itemNumbers.Apply(clean, masked)));
        int noise = 0;
        var cleaned = new List<TextLine>(clean.Count);
        foreach (var line in clean)
        {
            // Lines read where the cleaned page has too little ink, or weak without words: speckle, scribbles, blank grain.
            if (_switches.IsOn(PageStages.NoiseLines) && (NoiseLineFilter.IsNoise(line.Text, line.Confidence, _noiseLines) || NoiseLineFilter.LacksInk(line.Text, ink.Under(line.Box), _noiseLines))) noise++;
            else cleaned.Add(new TextLine(line.Text, line.Box, line.Confidence));
        }
        if (noise > 0) stages.RecordChange(PageStages.NoiseLines);
        return (cleaned, noise);
    }

    /// <summary>
    /// The binary page's ink, labelled once, and the page the engine reads: with the page-specks pass on, a copy with
    /// the labelled specks whitened (the page itself is what the cells and the review UI read).
    /// </summary>
    private (PageInk Ink, GrayImage Page) InkAndSpecklessPage(GrayImage masked, GrayImage binary, IStageRecorder stages)
    {
        int[]? labels = null;
        var ink = stages.Measure(PageStages.NoiseLines, () => PageInk.Of(binary, out labels));
        if (!_switches.IsOn(PageStages.PageSpecks)) return (ink, masked);
        int side = (int)Math.Round(_pageSpecks.SideInches * masked.Dpi);
        var speckless = stages.Measure(PageStages.PageSpecks, () => InkSpecks.Whitened(masked, labels!, ink.Components, side));
        if (!ReferenceEquals(speckless, masked) && !speckless.Pixels.AsSpan().SequenceEqual(masked.Pixels)) stages.RecordChange(PageStages.PageSpecks);
        return (ink, speckless);
    }

    private static (Table Table, List<TextLine> Lines, List<string> Warnings) ReadTable(CellRecognizer cells, GrayImage gray, GrayImage binary, DetectedTable detected, int tableNumber,
        CellMarks? marks, IStageRecorder stages)
    {
        var tableCells = new List<TableCell>();
        var lines = new List<TextLine>();
        int unreadable = 0;
        var readings = cells.ReadTable(gray, binary, detected.Cells, stages);
        var fills = marks is null ? null : stages.Measure(PageStages.CellMarks, () => marks.Fills(detected.Cells.Select(c => c.Box).ToList()));
        for (int i = 0; i < readings.Count; i++)
        {
            var (cell, reading) = (detected.Cells[i], readings[i]);
            if (reading.IsUnreadable) unreadable++;
            lines.AddRange(reading.Lines);
            bool marked = fills is not null && reading.Lines.Count == 0 && stages.Changed(PageStages.CellMarks, false, fills[i] is not null);
            tableCells.Add(new TableCell(cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan,
                reading.Lines.Select(l => l.Text).ToList(), cell.Box, reading.Confidence) { Marked = marked, MarkedAcross = marked ? fills![i] : null });
        }

        var warnings = new List<string>();
        if (unreadable > 0) warnings.Add($"table {tableNumber}: {unreadable} cells unreadable");
        if (detected.OpenTop) warnings.Add($"table {tableNumber}: no top rule, rows continue from the previous page");
        if (detected.OpenBottom) warnings.Add($"table {tableNumber}: no bottom rule, rows continue on the next page");
        return (new Table(detected.RowCount, detected.ColumnCount, tableCells, detected.Box), lines, warnings);
    }

    /// <summary>Top to bottom, side-by-side blocks left to right (<see cref="ReadingOrder"/>); tables fall between the text blocks around them.</summary>
    private static List<PageBlock> InReadingOrder(List<PageBlock> blocks, List<TextLine> textLines)
    {
        double tolerance = OrderStatistics.UpperMedian(textLines.Where(l => l.Box is not null).Select(l => l.Box!.Value.Height)) / 2.0;
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
