using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>The numbers of the <c>page-outline</c> pass (<see cref="PageOutlineRectifier"/>).</summary>
public sealed record PageOutlineOptions
{
    /// <summary>Least share (0–1) of the image the sheet must cover.</summary>
    [Range(0.05, 1.0)] public double MinPaperShare { get; init; } = 0.3;

    /// <summary>Least share (0–1) of each side of the image that must show the darker surface around the sheet.</summary>
    [Range(0.0, 1.0)] public double MinSurfaceShare { get; init; } = 0.6;

    /// <summary>Least difference of gray level (0–255) between the sheet and the surface.</summary>
    [Range(0, 255)] public int MinContrast { get; init; } = 40;

    /// <summary>The rectifier these numbers describe.</summary>
    public PageOutlineRectifier Create() => new(MinPaperShare, MinSurfaceShare, MinContrast);
}

/// <summary>The numbers of the <c>background</c> pass (<see cref="BackgroundNormalizer"/>).</summary>
public sealed record BackgroundOptions
{
    /// <summary>Side of the grid's tiles whose paper level is estimated, in inches; ~0.12 in is a few strokes of body text.</summary>
    [Range(0.02, 2.0)] public double TileInches { get; init; } = 0.12;

    /// <summary>The normaliser these numbers describe.</summary>
    public BackgroundNormalizer Create() => new(TileInches);
}

/// <summary>The numbers of the <c>borders</c> pass (<see cref="BorderCleaner"/>).</summary>
public sealed record BorderOptions
{
    /// <summary>Largest share (0–0.5) of the page's width or height a dark border band may take.</summary>
    [Range(0.0, 0.5)] public double MaxBandShare { get; init; } = 0.08;

    /// <summary>Gray level (0–255) below which a pixel counts as dark.</summary>
    [Range(0, 255)] public int DarkLevel { get; init; } = 140;

    /// <summary>Least share (0–1) of a column's (row's) pixels that must be dark for it to stay in the band.</summary>
    [Range(0.0, 1.0)] public double DarkShare { get; init; } = 0.5;

    /// <summary>The cleaner these numbers describe.</summary>
    public BorderCleaner Create() => new(MaxBandShare, (byte)DarkLevel, DarkShare);
}

/// <summary>The numbers of the <c>deskew</c> pass (<see cref="SkewEstimator"/> and the rotation after it).</summary>
public sealed record DeskewOptions
{
    /// <summary>Largest skew searched for, in degrees either way.</summary>
    [Range(0.5, 45.0)] public double MaxDegrees { get; init; } = 6.0;

    /// <summary>Skews smaller than this, in degrees, are left alone: rotation blurs strokes slightly and gains nothing at this size.</summary>
    [Range(0.0, 5.0)] public double MinCorrectedDegrees { get; init; } = PagePreprocessor.MinCorrectedDegrees;

    /// <summary>The estimator these numbers describe.</summary>
    public SkewEstimator Create() => new(MaxDegrees);
}

/// <summary>The numbers of the <c>binarise</c> pass (<see cref="SauvolaBinarizer"/>; always on, every later pass reads its output).</summary>
public sealed record BinariseOptions
{
    /// <summary>Side of Sauvola's square window, in inches; ~0.12 in covers a few strokes of body text.</summary>
    [Range(0.02, 2.0)] public double WindowInches { get; init; } = 0.12;

    /// <summary>Sauvola's sensitivity k (no unit); larger removes more faint ink.</summary>
    [Range(0.01, 1.0)] public double K { get; init; } = 0.3;

    /// <summary>The binariser these numbers describe.</summary>
    public SauvolaBinarizer Create() => new(WindowInches, K);
}

/// <summary>The numbers of the <c>thin-strokes</c> pass (<see cref="StrokeThickener"/>).</summary>
public sealed record ThinStrokeOptions
{
    /// <summary>Least share (0–1) of the binary page's ink in pieces shorter than a stroke both ways for the strokes to count as broken.</summary>
    [Range(0.0, 1.0)] public double MinBrokenShare { get; init; } = 0.5;

    /// <summary>Least median grey level (0–255) of the ink for it to count as caught grey (thin or faint), not black speckle.</summary>
    [Range(0, 255)] public int MinInkLevel { get; init; } = 100;

    /// <summary>Least median grey level (0–255) of the ink in whole strokes: broken thin ink leaves its surviving
    /// strokes grey too, while a bilevel copy's letters stay black however grey its speckle comes out.</summary>
    [Range(0, 255)] public int MinStrokeLevel { get; init; } = 50;

    /// <summary>Pixels (1–3) the ink of a page with broken strokes is spread by each way.</summary>
    [Range(1, 3)] public int Radius { get; init; } = 1;

    /// <summary>Sauvola's sensitivity k (no unit) for the binary page made from the thickened one; lower keeps more faint ink.</summary>
    [Range(0.01, 1.0)] public double K { get; init; } = 0.1;

    /// <summary>The thickener these numbers describe, binarising with the page's window (<see cref="BinariseOptions.WindowInches"/>).</summary>
    public StrokeThickener Create(double windowInches = 0.12) => new(MinBrokenShare, MinInkLevel, Radius, K, windowInches, MinStrokeLevel);
}
