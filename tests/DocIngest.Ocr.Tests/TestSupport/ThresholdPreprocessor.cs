using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>
/// Test-only stand-in for the real preprocessor: fixed-threshold binarisation, no deskew. Enough for clean
/// rendered fixtures; it isolates the layout stage from the preprocessing stage.
/// </summary>
public sealed class ThresholdPreprocessor(byte threshold = 160) : IPagePreprocessor
{
    public PreprocessedPage Process(GrayImage page) => new(page, Binarize(page), 0, []);

    public GrayImage Binarize(GrayImage page)
    {
        var pixels = new byte[page.Pixels.Length];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = page.Pixels[i] < threshold ? (byte)0 : (byte)255;
        return new GrayImage(page.Width, page.Height, pixels, page.Dpi);
    }
}
