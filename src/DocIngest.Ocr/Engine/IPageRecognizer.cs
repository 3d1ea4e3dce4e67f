using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Engine;

/// <summary>A recognised page together with the image its line, block and cell boxes are measured on.</summary>
/// <param name="Content">What the page yielded; its <c>Width</c>/<c>Height</c> equal the image's.</param>
/// <param name="Image">The page as the recogniser read it (after preprocessing), so boxes drawn over it line up.</param>
public sealed record RecognizedPage(PageContent Content, GrayImage Image);

/// <summary>
/// preprocess -> layout (text blocks, ruled tables) -> OCR (blocks, cells one by one) -> digit fix -> clean-up,
/// for one page image. Not thread-safe: one per worker thread.
/// </summary>
public interface IPageRecognizer : IDisposable
{
    /// <summary>Recognises one page; boxes in the result are in the coordinates of the image the recogniser read.</summary>
    PageContent Recognize(GrayImage page, int pageNumber);

    /// <summary>
    /// Like <see cref="Recognize"/>, and also hands back the image the boxes refer to (for drawing them over the page).
    /// The default suits recognisers that read the page exactly as given; any that rotate, crop or scale it must override.
    /// </summary>
    RecognizedPage RecognizeWithImage(GrayImage page, int pageNumber) => new(Recognize(page, pageNumber), page);

    /// <summary>
    /// Like <see cref="RecognizeWithImage(GrayImage, int)"/>, reporting where the time goes to <paramref name="stages"/>
    /// (<c>docingest bench --stages</c>). The default reports nothing: a recogniser without stages of its own has none to time.
    /// </summary>
    RecognizedPage RecognizeWithImage(GrayImage page, int pageNumber, IStageRecorder stages) => RecognizeWithImage(page, pageNumber);
}
