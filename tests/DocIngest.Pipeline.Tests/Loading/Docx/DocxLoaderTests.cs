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
}
