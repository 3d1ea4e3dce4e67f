using System.Text;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits.Training;

/// <summary>
/// Reads and writes binary 8-bit PGM (P5), the format ImageMagick hands rendered glyphs back in,
/// so training needs no image library.
/// </summary>
public static class PgmCodec
{
    /// <summary>Decodes a P5 image with maxval ≤ 255. Throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static GrayImage Read(byte[] data, int dpi = 300)
    {
        int position = 0;
        if (NextToken(data, ref position) != "P5") throw new InvalidDataException("not a binary PGM (P5) image");
        int width = ParseNumber(NextToken(data, ref position), "width");
        int height = ParseNumber(NextToken(data, ref position), "height");
        int maxValue = ParseNumber(NextToken(data, ref position), "maxval");
        if (maxValue is <= 0 or > 255) throw new InvalidDataException($"PGM maxval {maxValue} is not 8-bit");
        position++; // the single whitespace byte after maxval
        if (data.Length - position < (long)width * height) throw new InvalidDataException("PGM pixel data is truncated");
        var pixels = data.AsSpan(position, width * height).ToArray();
        if (maxValue != 255)
            for (int i = 0; i < pixels.Length; i++) pixels[i] = (byte)(pixels[i] * 255 / maxValue);
        return new GrayImage(width, height, pixels, dpi);
    }

    /// <summary>Encodes the image as P5.</summary>
    public static byte[] Write(GrayImage image)
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n");
        var data = new byte[header.Length + image.Pixels.Length];
        header.CopyTo(data, 0);
        image.Pixels.CopyTo(data, header.Length);
        return data;
    }

    private static string NextToken(byte[] data, ref int position)
    {
        while (position < data.Length)
        {
            if (data[position] == '#') { while (position < data.Length && data[position] != '\n') position++; }
            else if (char.IsWhiteSpace((char)data[position])) position++;
            else break;
        }
        int start = position;
        while (position < data.Length && !char.IsWhiteSpace((char)data[position])) position++;
        if (start == position) throw new InvalidDataException("PGM header is truncated");
        return Encoding.ASCII.GetString(data, start, position - start);
    }

    private static int ParseNumber(string token, string what) =>
        int.TryParse(token, out var value) && value > 0 ? value : throw new InvalidDataException($"PGM {what} '{token}' is not a positive number");
}
