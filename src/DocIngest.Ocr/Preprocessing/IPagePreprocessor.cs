using DocIngest.Ocr.Timing;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>A page after preprocessing: the cleaned grayscale page, its binarised twin (0/255), and the skew removed.</summary>
public sealed record PreprocessedPage(GrayImage Gray, GrayImage Binary, double SkewDegrees, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The page before its paper was evened out (and before it was turned straight), when the preprocessor keeps it:
    /// a shaded table cell is paper to the background step and white on <see cref="Gray"/>, but dark here.
    /// </summary>
    public GrayImage? Unnormalized { get; init; }

    /// <summary>The degrees <see cref="Gray"/> was turned by (counter-clockwise) from <see cref="Unnormalized"/>; 0 when left unrotated.</summary>
    public double AppliedRotation { get; init; }
}

/// <summary>One preprocessing step (grayscale normalisation, deskew, binarisation, border cleanup...).</summary>
public interface IPagePreprocessor
{
    PreprocessedPage Process(GrayImage page);

    /// <summary>As <see cref="Process(GrayImage)"/>, with its steps timed as stages; a preprocessor without steps of its own times nothing.</summary>
    PreprocessedPage Process(GrayImage page, IStageRecorder stages) => Process(page);
}
