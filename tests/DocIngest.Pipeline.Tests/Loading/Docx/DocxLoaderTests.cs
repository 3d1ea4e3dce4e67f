using System.IO.Compression;
using DocIngest.Core.Content;
using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Docx;
using DocIngest.Pipeline.Tests.TestSupport;
using DocumentFormat.OpenXml.Wordprocessing;
using static DocIngest.Pipeline.Tests.TestSupport.TestDocx;

namespace DocIngest.Pipeline.Tests.Loading.Docx;

public class DocxLoaderTests
{
    private static IReadOnlyList<PageContent> Load(byte[] docx, ExtractionOptions? options = null) =>
        new DocxLoader(options ?? new ExtractionOptions()).Load(new SourceFile("test.docx", docx), CancellationToken.None)
            .Pages.Select(p => Assert.IsType<ContentSourcePage>(p).Content).ToList();

    [Fact]
    public void Load_Paragraphs_BecomeTextBlocksOnOnePage()
    {
        var docx = Build(Paragraph("บันทึกข้อความ"), Paragraph(""), Paragraph("เรื่อง  รายงานผล"));

        var page = Assert.Single(Load(docx));

        Assert.Equal(PageMethod.Docx, page.Method);
        Assert.Equal(1, page.Number);
        Assert.Equal(["บันทึกข้อความ", "เรื่อง รายงานผล"], page.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Load_ExplicitPageBreak_SplitsPages()
    {
        var docx = Build(Paragraph("หน้าแรก"), PageBreak(), Paragraph("หน้าที่สอง"));

        var pages = Load(docx);

        Assert.Equal(2, pages.Count);
        Assert.Equal("หน้าแรก", pages[0].Text);
        Assert.Equal("หน้าที่สอง", pages[1].Text);
        Assert.Equal(2, pages[1].Number);
    }

    [Fact]
    public void Load_TableWithSpansAndBullets_KeepsGridAndLines()
    {
        var table = Table(3,
            Row(Cell(["มาตรการ"]), Cell(["ขั้นตอน"]), Cell(["ผู้รับผิดชอบ"])),
            Row(Cell(["๑. เปิดเผยข้อมูล"], verticalMerge: MergedCellValues.Restart), Cell(["- จัดทำประกาศ", "- เผยแพร่เว็บไซต์"]), Cell(["สำนักปลัด"])),
            Row(Cell([], verticalMerge: MergedCellValues.Continue), Cell(["สรุปผลทั้งปี"], gridSpan: 2)));

        var page = Assert.Single(Load(Build(table)));

        var grid = Assert.Single(page.Tables);
        Assert.Equal(3, grid.RowCount);
        Assert.Equal(3, grid.ColumnCount);
        var merged = grid.CellAt(2, 0)!;
        Assert.Equal((1, 0, 2, 1), (merged.Row, merged.Column, merged.RowSpan, merged.ColumnSpan));
        Assert.Equal(["- จัดทำประกาศ", "- เผยแพร่เว็บไซต์"], grid.CellAt(1, 1)!.Lines);
        var wide = grid.CellAt(2, 2)!;
        Assert.Equal((2, 1, 1, 2), (wide.Row, wide.Column, wide.RowSpan, wide.ColumnSpan));
        Assert.Equal("สรุปผลทั้งปี", wide.Text);
    }

    [Fact]
    public void Load_CorruptPackage_ThrowsBadInput()
    {
        var docx = Build(Paragraph("ข้อความ"));
        var corrupt = docx[..(docx.Length / 2)];

        var error = Assert.Throws<BadInputException>(() => Load(corrupt));

        Assert.Contains("DOCX", error.Message);
    }

    [Fact]
    public void Load_HighlyCompressedEntry_IsRefusedAsZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) entry.Write(zeros);
        }

        var error = Assert.Throws<BadInputException>(() => Load(stream.ToArray()));

        Assert.Contains("zip bomb", error.Message);
    }

    [Fact]
    public void Load_TotalSizeOverLimit_IsRefused()
    {
        var docx = Build(Paragraph(new string('ก', 600_000)), Paragraph(new string('ข', 600_000)));
        var options = new ExtractionOptions { MaxDocxUncompressedBytes = 1024 * 1024 };

        var error = Assert.Throws<BadInputException>(() => Load(docx, options));

        Assert.Contains("inflate", error.Message);
    }

    /// <summary>
    /// A bomb whose ZIP directory lies: document.xml says it holds 100 KB and inflates to 300 MB of text. The declared
    /// sizes pass the guard; the ZIP reader stops at the declared size, so the part reads as cut off: refused as
    /// corrupt at once, never inflated.
    /// </summary>
    [Fact]
    public void Load_EntryInflatesBeyondItsDeclaredSize_RefusedAsCorruptWithoutInflating()
    {
        var docx = WithLyingDocumentPart(declared: 100 * 1024, inflated: 300L * 1024 * 1024);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<BadInputException>(() => Load(docx));

        Assert.StartsWith("corrupt DOCX package", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    /// <summary>
    /// A package within the size and ratio limits whose body takes the OpenXml reader longer than opening a PDF may
    /// take (ten page time limits): refused with the reason, at the limit, rather than holding the worker.
    /// </summary>
    [Fact]
    public void Load_BodyReadOverTheTimeLimit_RefusedAtTheLimitWithTheReason()
    {
        var docx = ManyParagraphs(paragraphs: 400_000); // 43 MB of XML
        var options = new ExtractionOptions { PageTimeLimit = TimeSpan.FromMilliseconds(100), MaxDocxXmlBytes = 64L * 1024 * 1024 };

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<BadInputException>(() => Load(docx, options));
        clock.Stop();

        Assert.Equal("DOCX not read within 1 s (too large or too complex a package)", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"refused after {clock.Elapsed}");
    }

    /// <summary>More XML than the reader may hold as a tree (200,000 paragraphs: 21 MB, about 400 MB as a tree): refused before reading.</summary>
    [Fact]
    public void Load_XmlPartsOverTheLimit_RefusedBeforeReading()
    {
        var docx = ManyParagraphs(paragraphs: 200_000);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<BadInputException>(() => Load(docx));

        Assert.Equal("DOCX text (its XML parts) would inflate to more than 16 MB, over the limit for one document", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    /// <summary>A DOCX of <paramref name="paragraphs"/> short numbered Thai paragraphs, written as raw XML (the SDK is slow at this size).</summary>
    internal static byte[] ManyParagraphs(int paragraphs)
    {
        var valid = Build(Paragraph("x"));
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(valid), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in source.Entries)
            {
                using var target = zip.CreateEntry(part.FullName, CompressionLevel.Fastest).Open();
                if (part.FullName != "word/document.xml")
                {
                    using var content = part.Open();
                    content.CopyTo(target);
                    continue;
                }
                using var writer = new StreamWriter(target, new System.Text.UTF8Encoding(false));
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
                for (int i = 0; i < paragraphs; i++)
                    writer.Write($"<w:p><w:r><w:t>ข้อ {i} มาตรการที่ {i * 7919 % 100_003} กองคลัง</w:t></w:r></w:p>");
                writer.Write("</w:body></w:document>");
            }
        }
        return output.ToArray();
    }

    /// <summary>A DOCX whose document.xml holds one paragraph of <paramref name="inflated"/> bytes while its headers say <paramref name="declared"/>.</summary>
    private static byte[] WithLyingDocumentPart(long declared, long inflated)
    {
        var valid = Build(Paragraph("x"));
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(valid), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in source.Entries)
            {
                using var target = zip.CreateEntry(part.FullName, CompressionLevel.Optimal).Open();
                if (part.FullName != "word/document.xml")
                {
                    using var content = part.Open();
                    content.CopyTo(target);
                    continue;
                }
                target.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
                var text = new byte[1024 * 1024];
                Array.Fill(text, (byte)'a');
                for (long written = 0; written < inflated; written += text.Length) target.Write(text);
                target.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
            }
        }
        var bytes = output.ToArray();
        // Local header (PK\x03\x04): uncompressed size at 22; central directory entry (PK\x01\x02): at 24.
        Patch(bytes, [0x50, 0x4b, 0x03, 0x04], 22, 26, declared);
        Patch(bytes, [0x50, 0x4b, 0x01, 0x02], 24, 28, declared);
        return bytes;
    }

    private static void Patch(byte[] zip, byte[] signature, int sizeOffset, int nameLengthOffset, long size)
    {
        var name = "word/document.xml"u8;
        for (int i = 0; i + 46 < zip.Length; i++)
        {
            if (!zip.AsSpan(i, 4).SequenceEqual(signature)) continue;
            int nameLength = BitConverter.ToUInt16(zip, i + nameLengthOffset);
            int nameStart = i + (signature[2] == 3 ? 30 : 46);
            if (nameLength != name.Length || !zip.AsSpan(nameStart, nameLength).SequenceEqual(name)) continue;
            BitConverter.TryWriteBytes(zip.AsSpan(i + sizeOffset, 4), (uint)size);
        }
    }
}
