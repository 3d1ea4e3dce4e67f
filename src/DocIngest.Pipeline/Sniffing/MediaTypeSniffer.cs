using System.IO.Compression;
using System.Text;

namespace DocIngest.Pipeline.Sniffing;

/// <summary>
/// Tells what a file is from its first bytes, never from its name: users rename scans, and mail gateways
/// add junk before a PDF header.
/// </summary>
public static class MediaTypeSniffer
{
    /// <summary>How far into the file a PDF header may start (Acrobat tolerates 1024 bytes of junk).</summary>
    private const int PdfHeaderSearchWindow = 1024;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipSignature = [(byte)'P', (byte)'K', 3, 4];

    /// <summary>The media type of <paramref name="data"/>; throws <see cref="BadInputException"/> for anything unsupported.</summary>
    public static string Sniff(byte[] data)
    {
        if (data.Length == 0) throw new BadInputException("file is empty (0 bytes)");
        ReadOnlySpan<byte> head = data;
        if (head.StartsWith(PngSignature)) return MediaTypes.Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return MediaTypes.Jpeg;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return MediaTypes.Tiff;
        if (head[..Math.Min(head.Length, PdfHeaderSearchWindow)].IndexOf(PdfSignature) >= 0) return MediaTypes.Pdf;
        if (head.StartsWith(ZipSignature))
        {
            return IsWordPackage(data)
                ? MediaTypes.Docx
                : throw new BadInputException("not a supported document (a ZIP archive without word/document.xml, not a Word file)");
        }
        throw new BadInputException($"not a supported document (looks like {Describe(head)})");
    }

    private static bool IsWordPackage(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException($"corrupt ZIP/DOCX package ({e.Message})", e);
        }
    }

    /// <summary>A guess at what the bytes are, so that the error tells the user what they actually sent.</summary>
    private static string Describe(ReadOnlySpan<byte> head)
    {
        var sample = head[..Math.Min(head.Length, 4096)];
        if (sample.StartsWith("GIF8"u8)) return "a GIF image";
        if (sample.StartsWith("BM"u8)) return "a BMP image";
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return "a legacy Office (.doc/.xls) file";
        if (sample.StartsWith("{\\rtf"u8)) return "an RTF document";
        if (LooksLikeText(sample))
        {
            var text = Encoding.UTF8.GetString(sample).TrimStart();
            return text.StartsWith('<') ? "HTML or XML" : "plain text";
        }
        return "binary data of an unknown kind";
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> sample)
    {
        // A fixed-size sample may cut one multi-byte character in two, hence one replacement character is allowed.
        var text = Encoding.UTF8.GetString(sample);
        return text.Count(c => c == '\uFFFD') <= 1 && text.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t');
    }
}
