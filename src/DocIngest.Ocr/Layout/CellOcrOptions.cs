using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Layout;

/// <summary>How <see cref="CellRecognizer"/> reads table cells.</summary>
public sealed record CellOcrOptions
{
    /// <summary>
    /// Segmentation for a cell. PSM 6 (one uniform block) measured better than PSM 4 on rendered Thai cells
    /// (see the layout report); both keep the cell's lines apart.
    /// </summary>
    public SegmentationMode Mode { get; init; } = SegmentationMode.SingleBlock;

    /// <summary>A cell with less ink than this share of its area is empty and not read.</summary>
    public double MinInkFraction { get; init; } = 0.002;

    /// <summary>A cell with fewer ink pixels than a square of this side is empty (specks, rule stubs).</summary>
    public double MinInkSquareInches { get; init; } = 0.03;

    /// <summary>White margin put around the cropped cell; Tesseract reads text touching the image edge badly.</summary>
    public double PaddingInches { get; init; } = 0.06;

    /// <summary>
    /// Band along each edge of the cell crop searched for rule remnants (a slanted or wobbly rule leaking past the
    /// grid line); rows or columns there that are mostly ink are whitened.
    /// </summary>
    public double EdgeBandInches { get; init; } = 0.02;

    /// <summary>
    /// Ink specks no wider and no taller than this are whitened in the cell crop before it is read: the dots of a shaded
    /// header row or of a photocopy's halftone, which the engine reads as ":", "ก" or "7" at the ends of a cell's lines.
    /// A decimal point of 12-point type is about 0.013 in across and stays.
    /// </summary>
    public double SpeckInches { get; init; } = 0.01;
}
