using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline;

/// <summary>
/// Receives, during one <see cref="IExtractor.Extract(string, IPageImageSink, IProgress{PageProgress}?, CancellationToken)"/>
/// call, the image of each recognised page: the very pixels the result's boxes are measured on, at full resolution, so the
/// page's <c>width</c>/<c>height</c> in the result equal the image's and boxes need no scaling.
/// </summary>
/// <remarks>
/// Called once per OCR'd page, from the worker thread that recognised it, so calls for different pages may run at once
/// and arrive in any order. Pages whose text came with the file (PDF text layer, DOCX) have no image and are not passed.
/// An exception from the sink fails the extraction, as any other page error would.
/// </remarks>
public interface IPageImageSink
{
    /// <summary>Takes the image of page <paramref name="pageNumber"/> (1-based). The image must not be modified.</summary>
    void Accept(int pageNumber, GrayImage image);
}
