using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>The thresholds of <see cref="MissedLineReader"/> (the <c>missed-lines</c> pass). Defaults are the measured ones.</summary>
public sealed record MissedLineOptions
{
    /// <summary>Letter-sized ink components (a count) a row needs to be a line of text.</summary>
    [Range(1, 100)] public int MinComponents { get; init; } = 3;

    /// <summary>Engine confidence (0–1) below which a reading of a row is taken for noise.</summary>
    [Range(0.0, 1.0)] public double MinConfidence { get; init; } = 0.7;

    /// <summary>
    /// Height of a row as a share (0–1) of the median line box below which it is a row of marks (the tone marks and upper
    /// vowels above a line whose box left them out), not a line: a line box spans the marks above and the vowels below its
    /// letters, and a row of letters is about 0.4 of it. Measured on the sample scans (2026-11-29): the rows read empty were
    /// 0.20–0.25 of the median line box, the rows that gave a line 0.38 and more; each empty read cost 50–60 ms.
    /// </summary>
    [Range(0.0, 1.0)] public double MinRowShare { get; init; } = 0.3;

    /// <summary>
    /// Widest gap (in median line boxes, 0–20) between the components of a row read as one line: a wider one parts two
    /// pieces of text side by side (the labels on a pie chart's slices), read each alone. Word gaps are under one.
    /// </summary>
    [Range(0.0, 20.0)] public double MaxGapLineHeights { get; init; } = 2;

    /// <summary>Confidence (0–1) a re-read of a cut line may lose against the cut reading and still replace it.</summary>
    [Range(0.0, 1.0)] public double ConfidenceTolerance { get; init; } = 0.05;
}
