using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// A post-OCR fix applied to each recognised line with the image it was read from
/// (for example re-reading Thai digit glyphs that Tesseract's model cannot tell apart).
/// </summary>
public interface IRecognizedLineCorrector
{
    RecognizedLine Correct(GrayImage image, RecognizedLine line);

    /// <summary>The name its time is listed under in a page's stage times (<c>docingest bench --stages</c>).</summary>
    string StageName => GetType().Name;
}
