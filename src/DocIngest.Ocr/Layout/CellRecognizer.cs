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
/// A line whose ink shows more marks above its letters than its reading has is read again alone (<see cref="CellLostMarks"/>),
/// and words read in the wrong script (a Thai word as a Latin one, a Latin word as a jumble of scripts) are read again in the right one (<see cref="CellLatinWords"/>).
/// A line the engine read from noise between a cell's lines is dropped (<see cref="WithoutNoiseLines"/>); a Latin U
/// beside a Thai-digit number is put back as ปี (<see cref="CellYearWord"/>).
/// In a table whose top row and cells show no Latin and no score words, a cell whose reading without Latin shows no sign
/// of Latin is read, and read again, by the engine without Latin (<see cref="CellThaiRead"/>, <see cref="ReadTable"/>). Blank cells are skipped by ink density. Not thread-safe (uses one recognizer).
/// </summary>
/// <param name="recognizer">The engine (Thai and Latin).</param>
/// <param name="cleaner">The correctors every cell line goes through.</param>
/// <param name="options">The cell read's settings; the defaults when null.</param>
/// <param name="switches">Which cell passes run; all when null.</param>
/// <param name="latinFree">The engine without Latin letters, for Thai words read as Latin and for cells without Latin; <paramref name="recognizer"/> when null.</param>
public sealed class CellRecognizer(ITextRecognizer recognizer, RecognizedLineCleaner cleaner, CellOcrOptions? options = null, PagePassSwitches? switches = null,
    ITextRecognizer? latinFree = null)
{
    private readonly ITextRecognizer _latinFree = latinFree ?? recognizer;
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
    public CellReading Read(GrayImage gray, GrayImage binary, GridCell cell, IStageRecorder stages) => ReadCell(gray, binary, cell, stages, thaiFirst: false).Reading;

    /// <summary>
    /// One cell's read: its reading, whether it is the engine without Latin's (<see cref="FirstRead"/>), and, when the
    /// <c>cell re-read</c> pass changed a line's text (a take, judged later by <see cref="JudgeRereadsByColumnForm"/>),
    /// the cell's reading without the take: the passes after the re-read applied to the lines as they were before it,
    /// made only when the judge asks (it needs no second OCR of the cell: the engine reads the same crop alike); and
    /// whether the take only put marks on the letters of lines that are no numbers (<see cref="AddsMarksOnly"/>).
    /// </summary>
    private readonly record struct CellRead(CellReading Reading, bool ReadThai, Func<CellReading>? WithoutTake, bool TakeAddedMarksOnly = false)
    {
        /// <summary>Whether the <c>cell re-read</c> pass changed a line's text.</summary>
        public bool RereadTook => WithoutTake is not null;
    }

    /// <summary>
    /// Reads one cell (see <see cref="Read(GrayImage, GrayImage, GridCell, IStageRecorder)"/>); with
    /// <paramref name="thaiFirst"/>, by the engine without Latin first (<see cref="FirstRead"/>).
    /// </summary>
    private CellRead ReadCell(GrayImage gray, GrayImage binary, GridCell cell, IStageRecorder stages, bool thaiFirst)
    {
        ArgumentNullException.ThrowIfNull(stages);
        using var cellStage = stages.Stage(PageStages.CellOcr);
        if (CropOf(gray, binary, cell, stages) is not var (padded, paddedBinary, inner, padding)) return new CellRead(CellReading.Empty, false, null);
        var (read, engine) = thaiFirst ? FirstRead(padded) : (recognizer.Recognize(padded, null, _options.Mode), recognizer);
        bool readThai = !ReferenceEquals(engine, recognizer);
        Func<CellReading>? withoutTake = null;
        bool marksOnly = false;
        if (_switches.IsOn(PageStages.DetachedMarks)) read = stages.Changed(PageStages.DetachedMarks, read, DetachedMarkFilter.Remove(read));
        if (_switches.IsOn(PageStages.OneLineCells))
        {
            using (stages.Stage(PageStages.OneLineCells)) read = stages.Changed(PageStages.OneLineCells, read, OneLineCells.Apply(read, padded, paddedBinary, engine));
        }
        if (_switches.IsOn(PageStages.CellReread))
        {
            using (stages.Stage(PageStages.CellReread))
            {
                var taken = CellLineRereader.Apply(read, padded, paddedBinary, engine, _options.Reread);
                if (!read.Select(l => l.Text).SequenceEqual(taken.Select(l => l.Text)))
                {
                    var untaken = read;
                    withoutTake = () => AfterReread(untaken, gray, padded, paddedBinary, inner, padding, engine, stages);
                    marksOnly = AddsMarksOnly(untaken, taken);
                }
                read = stages.Changed(PageStages.CellReread, read, taken);
            }
        }
        return new CellRead(AfterReread(read, gray, padded, paddedBinary, inner, padding, engine, stages), readThai, withoutTake, marksOnly);
    }

    /// <summary>
    /// True when <paramref name="taken"/> holds the lines of <paramref name="untaken"/>, each with the same letters (marks
    /// and spaces aside), and none of those lines is a number (<see cref="CellNumberForm.IsNumber"/>): the take only put
    /// marks back on words (ทั้งสิน -> ทั้งสิ้น), so it read no number as letters, which is what <see cref="JudgeRereadsByColumnForm"/>
    /// looks for outside columns of numbers.
    /// </summary>
    internal static bool AddsMarksOnly(IReadOnlyList<RecognizedLine> untaken, IReadOnlyList<RecognizedLine> taken) =>
        untaken.Count == taken.Count
        && untaken.Zip(taken).All(p => !CellNumberForm.IsNumber(p.First.Text) && OneLineCells.Letters(p.First.Text) == OneLineCells.Letters(p.Second.Text));

    /// <summary>
    /// A cell's lines as read (after <c>cell re-read</c>) taken through the passes that follow it: lost marks, Latin words,
    /// the line correctors, number tokens, and the junk and noise-line filters; the cell's reading, boxes on the page.
    /// </summary>
    private CellReading AfterReread(IReadOnlyList<RecognizedLine> read, GrayImage gray, GrayImage padded, GrayImage paddedBinary, BoundingBox inner, int padding,
        ITextRecognizer engine, IStageRecorder stages)
    {
        if (_switches.IsOn(PageStages.CellLostMarks))
        {
            using (stages.Stage(PageStages.CellLostMarks)) read = stages.Changed(PageStages.CellLostMarks, read, CellLostMarks.Apply(read, padded, paddedBinary, engine));
        }
        if (_switches.IsOn(PageStages.CellLatinWords))
        {
            using (stages.Stage(PageStages.CellLatinWords)) read = stages.Changed(PageStages.CellLatinWords, read, CellLatinWords.Apply(read, padded, recognizer, _latinFree));
        }
        var lines = new List<TextLine>();
        // A cell of one short token stands where a number belongs by its place alone (see ThaiDigitCorrector.CorrectNumberToken).
        var numbers = read.Count == 1 && _switches.IsOn(PageStages.CellNumbers) ? cleaner.Corrector<ThaiDigitCorrector>() : null;
        foreach (var raw in read)
        {
            var line = cleaner.Clean(padded, raw, stages);
            if (_switches.IsOn(PageStages.CellSpecks)) line = line with { Text = stages.Changed(PageStages.CellSpecks, line.Text, CellStraySigns.Strip(line.Text)) };
            if (_switches.IsOn(PageStages.CellYearWord)) line = line with { Text = stages.Changed(PageStages.CellYearWord, line.Text, CellYearWord.Restore(line.Text)) };
            if (numbers is not null)
            {
                using (stages.Stage(PageStages.CellNumbers)) line = stages.Changed(PageStages.CellNumbers, line, numbers.CorrectNumberToken(padded, line));
            }
            if (line.Text.Length == 0) continue;
            lines.Add(new TextLine(line.Text, OnPage(line.Box, inner, padding), line.Confidence));
        }
        if (_switches.IsOn(PageStages.NoiseLines))
        {
            if (IsJunk(lines))
            {
                stages.RecordChange(PageStages.NoiseLines);
                return new CellReading([], 0, HasInk: true);
            }
            // The cell's letters, in page pixels: a line holding next to none was read from marks or a rule's remnant.
            int before = lines.Count;
            lines = WithoutNoiseLines(lines, () => PageInk.Of(
                OneLineCells.LetterPieces(paddedBinary).Select(c => OnPage(c, inner, padding)).ToList(), gray.Dpi),
                () => OneLineCells.LetterBands(paddedBinary).Select(b => (b.Top + inner.Y - padding, b.Bottom + inner.Y - padding)).ToList());
            if (lines.Count != before) stages.RecordChange(PageStages.NoiseLines);
        }
        return new CellReading(lines, lines.Count == 0 ? 0 : lines.Average(l => l.Confidence), HasInk: true);
    }

    /// <summary>
    /// The cell's first reading and the engine its re-reads go to: the engine without Latin's reading when it shows no
    /// sign of Latin and is not one short token other than digits (<see cref="CellThaiRead.KeepsThaiReading"/>), else
    /// the page's engine's.
    /// </summary>
    private (IReadOnlyList<RecognizedLine> Read, ITextRecognizer Engine) FirstRead(GrayImage padded)
    {
        var thai = _latinFree.Recognize(padded, null, _options.Mode);
        if (CellThaiRead.KeepsThaiReading(thai)) return (thai, _latinFree);
        return (recognizer.Recognize(padded, null, _options.Mode), recognizer);
    }

    /// <summary>
    /// Every cell of a table read once. With the <c>cell thai read</c> pass on and an engine without Latin given, the
    /// table's top row is read by the page's engine first; when it leaves the table to the Thai read
    /// (<see cref="CellThaiRead.HeadingsAllowThaiRead"/>: no Latin, no score words), the other cells are read by the engine
    /// without Latin first (<see cref="FirstRead"/>), and when the whole table then still leaves it so
    /// (<see cref="CellThaiRead.CellsAllowThaiRead"/>: no Latin, no label naming scores), the Thai readings
    /// are kept (a change is recorded, as the page's engine might have read them otherwise); else the cells read by the
    /// Thai engine are read again by the page's engine, so such a table reads as it does without the pass; the cells after
    /// the first cell that closes the table are read by the page's engine only.
    /// </summary>
    private CellRead[] ReadCells(GrayImage gray, GrayImage binary, IReadOnlyList<GridCell> cells, IStageRecorder stages)
    {
        var reads = new CellRead[cells.Count];
        if (cells.Count == 0) return reads;
        if (!_switches.IsOn(PageStages.CellThaiRead) || ReferenceEquals(_latinFree, recognizer))
        {
            for (int i = 0; i < cells.Count; i++) reads[i] = ReadCell(gray, binary, cells[i], stages, thaiFirst: false);
            return reads;
        }
        int topRow = cells.Min(c => c.Row);
        var top = Enumerable.Range(0, cells.Count).Where(i => cells[i].Row == topRow).ToList();
        foreach (int i in top) reads[i] = ReadCell(gray, binary, cells[i], stages, thaiFirst: false);
        bool thaiFirst = CellThaiRead.HeadingsAllowThaiRead(top.Select(i => reads[i].Reading.Text));
        var readThai = new List<int>();
        // Once one cell closes the table (shows Latin or is a score label), every cell the Thai engine read is read again
        // by the page's engine below, so the cells after it are read by the page's engine at once: a closed table reads
        // as it did when every cell was read Thai-first, without the Thai reads that were thrown away (an engine call's
        // reading depends on its image alone: Tesseract starts each recognition from its first language).
        bool closed = false;
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i].Row == topRow) continue;
            reads[i] = ReadCell(gray, binary, cells[i], stages, thaiFirst && !closed);
            if (reads[i].ReadThai) readThai.Add(i);
            closed = closed || !CellThaiRead.CellsAllowThaiRead([reads[i].Reading.Text]);
        }
        if (readThai.Count == 0) return reads;
        if (!closed && CellThaiRead.CellsAllowThaiRead(reads.Select(r => r.Reading.Text)))
        {
            stages.RecordChange(PageStages.CellThaiRead);
            return reads;
        }
        foreach (int i in readThai) reads[i] = ReadCell(gray, binary, cells[i], stages, thaiFirst: false);
        return reads;
    }

    /// <summary>
    /// Reads every cell of a table (<see cref="Read(GrayImage, GrayImage, GridCell, IStageRecorder)"/>; with the
    /// <c>cell thai read</c> pass on, by the engine without Latin where the table allows it, see <see cref="ReadCells"/>),
    /// then, with the <c>cell digit script</c> pass on, reads again without Arabic digits or Latin letters each cell of one
    /// or two Arabic digits in a table that writes its numbers in Thai digits (<see cref="ArabicDigitCellsInThaiTable"/>):
    /// on a bilevel copy the engine reads a lone ๓ or ๑ as a confident "6" or "5", and the digit model takes the
    /// speckled glyph for the Arabic digit it resembles; and by the Thai digit model alike each cell of a short token
    /// that is no number and no word in a column of Thai item numbers or a row of lone Thai numbers
    /// (<see cref="MisreadCellsInThaiNumberColumn"/>: ๗ read "เม", ๙ read "เวง"). Then, with the <c>cell scores</c> pass on, a score misread as letters in a column of
    /// scores is read by the digit model (<see cref="CellScores"/>); with the <c>cell amounts</c> pass on, the amounts of a
    /// column of amounts likewise, in the column's format, replaced where the digits read differ (<see cref="CellAmounts"/>).
    /// </summary>
    /// <param name="gray">The preprocessed page that is read.</param>
    /// <param name="binary">Its binarised twin (0 = ink), same size.</param>
    /// <param name="cells">The table's cells.</param>
    /// <param name="stages">Times the reads (the second read as <see cref="PageStages.CellDigitScript"/>).</param>
    /// <returns>One reading per cell, in the order of <paramref name="cells"/>.</returns>
    public IReadOnlyList<CellReading> ReadTable(GrayImage gray, GrayImage binary, IReadOnlyList<GridCell> cells, IStageRecorder stages)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(stages);
        var reads = ReadCells(gray, binary, cells, stages);
        var readings = reads.Select(r => r.Reading).ToList();
        if (_switches.IsOn(PageStages.CellRereadForm)) JudgeRereadsByColumnForm(cells, readings, reads, stages, _options.Reread.JudgeMarksOnlyTakes);
        if (!_switches.IsOn(PageStages.CellDigitScript)) return readings;
        foreach (int i in ArabicDigitCellsInThaiTable(cells, readings))
        {
            using var stage = stages.Stage(PageStages.CellDigitScript);
            int count = readings[i].Lines[0].Text.Count(char.IsAsciiDigit);
            if (ReadAsThaiDigits(gray, binary, cells[i], count, count) is { } thai) readings[i] = stages.Changed(PageStages.CellDigitScript, readings[i], thai);
        }
        foreach (int i in MisreadCellsInThaiNumberColumn(cells, readings))
        {
            using var stage = stages.Stage(PageStages.CellDigitScript);
            if (ReadAsThaiDigits(gray, binary, cells[i], 1, MaxArabicDigitCell) is { } thai) readings[i] = stages.Changed(PageStages.CellDigitScript, readings[i], thai);
        }
        if (_switches.IsOn(PageStages.CellScores))
        {
            foreach (var (i, decimals) in CellScores.MisreadInScoreColumn(cells, readings))
            {
                using var stage = stages.Stage(PageStages.CellScores);
                if (ReadByDigitModel(gray, binary, cells[i], (crop, cropBinary) => CellScores.Read(crop, cropBinary, decimals, _options.ThaiDigitMinConfidence)) is { } score)
                    readings[i] = stages.Changed(PageStages.CellScores, readings[i], score);
            }
        }
        if (!_switches.IsOn(PageStages.CellAmounts)) return readings;
        foreach (var (i, format) in CellAmounts.AmountCellsToRead(cells, readings))
        {
            using var stage = stages.Stage(PageStages.CellAmounts);
            string read = readings[i].Lines[0].Text.Replace(" ", "", StringComparison.Ordinal);
            var (sign, body, _) = CellAmounts.SignOf(read);
            int separators = body.Count(c => c is ',' or '.');
            // The digit model reads Thai digits only; where it cannot, a reading of clean digits keeps them with its
            // separators set again by the column's format.
            var amount = format.Thai
                ? ReadByDigitModel(gray, binary, cells[i], (crop, cropBinary) => CellAmounts.Read(crop, cropBinary, format.Decimals, separators,
                    body.All(c => ThaiDigits.IsDigit(c) || c is ',' or '.') ? body.Length - separators : null, sign, _options.ThaiDigitMinConfidence,
                    _options.AmountTouchingWidthRatio))
                : null;
            if (amount is null && CellAmounts.Regrouped(read, format) is { } regrouped)
                amount = readings[i] with { Lines = [readings[i].Lines[0] with { Text = regrouped }] };
            if (amount is not null && amount.Lines[0].Text != read) readings[i] = stages.Changed(PageStages.CellAmounts, readings[i], amount);
        }
        return readings;
    }

    /// <summary>
    /// The <c>cell re-read form</c> pass: each cell whose reading took a <c>cell re-read</c> take gets its reading without
    /// the take (<see cref="CellRead.WithoutTake"/>: the lines before the take through the later passes, no new OCR of the
    /// cell) when it stands in a column of numbers (<see cref="CellNumberForm.NumberShapesOfColumn"/>, judged on the
    /// readings as first read), and then that reading is kept unless the take fits the column's number form better
    /// (<see cref="CellNumberForm.Fit"/>: Latin junk read as the column's digits). Elsewhere a take that is no number but
    /// may have been one (it holds a digit, or is a token of up to <see cref="MaxMisreadDigitCell"/> characters) gets its
    /// reading without likewise, and that reading kept when it is a number: equally confident takes read a lone digit as a letter
    /// (๗ -> ด) or cut the next line's glyph onto a year; neither the engine's confidence nor a dictionary tells them
    /// from the right ones, the number form does. Outside columns of numbers a take that only put marks on words
    /// (<see cref="AddsMarksOnly"/>) is not judged (<see cref="CellRereadOptions.JudgeMarksOnlyTakes"/>).
    /// </summary>
    private static void JudgeRereadsByColumnForm(IReadOnlyList<GridCell> cells, List<CellReading> readings, IReadOnlyList<CellRead> reads, IStageRecorder stages,
        bool judgeMarksOnlyTakes)
    {
        var first = readings.ToList();
        var headings = TableColumns.Headings(cells, first);
        for (int i = 0; i < cells.Count; i++)
        {
            if (!reads[i].RereadTook) continue;
            string taken = first[i].Text;
            var shapes = CellNumberForm.NumberShapesOfColumn(cells, first, headings, i);
            bool mayHaveBeenNumber = !CellNumberForm.IsNumber(taken)
                && (taken.Any(ThaiDigits.IsDigit) || taken.Count(c => !char.IsWhiteSpace(c)) <= MaxMisreadDigitCell);
            // A take that only put marks on words read no number as letters: its reading without is not made (an OCR call
            // of the lost-marks pass on a wide line, on the table page).
            if (shapes is null && (!mayHaveBeenNumber || (reads[i].TakeAddedMarksOnly && !judgeMarksOnlyTakes))) continue;
            using var stage = stages.Stage(PageStages.CellRereadForm);
            var withoutTake = reads[i].WithoutTake!();
            string untaken = withoutTake.Text;
            if (taken == untaken) continue;
            bool keepTake = shapes is not null
                ? CellNumberForm.Fit(taken, shapes) > CellNumberForm.Fit(untaken, shapes)
                : !CellNumberForm.IsNumber(untaken);
            if (keepTake) continue;
            readings[i] = withoutTake;
            stages.RecordChange(PageStages.CellRereadForm);
        }
    }

    /// <summary>
    /// The cells whose reading is one token of one or two Arabic digits in a table whose other cells write numbers in Thai
    /// digits: the other cells hold three Thai digits or more for each Arabic one, another cell of the same column holds a
    /// Thai digit or the cell stands in a row of lone Thai numbers (<see cref="InRowOfThaiNumbers"/>: a chart's quarters,
    /// ๒ read "6"), and such cells are fewer than the other cells holding Thai digits (a column of Arabic item numbers
    /// beside Thai amounts stays).
    /// </summary>
    /// <param name="cells">The table's cells.</param>
    /// <param name="readings">Their readings, in the same order.</param>
    public static IReadOnlyList<int> ArabicDigitCellsInThaiTable(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(readings);
        if (cells.Count != readings.Count) throw new ArgumentException("one reading per cell", nameof(readings));
        var texts = readings.Select(r => string.Concat(r.Lines.Select(l => l.Text)).Replace(" ", "", StringComparison.Ordinal)).ToList();
        var candidates = Enumerable.Range(0, cells.Count)
            .Where(i => readings[i].Lines.Count == 1 && texts[i].Length is >= 1 and <= MaxArabicDigitCell && texts[i].All(char.IsAsciiDigit)).ToList();
        if (candidates.Count == 0) return [];
        var others = Enumerable.Range(0, cells.Count).Except(candidates).ToList();
        var thai = others.Where(i => texts[i].Any(ThaiDigits.IsThaiDigit)).ToList();
        // A stray Arabic digit elsewhere (a speck read as "1" inside Thai text) does not make the table Arabic; a year
        // or an amount in Arabic digits does.
        int arabicDigits = others.Sum(i => texts[i].Count(char.IsAsciiDigit));
        int thaiDigits = thai.Sum(i => texts[i].Count(ThaiDigits.IsThaiDigit));
        if (arabicDigits * MinThaiDigitsPerArabic > thaiDigits) return [];
        if (candidates.Count >= thai.Count) return [];
        return candidates.Where(i => thai.Any(j => cells[j].Column == cells[i].Column) || InRowOfThaiNumbers(cells, texts, i, candidates)).ToList();
    }

    /// <summary>
    /// Whether cell <paramref name="i"/> stands in a row of lone Thai numbers: most of the row's other read cells, two at
    /// least, hold one to <see cref="MaxArabicDigitCell"/> Thai digits alone, and the read cell next to it on the left or
    /// the right is one of them (a Gantt chart's quarters ๑ ๒ ๓ ๔ under each year, whose columns hold no other number:
    /// the chart's cells below are empty or marked). A heading beside the numbers (ที่ before a row of quarters, which
    /// the digit model can take for ๗) has a word as its neighbour.
    /// </summary>
    private static bool InRowOfThaiNumbers(IReadOnlyList<GridCell> cells, IReadOnlyList<string> texts, int i, IReadOnlyCollection<int> candidates)
    {
        var row = Enumerable.Range(0, cells.Count)
            .Where(j => j != i && cells[j].Row == cells[i].Row && cells[j].RowSpan == 1 && texts[j].Length > 0 && !candidates.Contains(j)).ToList();
        if (!MostlyLoneThaiNumbers(row, texts)) return false;
        var byColumn = row.Append(i).OrderBy(j => cells[j].Column).ToList();
        int at = byColumn.IndexOf(i);
        bool numberAt(int k) => k >= 0 && k < byColumn.Count && IsLoneThaiNumber(texts[byColumn[k]]);
        return numberAt(at - 1) || numberAt(at + 1);
    }

    /// <summary>Whether most of the read cells <paramref name="others"/> of a row or column, two at least, are lone Thai numbers.</summary>
    private static bool MostlyLoneThaiNumbers(IReadOnlyCollection<int> others, IReadOnlyList<string> texts)
    {
        int numbers = others.Count(j => IsLoneThaiNumber(texts[j]));
        return numbers >= 2 && 2 * numbers > others.Count;
    }

    /// <summary>One to <see cref="MaxArabicDigitCell"/> Thai digits alone: an item or quarter number.</summary>
    private static bool IsLoneThaiNumber(string text) => text.Length is >= 1 and <= MaxArabicDigitCell && text.All(ThaiDigits.IsThaiDigit);

    /// <summary>
    /// The cells whose reading is one short token without a Thai digit ("เม", "ด", "เวง", "g", "6ท") in a column of item
    /// numbers written in Thai digits: most of the column's other read cells, two at least, hold one to
    /// <see cref="MaxArabicDigitCell"/> Thai digits alone. The engine reads a lone ๗ or ๙ as letters at 0.8-0.97
    /// confidence; its column says a number stands there. The column's top cell (its heading) is never one by its
    /// column; a word (the total row's รวม) is left by the digit model, which takes only one or two glyphs, each a Thai
    /// digit at 0.9.
    /// Likewise such a cell, a column's top cell too, in a row of lone Thai numbers (<see cref="InRowOfThaiNumbers"/>: a
    /// chart's quarters ๑ ๒ ๓ ๔, ๔ read "ค" and ๓ read "ล" on tuning captures).
    /// </summary>
    /// <param name="cells">The table's cells.</param>
    /// <param name="readings">Their readings, in the same order.</param>
    public static IReadOnlyList<int> MisreadCellsInThaiNumberColumn(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(readings);
        if (cells.Count != readings.Count) throw new ArgumentException("one reading per cell", nameof(readings));
        var texts = readings.Select(r => string.Concat(r.Lines.Select(l => l.Text)).Replace(" ", "", StringComparison.Ordinal)).ToList();
        // The column's top cell is its heading (ที่, ลำดับ), whatever it says; a short fragment is often a dictionary word (เม).
        var headings = Enumerable.Range(0, cells.Count).Where(i => texts[i].Length > 0)
            .GroupBy(i => cells[i].Column).Select(g => g.MinBy(i => cells[i].Row)).ToHashSet();
        bool mayBeDigit(int i) => readings[i].Lines.Count == 1 && texts[i].Length is >= 1 and <= MaxMisreadDigitCell
            && !texts[i].Any(ThaiDigits.IsThaiDigit) && texts[i].Any(char.IsLetterOrDigit);
        var candidates = Enumerable.Range(0, cells.Count).Where(i => mayBeDigit(i) && !headings.Contains(i)).ToList();
        var inColumns = candidates.Where(i =>
        {
            var column = Enumerable.Range(0, cells.Count)
                .Where(j => j != i && cells[j].Column == cells[i].Column && cells[j].ColumnSpan == 1 && texts[j].Length > 0 && !candidates.Contains(j)).ToList();
            return MostlyLoneThaiNumbers(column, texts);
        });
        // A row of numbers says so of a column's top cell too: the quarters of a chart head columns that hold no text.
        var inRows = Enumerable.Range(0, cells.Count).Where(i => mayBeDigit(i) && InRowOfThaiNumbers(cells, texts, i, candidates));
        return inColumns.Union(inRows).Order().ToList();
    }

    /// <summary>Most characters of a token <see cref="MisreadCellsInThaiNumberColumn"/> takes: a lone digit read as up to three letters or signs.</summary>
    private const int MaxMisreadDigitCell = 3;

    /// <summary>The other cells of a Thai-digit table hold at least this many Thai digits for each Arabic one.</summary>
    private const int MinThaiDigitsPerArabic = 3;

    /// <summary>Most Arabic digits in a cell that <see cref="ArabicDigitCellsInThaiTable"/> takes: item numbers and counts.</summary>
    private const int MaxArabicDigitCell = 2;

    /// <summary>
    /// The cell's glyphs read by the Thai digit model (<see cref="ThaiDigitRecognizer"/>), taken only when there are
    /// <paramref name="minCount"/> to <paramref name="maxCount"/> of them and each is a Thai digit at
    /// <see cref="CellOcrOptions.ThaiDigitMinConfidence"/> or better. The engine cannot be asked: with Arabic digits
    /// excluded it reads the speckled crop as letters or signs.
    /// </summary>
    private CellReading? ReadAsThaiDigits(GrayImage gray, GrayImage binary, GridCell cell, int minCount, int maxCount) =>
        ReadByDigitModel(gray, binary, cell, (crop, cropBinary) => ThaiDigitsOf(crop, cropBinary, minCount, maxCount, _options.ThaiDigitMinConfidence));

    /// <summary>
    /// The cell as one line that <paramref name="read"/> makes of its padded crop and binary twin (the digit model's
    /// reading: text, box in the crop, confidence), its box put back on the page; null when the cell has no crop or the
    /// reading is refused.
    /// </summary>
    private CellReading? ReadByDigitModel(GrayImage gray, GrayImage binary, GridCell cell,
        Func<GrayImage, GrayImage, (string Text, BoundingBox Box, float Confidence)?> read)
    {
        // The cell was cut the same way when it was first read: any speck whitened was recorded then.
        if (CropOf(gray, binary, cell, StageRecorder.None) is not var (padded, paddedBinary, inner, padding)) return null;
        if (read(padded, paddedBinary) is not { } found) return null;
        return new CellReading([new TextLine(found.Text, OnPage(found.Box, inner, padding), found.Confidence)], found.Confidence, HasInk: true);
    }

    /// <summary>A box in a padded cell crop moved to page pixels (the crop's inner box starts <paramref name="padding"/> in).</summary>
    private static BoundingBox OnPage(BoundingBox box, BoundingBox inner, int padding) =>
        new(box.X + inner.X - padding, box.Y + inner.Y - padding, box.Width, box.Height);

    /// <summary>
    /// The glyphs of a cell crop's one line of ink (<see cref="OneLineCells.LetterBands"/>; the engine's boxes for a lone
    /// misread glyph are a few pixels wide) read by the Thai digit model: <paramref name="minCount"/> to <paramref name="maxCount"/> of them, each
    /// a Thai digit at <paramref name="minConfidence"/> or better, else null.
    /// </summary>
    /// <param name="image">The padded cell crop.</param>
    /// <param name="binary">Its binary twin (0 = ink).</param>
    /// <param name="minCount">Fewest digits the cell may hold.</param>
    /// <param name="maxCount">Most digits the cell may hold.</param>
    /// <param name="minConfidence">The model probability (0–1) each glyph needs.</param>
    /// <returns>The digits, their box in <paramref name="image"/> and the least of their probabilities.</returns>
    internal static (string Text, BoundingBox Box, float Confidence)? ThaiDigitsOf(GrayImage image, GrayImage binary, int minCount, int maxCount, double minConfidence)
    {
        if (DigitGlyphsOf(image, binary) is not { } glyphs || glyphs.Count < minCount || glyphs.Count > maxCount) return null;
        if (ConfidentThaiDigits(glyphs, minConfidence) is not var (digits, confidence)) return null;
        return (digits, SpanOf(glyphs), confidence);
    }

    /// <summary>
    /// The glyphs read by the Thai digit model, left to right: their digits and the least of their probabilities; null when
    /// one of them is no Thai digit at <paramref name="minConfidence"/> or better.
    /// </summary>
    internal static (string Digits, float Confidence)? ConfidentThaiDigits(IReadOnlyList<SegmentedGlyph> glyphs, double minConfidence)
    {
        var guesses = glyphs.Select(g => ThaiDigitRecognizer.Shared.Classify(g.Crop)).ToList();
        if (guesses.Any(g => g.ThaiDigit is null || g.Confidence < minConfidence)) return null;
        return (string.Concat(guesses.Select(g => g.ThaiDigit!.Value)), guesses.Min(g => g.Confidence));
    }

    /// <summary>The box that holds every one of <paramref name="glyphs"/> (at least one).</summary>
    internal static BoundingBox SpanOf(IEnumerable<SegmentedGlyph> glyphs) => glyphs.Select(g => g.Box).Aggregate((x, y) => x.Union(y));

    /// <summary>
    /// The glyphs of a cell crop's one line of ink, cut by their ink (<see cref="DigitRunSegmenter"/>), left to right; null
    /// when the crop holds no band of ink or a second band half as tall as the tallest (two lines, not one number).
    /// </summary>
    /// <param name="image">The padded cell crop.</param>
    /// <param name="binary">Its binary twin (0 = ink).</param>
    /// <param name="riseShare">How far above the band, as a share of its height, a glyph may reach and still be cut whole
    /// (the tails of ๒, ๕, ๖, ๘ rise above a band a few digits without them set; ink cut by the band's top edge is dropped).</param>
    internal static IReadOnlyList<SegmentedGlyph>? DigitGlyphsOf(GrayImage image, GrayImage binary, double riseShare = 0)
    {
        // The digits' line is the tallest band; specks and rule stubs a photocopy leaves make low bands of their own.
        var bands = OneLineCells.LetterBands(binary).OrderByDescending(b => b.Bottom - b.Top).ToList();
        if (bands.Count == 0 || bands.Skip(1).Any(b => 2 * (b.Bottom - b.Top) >= bands[0].Bottom - bands[0].Top)) return null;
        var (top, bottom) = bands[0];
        top = Math.Max(0, top - (int)Math.Round(riseShare * (bottom - top)));
        return new DigitRunSegmenter().Segment(image, 0, image.Width, new BoundingBox(0, top, image.Width, bottom - top), []);
    }

    /// <summary>
    /// The cell's crop as it is read: inside its rules, rule remnants at the edges and (cell-specks pass) specks whitened,
    /// a white margin added; its binary twin cut and padded the same way. Null when the cell holds too little ink.
    /// </summary>
    private (GrayImage Padded, GrayImage PaddedBinary, BoundingBox Inner, int Padding)? CropOf(GrayImage gray, GrayImage binary, GridCell cell, IStageRecorder stages)
    {
        var inner = TableMask.Clip(cell.InnerBox, gray);
        if (inner.Width == 0 || inner.Height == 0) return null;
        var cropBinary = binary.Crop(inner);
        int minInkSide = Math.Max(1, (int)Math.Round(_options.MinInkSquareInches * gray.Dpi));
        int ink = cropBinary.Pixels.Count(p => p < InkMask.InkThreshold);
        if (ink < minInkSide * minInkSide || ink < _options.MinInkFraction * inner.Width * inner.Height) return null;

        var crop = gray.Crop(inner);
        WhitenEdgeRules(crop, cropBinary, Math.Max(1, (int)Math.Round(_options.EdgeBandInches * gray.Dpi)));
        if (_switches.IsOn(PageStages.CellSpecks)
            && InkSpecks.Whiten(crop, cropBinary, (int)Math.Round(_options.SpeckInches * gray.Dpi),
                (int)Math.Round(_options.LoneSpeckInches * gray.Dpi), (int)Math.Round(_options.LoneSpeckClearanceInches * gray.Dpi)) > 0)
            stages.RecordChange(PageStages.CellSpecks);
        int padding = Math.Max(1, (int)Math.Round(_options.PaddingInches * gray.Dpi));
        return (Pad(crop, padding), Pad(cropBinary, padding), inner, padding);
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
    /// A cell of several lines without the lines the engine read from noise: in running text the block layout reads a
    /// row of marks or a rule's remnant between two lines as a line of its own ("aid", "ซ่, w a จ wv", "udu"), which lands
    /// inside the cell's text. Such a line's letters make no Thai words, and either it is weak
    /// (<see cref="NoiseLineFilter.IsNoise"/>, the page's rule) or, whatever its confidence (the junk of marks is read at
    /// 0.6-0.9), the cell's letter-sized ink under its box is far less than its characters
    /// (<see cref="NoiseLineFilter.LacksInk"/>, as on the page, but counting letter-sized pieces only: the junk is made
    /// of marks), or its box holds the middle of none of the cell's lines of letters
    /// (<see cref="OneLineCells.LetterBands"/>) and the letter-sized ink under it covers little of its width
    /// (<see cref="NoiseLineFilter.CoversLittle"/>): the marks of a line read as a line of their own ("ย 4 4 »") lie
    /// between two lines' letters, and a stacked vowel and tone mark there can be as tall as half a letter, so counting
    /// letter-sized pieces alone does not find it (a short line whose band the line above swallowed, by a tall letter
    /// reaching down, still covers its box and stays). A real line of Latin in a Thai cell ("(Leadership Model)") is a line
    /// of letter-sized ink and stays. A line without letters (a weakly read amount) stays, and so does the cell's last
    /// line when every line looks like noise (see <see cref="IsJunk"/>).
    /// </summary>
    /// <param name="lines">The cell's cleaned lines, boxes in page pixels.</param>
    /// <param name="letters">Makes the cell's letter-sized pieces of ink (<see cref="OneLineCells.LetterPieces"/>) in page
    /// pixels, asked only when a confident line without words is to be judged (labelling the crop is the pass's cost);
    /// null to judge by confidence alone.</param>
    /// <param name="bands">Makes the cell's lines of letters (top and bottom of each, bottom exclusive, page pixels),
    /// asked likewise; null not to judge by them.</param>
    internal static List<TextLine> WithoutNoiseLines(List<TextLine> lines, Func<PageInk>? letters, Func<IReadOnlyList<(int Top, int Bottom)>>? bands = null)
    {
        if (lines.Count < 2) return lines;
        var ink = letters is null ? null : new Lazy<PageInk>(letters, LazyThreadSafetyMode.None);
        var cores = bands is null ? null : new Lazy<IReadOnlyList<(int Top, int Bottom)>>(bands, LazyThreadSafetyMode.None);
        var kept = lines.Where(l => !l.Text.Any(char.IsLetter) || !IsNoiseLine(l, ink, cores)).ToList();
        return kept.Count == 0 ? lines : kept;
    }

    private static bool IsNoiseLine(TextLine line, Lazy<PageInk>? letters, Lazy<IReadOnlyList<(int Top, int Bottom)>>? bands)
    {
        if (NoiseLineFilter.IsNoise(line.Text, line.Confidence)) return true;
        if (line.Box is not { } box || NoiseLineFilter.HasWords(line.Text)) return false;
        if (letters is null) return false;
        var under = letters.Value.Under(box);
        if (NoiseLineFilter.LacksInk(line.Text, under)) return true;
        return bands is not null && NoiseLineFilter.CoversLittle(under) && bands.Value.Count > 0
               && !bands.Value.Any(b => (b.Top + b.Bottom) / 2 is var middle && middle >= box.Y && middle < box.Bottom);
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
