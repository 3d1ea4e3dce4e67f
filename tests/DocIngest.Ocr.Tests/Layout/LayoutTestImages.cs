using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Training.Digits;
using DocIngest.Training.Digits.Evaluation;
using DocIngest.Training.Tesseract;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>Pages the layout passes' tests read: one line rendered and read by real Tesseract, or a column of inked cells.</summary>
internal static class LayoutTestImages
{
    /// <summary><paramref name="text"/> rendered in Laksaman 16 pt and read by the Tesseract CLI as one line.</summary>
    public static (GrayImage Image, RecognizedLine Line) RenderAndRead(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"layout-line-{Guid.NewGuid():N}.png");
        try
        {
            var renderer = new ImageMagickRenderer();
            renderer.RenderToFile(Tests.Digits.DigitTestImages.Laksaman, 16, text, path);
            var image = renderer.LoadGray(path);
            return (image, Assert.Single(HocrLineReader.Parse(new TesseractCli().ReadLineHocr(path))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A white page 300 wide holding a column of <paramref name="rows"/> cells 100 high, a block of ink inside each.</summary>
    public static (GrayImage Gray, GrayImage Binary, IReadOnlyList<GridCell> Cells) InkedColumn(int rows)
    {
        var gray = new GrayImage(300, 100 * rows);
        gray.Pixels.AsSpan().Fill(255);
        var cells = new List<GridCell>();
        for (int row = 0; row < rows; row++)
        {
            for (int y = 40; y < 60; y++)
                for (int x = 100; x < 160; x++) gray[x, row * 100 + y] = 0;
            cells.Add(new GridCell(row, 0, 1, 1, new BoundingBox(0, row * 100, 300, 100), new BoundingBox(5, row * 100 + 5, 290, 90)));
        }
        var binary = new GrayImage(300, 100 * rows, (byte[])gray.Pixels.Clone());
        return (gray, binary, cells);
    }
}
