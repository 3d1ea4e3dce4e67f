using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Tests.Digits;
using DocIngest.Training.Digits;
using DocIngest.Training.Digits.Evaluation;
using DocIngest.Training.Tesseract;

namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>
/// One printed line as the real engine reads it, for the re-readers and correctors to work on: rendered by ImageMagick,
/// read by the tesseract CLI as hOCR with its character boxes (a single line), with the Latin-free engine the page
/// recogniser re-reads lines with.
/// </summary>
public static class RenderedLine
{
    /// <summary>The rendered image and the engine's reading of it, symbol boxes included.</summary>
    public static (GrayImage Image, RecognizedLine Line) Read(string text, string font = DigitTestImages.Laksaman, double size = 16)
    {
        string path = Path.Combine(Path.GetTempPath(), $"rendered-line-{Guid.NewGuid():N}.png");
        try
        {
            var renderer = new ImageMagickRenderer();
            renderer.RenderToFile(font, size, text, path);
            var line = Assert.Single(HocrLineReader.Parse(new TesseractCli().ReadLineHocr(path)));
            return (renderer.LoadGray(path), line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A new engine with the Thai model alone (the page recogniser's Latin-free engine); the caller disposes it.</summary>
    public static TesseractEngine ThaiEngine() =>
        new(new TesseractEngineOptions(TessdataLocator.Locate(), "tha", TesseractEngineOptions.DefaultVariables));
}
