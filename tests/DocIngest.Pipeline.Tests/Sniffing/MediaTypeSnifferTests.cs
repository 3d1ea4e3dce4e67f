using System.IO.Compression;
using System.Text;
using DocIngest.Pipeline.Sniffing;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Pipeline.Tests.Sniffing;

public class MediaTypeSnifferTests
{
    public static TheoryData<byte[], string> KnownSignatures => new()
    {
        { TestImages.PngHeader(10, 10), MediaTypes.Png },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], MediaTypes.Jpeg },
        { "II*\0\x08\0\0\0"u8.ToArray(), MediaTypes.Tiff },
        { "MM\0*\0\0\0\x08"u8.ToArray(), MediaTypes.Tiff },
        { "%PDF-1.7\n"u8.ToArray(), MediaTypes.Pdf },
        { "\r\n\0junk from a mail gateway %PDF-1.4\n"u8.ToArray(), MediaTypes.Pdf },
    };

    [Theory]
    [MemberData(nameof(KnownSignatures))]
    public void Sniff_KnownSignature_ReturnsMediaType(byte[] data, string expected) => Assert.Equal(expected, MediaTypeSniffer.Sniff(data));

    [Fact]
    public void Sniff_WordPackage_ReturnsDocx() =>
        Assert.Equal(MediaTypes.Docx, MediaTypeSniffer.Sniff(TestDocx.Build(TestDocx.Paragraph("ข้อความ"))));

    [Fact]
    public void Sniff_ZipWithoutWordDocument_ThrowsBadInput()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open())) writer.Write("hello");

        var error = Assert.Throws<BadInputException>(() => MediaTypeSniffer.Sniff(stream.ToArray()));

        Assert.Contains("not a Word file", error.Message);
    }

    [Fact]
    public void Sniff_PlainTextNamedPdf_SaysItLooksLikePlainText()
    {
        var error = Assert.Throws<BadInputException>(() => MediaTypeSniffer.Sniff(Encoding.UTF8.GetBytes("บันทึกข้อความ\nนี่ไม่ใช่ไฟล์ PDF\n")));

        Assert.Equal("not a supported document (looks like plain text)", error.Message);
    }

    [Fact]
    public void Sniff_ZeroBytes_SaysFileIsEmpty()
    {
        var error = Assert.Throws<BadInputException>(() => MediaTypeSniffer.Sniff([]));

        Assert.Equal("file is empty (0 bytes)", error.Message);
    }

    [Fact]
    public void Sniff_UnknownBinary_SaysBinary()
    {
        var error = Assert.Throws<BadInputException>(() => MediaTypeSniffer.Sniff([0x00, 0x01, 0x02, 0x9F, 0xFE, 0x07]));

        Assert.Contains("binary data", error.Message);
    }
}
