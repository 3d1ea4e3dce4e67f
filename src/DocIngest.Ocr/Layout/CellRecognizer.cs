using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Reads one table cell on its own: the cell is cropped inside its rules, rule remnants at the crop edges are
/// whitened, a white margin is added, and the crop is recognised alone. Reading cells one by one keeps Tesseract
/// from running text across cell borders (whole-page OCR of ruled tables reads rows across columns).
/// A cell whose ink is one line of letters but whose block reading has more lines is read again as one line
/// (<see cref="OneLineCells"/>). A short cell whose block reading looks wrong is read again with its lines side by side (<see cref="CellLineRereader"/>).
/// Blank cells are skipped by ink density. Not thread-safe (uses one recognizer).
/// </summary>
public sealed class CellRecognizer(ITextRecognizer recognizer, RecognizedLineCleaner cleaner, CellOcrOptions? options = null, PagePassSwitches? switches = null)
{
    private readonly CellOcrOptions _options = options ?? new CellOcrOptions();
    private readonly PagePassSwitches _switches = switches ?? PagePassSwitches.AllOn;

    /// <param name="gray">The preprocessed page that is read.</param>
    /// <param name="binary">Its binarised twin (0 = ink), same size, used to judge ink.</param>
    /// <param name="cell">The cell, with its inner box in page pixels.</param>
    public CellReading Read(GrayImage gray, GrayImage binary, GridCell cell) => Read(gray, binary, cell, StageRecorder.None);

    /// <param name="gray">The preprocessed page that is read.</param>
    /// <param name="binary">Its binarised twin (0 = ink), same size, used to judge ink.</param>
    /// <param name="cell">The cell, with its inner box in page pixels.</param>
    /// <param name="stages">Times the cell's read (<see cref="PageStages.CellOcr"/>), its second read and the correctors.</param>
    public CellReading Read(GrayImage gray, GrayImage binary, GridCell cell, IStageRecorder stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        using var cellStage = stages.Stage(PageStages.CellOcr);
        var inner = TableMask.Clip(cell.InnerBox, gray);
        if (inner.Width == 0 || inner.Height == 0) return CellReading.Empty;
        var cropBinary = binary.Crop(inner);
        int minInkSide = Math.Max(1, (int)Math.Round(_options.MinInkSquareInches * gray.Dpi));
        int ink = cropBinary.Pixels.Count(p => p < InkMask.InkThreshold);
        if (ink < minInkSide * minInkSide || ink < _options.MinInkFraction * inner.Width * inner.Height) return CellReading.Empty;

        var crop = gray.Crop(inner);
        WhitenEdgeRules(crop, cropBinary, Math.Max(1, (int)Math.Round(_options.EdgeBandInches * gray.Dpi)));
        if (_switches.IsOn(PageStages.CellSpecks))
            InkSpecks.Whiten(crop, cropBinary, (int)Math.Round(_options.SpeckInches * gray.Dpi),
                (int)Math.Round(_options.LoneSpeckInches * gray.Dpi), (int)Math.Round(_options.LoneSpeckClearanceInches * gray.Dpi));
        int padding = Math.Max(1, (int)Math.Round(_options.PaddingInches * gray.Dpi));
        var padded = Pad(crop, padding);

        var paddedBinary = Pad(cropBinary, padding);
        var read = recognizer.Recognize(padded, null, _options.Mode);
        if (_switches.IsOn(PageStages.DetachedMarks)) read = DetachedMarkFilter.Remove(read);
        if (_switches.IsOn(PageStages.OneLineCells))
        {
            using (stages.Stage(PageStages.OneLineCells)) read = OneLineCells.Apply(read, padded, paddedBinary, recognizer);
        }
        if (_switches.IsOn(PageStages.CellReread))
        {
            using (stages.Stage(PageStages.CellReread)) read = CellLineRereader.Apply(read, padded, paddedBinary, recognizer, _options.Reread);
        }
        var lines = new List<TextLine>();
        // A cell of one short token stands where a number belongs by its place alone (see ThaiDigitCorrector.CorrectNumberToken).
        var numbers = read.Count == 1 && _switches.IsOn(PageStages.CellNumbers) ? cleaner.Corrector<ThaiDigitCorrector>() : null;
        foreach (var raw in read)
        {
            var line = cleaner.Clean(padded, raw, stages);
            if (numbers is not null)
            {
                using (stages.Stage(PageStages.CellNumbers)) line = numbers.CorrectNumberToken(padded, line);
            }
            if (line.Text.Length == 0) continue;
            var box = new BoundingBox(line.Box.X + inner.X - padding, line.Box.Y + inner.Y - padding, line.Box.Width, line.Box.Height);
            lines.Add(new TextLine(line.Text, box, line.Confidence));
        }
        if (_switches.IsOn(PageStages.NoiseLines) && IsJunk(lines)) return new CellReading([], 0, HasInk: true);
        return new CellReading(lines, lines.Count == 0 ? 0 : lines.Average(l => l.Confidence), HasInk: true);
    }

    /// <summary>
    /// Whether a cell's reading is the paper's grain read as text: weak on average and its letters mostly not words. A
    /// cell without letters (numbers, dashes) is never junk here: a weakly read amount is still an amount.
    /// </summary>
    internal bool IsJunk(IReadOnlyList<TextLine> lines)
    {
        if (lines.Count == 0 || lines.Average(l => l.Confidence) >= _options.JunkCellMaxConfidence) return false;
        var text = string.Join(" ", lines.Select(l => l.Text));
        if (text.Count(char.IsLetter) < 3) return false;
        return NoiseLineFilter.WordShare(text, ThaiWordSegmenter.Default) <= _options.JunkCellMaxWordShare;
    }

    /// <summary>
    /// Rows/columns near the crop edge that are mostly ink are pieces of a rule, not text: whiten them, in the crop and
    /// in its binary twin (which later tells lost marks from rule pieces). Both are judged on the binary as given.
    /// </summary>
    private static void WhitenEdgeRules(GrayImage crop, GrayImage binary, int band)
    {
        const double RuleFill = 0.5;
        int w = crop.Width, h = crop.Height;
        var rows = new List<int>();
        var columns = new List<int>();
        for (int y = 0; y < h; y++)
        {
            if (y >= band && y < h - band) continue;
            int ink = 0;
            foreach (byte p in binary.RowSpan(y)) if (p < InkMask.InkThreshold) ink++;
            if (ink > RuleFill * w) rows.Add(y);
        }
        for (int x = 0; x < w; x++)
        {
            if (x >= band && x < w - band) continue;
            int ink = 0;
            for (int y = 0; y < h; y++) if (binary[x, y] < InkMask.InkThreshold) ink++;
            if (ink > RuleFill * h) columns.Add(x);
        }
        foreach (var image in new[] { crop, binary })
        {
            foreach (int y in rows) image.RowSpan(y).Fill(255);
            foreach (int x in columns)
                for (int y = 0; y < h; y++) image[x, y] = 255;
        }
    }

    private static GrayImage Pad(GrayImage crop, int padding)
    {
        var padded = new GrayImage(crop.Width + 2 * padding, crop.Height + 2 * padding, dpi: crop.Dpi);
        for (int y = 0; y < crop.Height; y++) crop.RowSpan(y).CopyTo(padded.RowSpan(y + padding).Slice(padding));
        return padded;
    }
}
