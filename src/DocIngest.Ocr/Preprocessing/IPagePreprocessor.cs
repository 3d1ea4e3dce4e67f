using DocIngest.Ocr.Timing;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>A page after preprocessing: the cleaned grayscale page, its binarised twin (0/255), and the skew removed.</summary>
public sealed record PreprocessedPage(GrayImage Gray, GrayImage Binary, double SkewDegrees, IReadOnlyList<string> Warnings);

/// <summary>One preprocessing step (grayscale normalisation, deskew, binarisation, border cleanup...).</summary>
public interface IPagePreprocessor
{
    PreprocessedPage Process(GrayImage page);

    /// <summary>As <see cref="Process(GrayImage)"/>, with its steps timed as stages; a preprocessor without steps of its own times nothing.</summary>
    PreprocessedPage Process(GrayImage page, IStageRecorder stages) => Process(page);
}
