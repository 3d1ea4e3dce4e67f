using System.Diagnostics;
using System.Text;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>Test-only image I/O: binary PGM (P5, 8-bit) read and write, and any image loaded through ImageMagick's convert.</summary>
public static class PgmImage
{
    public static GrayImage Read(byte[] data, int dpi = 300)
    {
        int pos = 0;
        string magic = Token(data, ref pos);
        if (magic != "P5") throw new InvalidDataException($"not a binary PGM (magic '{magic}')");
        int width = int.Parse(Token(data, ref pos)), height = int.Parse(Token(data, ref pos)), max = int.Parse(Token(data, ref pos));
        if (max > 255) throw new InvalidDataException($"only 8-bit PGM is read, maxval is {max}");
        pos++; // the single whitespace byte after maxval
        if (data.Length - pos < width * height) throw new InvalidDataException("PGM pixel data is truncated");
        return new GrayImage(width, height, data.AsSpan(pos, width * height).ToArray(), dpi);
    }

    public static byte[] Write(GrayImage image)
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n");
        var data = new byte[header.Length + image.Pixels.Length];
        header.CopyTo(data, 0);
        image.Pixels.CopyTo(data, header.Length);
        return data;
    }

    /// <summary>Loads any image file as 8-bit gray by converting it with ImageMagick to PGM.</summary>
    public static GrayImage Load(string path, int dpi = 300)
    {
        var start = new ProcessStartInfo("convert") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { path, "-colorspace", "Gray", "-depth", "8", "pgm:-" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("convert did not start");
        using var output = new MemoryStream();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"convert {path} failed: {errors.Result}");
        return Read(output.ToArray(), dpi);
    }

    private static string Token(byte[] data, ref int pos)
    {
        while (pos < data.Length)
        {
            if (data[pos] == '#') { while (pos < data.Length && data[pos] != '\n') pos++; }
            else if (char.IsWhiteSpace((char)data[pos])) pos++;
            else break;
        }
        int start = pos;
        while (pos < data.Length && !char.IsWhiteSpace((char)data[pos])) pos++;
        return Encoding.ASCII.GetString(data, start, pos - start);
    }
}
