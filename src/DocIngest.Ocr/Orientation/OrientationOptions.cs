using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Orientation;

/// <summary>The <c>orientation</c> pass (<see cref="OrientationCheckingRecognizer"/>): when a page's reading is checked, and when a turned reading replaces it.</summary>
public sealed record OrientationOptions
{
    /// <summary>
    /// A page read with a mean line confidence below this has its orientation detected. Upright real pages, degraded as
    /// scans, read at 0.88 or more (the 34 tuning pages); an upside-down page reads about 0.66.
    /// </summary>
    [Range(0.0, 1.0)] public double CheckBelowConfidence { get; init; } = 0.80;

    /// <summary>The detector's margin (<see cref="PageOrientation.Confidence"/>) needed before a turned page is read at all.</summary>
    [Range(0.0, 100.0)] public double MinDetectionConfidence { get; init; } = 2.0;

    /// <summary>The turned page's reading replaces the first only when its mean line confidence is higher by this much.</summary>
    [Range(0.0, 1.0)] public double MinConfidenceGain { get; init; } = 0.05;
}
