using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// preprocess -> layout (text blocks, ruled tables) -> OCR (blocks, cells one by one) -> digit fix -> clean-up,
/// for one page image. Not thread-safe: one per worker thread.
/// </summary>
public interface IPageRecognizer : IDisposable
{
    PageContent Recognize(GrayImage page, int pageNumber);
}
