using System.ComponentModel.DataAnnotations;
using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Layout;

/// <summary>How <see cref="CellRecognizer"/> reads table cells (the <c>table-grids</c> pass's cells), lengths in inches.</summary>
public sealed record CellOcrOptions
{
    /// <summary>
    /// Segmentation for a cell. PSM 6 (one uniform block) measured better than PSM 4 on rendered Thai cells
    /// (see the layout report); both keep the cell's lines apart.
    /// </summary>
    public SegmentationMode Mode { get; init; } = SegmentationMode.SingleBlock;

    /// <summary>A cell with less ink than this share of its area is empty and not read.</summary>
    [Range(0.0, 1.0)] public double MinInkFraction { get; init; } = 0.002;

    /// <summary>A cell with fewer ink pixels than a square of this side is empty (specks, rule stubs).</summary>
    [Range(0.0, 1.0)] public double MinInkSquareInches { get; init; } = 0.03;

    /// <summary>White margin put around the cropped cell; Tesseract reads text touching the image edge badly.</summary>
    [Range(0.0, 1.0)] public double PaddingInches { get; init; } = 0.06;

    /// <summary>
    /// Band along each edge of the cell crop searched for rule remnants (a slanted or wobbly rule leaking past the
    /// grid line); rows or columns there that are mostly ink are whitened.
    /// </summary>
    [Range(0.0, 0.5)] public double EdgeBandInches { get; init; } = 0.02;

    /// <summary>
    /// Ink specks no wider and no taller than this are whitened in the cell crop before it is read: the dots of a shaded
    /// header row or of a photocopy's halftone, which the engine reads as ":", "ก" or "7" at the ends of a cell's lines.
    /// A decimal point of 12-point type is about 0.013 in across and stays.
    /// </summary>
    [Range(0.0, 0.1)] public double SpeckInches { get; init; } = InkSpecks.DefaultSideInches;

    /// <summary>
    /// In the <c>cell specks</c> pass, ink pieces no larger than this each way are whitened too when no other ink lies
    /// within <see cref="LoneSpeckClearanceInches"/>: a decimal point or full stop stands close to its digits or letters.
    /// </summary>
    [Range(0.0, 0.1)] public double LoneSpeckInches { get; init; } = 0.017;

    /// <summary>The paper around a lone speck (inches each way), see <see cref="LoneSpeckInches"/>.</summary>
    [Range(0.0, 0.5)] public double LoneSpeckClearanceInches { get; init; } = 0.03;

    /// <summary>
    /// A cell read below this mean confidence (0–1) whose letters are mostly not words (see <see cref="JunkCellMaxWordShare"/>)
    /// is the paper's grain read as text: an empty cell on grey, speckled paper. It is left empty (noise-lines pass).
    /// </summary>
    [Range(0.0, 1.0)] public double JunkCellMaxConfidence { get; init; } = 0.5;

    /// <summary>Largest share (0–1) of a junk cell's letters in dictionary words; a cell of real words read weakly stays.</summary>
    [Range(0.0, 1.0)] public double JunkCellMaxWordShare { get; init; } = 0.5;

    /// <summary>
    /// In the <c>cell digit script</c> pass, a cell read as Arabic digits in a Thai-digit table takes the digit model's
    /// reading only when the model gives each glyph this probability (0–1) or more (the model's bar for a
    /// stray token, <c>ThaiDigitCorrectorOptions.StrayMinConfidence</c>).
    /// </summary>
    [Range(0.0, 1.0)] public double ThaiDigitMinConfidence { get; init; } = 0.9;

    /// <summary>
    /// In the <c>cell amounts</c> pass, a glyph of an amount at least this many times as wide as its digits are high is
    /// touching digits, read only as pieces that are all confident digits (the digit corrector's bar for a line's runs,
    /// <c>ThaiDigitCorrectorOptions.WideGlyphRatio</c>: the widest single Thai digit is 1.4 times as wide as high); 0
    /// reads it whole as one digit, as before 2026-12-08.
    /// </summary>
    [Range(0.0, 10.0)] public double AmountTouchingWidthRatio { get; init; } = 1.6;

    /// <summary>The thresholds of the <c>cell-re-read</c> pass (short cells read again with their lines side by side).</summary>
    public CellRereadOptions Reread { get; init; } = new();
}

/// <summary>The thresholds of <see cref="CellLineRereader"/> (the <c>cell-re-read</c> pass). Defaults are the measured ones.</summary>
public sealed record CellRereadOptions
{
    /// <summary>Most lines (a count) of a cell that is re-read: cells with more are long text, read well as a block.</summary>
    [Range(1, 20)] public int MaxLines { get; init; } = 4;

    /// <summary>Engine confidence (0–1) below which a line is a sign the cell was misread.</summary>
    [Range(0.0, 1.0)] public double WeakConfidence { get; init; } = 0.8;

    /// <summary>Confidence (0–1) the side-by-side reading may lose against the first reading and still replace it.</summary>
    [Range(0.0, 1.0)] public double ConfidenceTolerance { get; init; } = 0.05;

    /// <summary>
    /// When only ink no line covers calls for the re-read (no line is weak), the lines (a count) either side of each line
    /// holding such ink that are read with it; the cell's other lines are not read again. <see cref="MaxLines"/> − 1 or
    /// more reads every line, as before session 14 (docs/ablation.md: 0 reads the same text for fewer calls).
    /// </summary>
    [Range(0, 20)] public int ContextLines { get; init; } = 0;

    /// <summary>
    /// When only ink no line covers calls for the re-read, the letters (a count) either side of that ink that are read
    /// with it: a long line is read again only in a window around its uncovered ink, cut at columns without ink, and the
    /// window's reading spliced back into the line. 0 reads the whole line, as before session 15 (docs/ablation.md).
    /// </summary>
    [Range(0, 200)] public int WindowLetters { get; init; } = 6;

    /// <summary>
    /// Whether the <c>cell re-read form</c> pass judges, outside columns of numbers, a take that only put marks on the
    /// letters of lines that are no numbers. It does not by default: such a take read no number as letters, the one thing
    /// the judge looks for there, and making the reading without it can cost an OCR call of the lost-marks pass on a wide
    /// line (docs/ablation.md, session 23). True judges it, as before.
    /// </summary>
    public bool JudgeMarksOnlyTakes { get; init; }
}
