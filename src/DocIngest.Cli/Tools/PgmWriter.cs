using System.Text;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Cli.Tools;

/// <summary>Writes a <see cref="GrayImage"/> as binary PGM, which the tesseract CLI reads through Leptonica.</summary>
public static class PgmWriter
{
    public static void Write(GrayImage image, string path)
    {
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n"));
        file.Write(image.Pixels);
    }
}
