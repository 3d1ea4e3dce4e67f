using System.Text;

namespace DocIngest.Ocr.Imaging;

/// <summary>
/// Binary PGM (P5): what pdftoppm -gray and ImageMagick hand back and what the tesseract CLI reads, so rendering
/// and benchmarking need no image library. Header "P5 width height maxval", then samples.
/// </summary>
public static class PgmCodec
{
    /// <summary>Throws <see cref="InvalidDataException"/> on anything that is not a complete 8- or 16-bit P5 image.</summary>
    public static GrayImage Read(ReadOnlySpan<byte> data, int dpi = 300)
    {
        int position = 0;
        if (ReadToken(data, ref position) != "P5") throw new InvalidDataException("not a binary PGM (P5) image");
        int width = ReadNumber(data, ref position, "width");
        int height = ReadNumber(data, ref position, "height");
        int maxValue = ReadNumber(data, ref position, "maxval");
        if (maxValue is < 1 or > 65535) throw new InvalidDataException($"PGM maxval {maxValue} is out of range");
        position++; // the single whitespace byte that ends the header
        int bytesPerSample = maxValue > 255 ? 2 : 1;
        long needed = (long)width * height * bytesPerSample;
        if (data.Length - position < needed) throw new InvalidDataException($"PGM is truncated: {data.Length - position} of {needed} bytes");

        var pixels = new byte[width * height];
        var samples = data.Slice(position);
        for (int i = 0; i < pixels.Length; i++)
        {
            int value = bytesPerSample == 1 ? samples[i] : (samples[2 * i] << 8) | samples[2 * i + 1];
            pixels[i] = maxValue == 255 ? (byte)value : (byte)(value * 255 / maxValue);
        }
        return new GrayImage(width, height, pixels, dpi);
    }

    /// <summary>Encodes the image as 8-bit P5.</summary>
    public static byte[] Write(GrayImage image)
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n");
        var data = new byte[header.Length + image.Pixels.Length];
        header.CopyTo(data, 0);
        image.Pixels.CopyTo(data, header.Length);
        return data;
    }

    private static int ReadNumber(ReadOnlySpan<byte> data, ref int position, string what)
    {
        var token = ReadToken(data, ref position);
        return int.TryParse(token, out int value) && value > 0 ? value : throw new InvalidDataException($"PGM {what} '{token}' is not a positive number");
    }

    /// <summary>The next whitespace-separated header token, skipping '#' comments.</summary>
    private static string ReadToken(ReadOnlySpan<byte> data, ref int position)
    {
        while (position < data.Length)
        {
            if (data[position] == '#')
                while (position < data.Length && data[position] != '\n') position++;
            else if (char.IsWhiteSpace((char)data[position])) position++;
            else break;
        }
        int start = position;
        while (position < data.Length && !char.IsWhiteSpace((char)data[position]) && position - start < 16) position++;
        if (start == position) throw new InvalidDataException("PGM header ends early");
        return Encoding.ASCII.GetString(data[start..position]);
    }
}
