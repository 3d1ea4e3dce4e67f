using DocIngest.Core.Content;
using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class PdfLoaderTests
{
    private static readonly PdfLoader Loader = new(new PdfPageRasterizer(), new ExtractionOptions());

    private static LoadedDocument Load(byte[] pdf, string? path = null) =>
        Loader.Load(new SourceFile(path ?? "/nonexistent/test.pdf", pdf), CancellationToken.None);

    [Fact]
    public void Load_ThaiTextLayer_ReadsLinesInOrder()
    {
        var pdf = TestPdfs.WithLines("บันทึกข้อความ", "ส่วนราชการ สำนักปลัดองค์การบริหารส่วนจังหวัด", "เรื่อง รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");

        var page = Assert.IsType<ContentSourcePage>(Assert.Single(Load(pdf).Pages));

        Assert.Equal(PageMethod.TextLayer, page.Content.Method);
        var lines = page.Content.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines).Select(l => l.Text).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("บันทึกข้อความ", lines[0]);
        Assert.Equal("ส่วนราชการ สำนักปลัดองค์การบริหารส่วนจังหวัด", lines[1]);
        Assert.Equal("เรื่อง รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", lines[2]);
    }

    [Fact]
    public void Load_LayerThatLostSaraAm_RepairedAndSaysSo()
    {
        // As Word exports Thai: every ำ stored as า (memo-district-1's first lines).
        var pdf = TestPdfs.WithLines("บันทึกข้อความ", "ส่วนราชการ สานักงานสาธารณสุขอาเภอหนองใหญ่ จังหวัดชลบุรี",
            "เรื่อง รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง ประจาปีงบประมาณ ๒๕๖๒");

        var page = Assert.IsType<ContentSourcePage>(Assert.Single(Load(pdf).Pages)).Content;

        var lines = page.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines).Select(l => l.Text).ToList();
        Assert.Equal("ส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองใหญ่ จังหวัดชลบุรี", lines[1]);
        Assert.Equal("เรื่อง รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๒", lines[2]);
        Assert.Equal(["text layer repaired: 3 sara am restored"], page.Warnings);
    }

    [Fact]
    public void Load_LayerOfThaiLettersWithoutWords_RecognisedByOcrInstead()
    {
        // Glyphs mapped to the wrong consonants: valid code points, no words.
        var pdf = TestPdfs.WithLines(Enumerable.Repeat("ฆฌฒ ฎฏฐ ฑฒณ ฬฮฅ ฃฅฆ ฌฎฏ ษฬฮ ฐฑฒ ฆฌฒฎ ฏฐฑ ฒณฬ", 4).ToArray());

        var page = Assert.IsType<ImageSourcePage>(Assert.Single(Load(pdf).Pages));

        Assert.Matches(@"^text layer not used, page recognised by OCR: only \d+ % of Thai words in the dictionary$", Assert.Single(page.Warnings));
    }

    [Fact]
    public void Load_ThaiTextLayer_BoxesAreInPagePixelsTopDown()
    {
        var pdf = TestPdfs.WithLines("บันทึกข้อความ ที่หนึ่ง", "บรรทัดที่สอง ของหน้ากระดาษ");

        var page = Assert.IsType<ContentSourcePage>(Assert.Single(Load(pdf).Pages)).Content;

        Assert.InRange(page.Width!.Value, 2478, 2482);
        Assert.InRange(page.Height!.Value, 3506, 3510);
        var boxes = page.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines).Select(l => l.Box!.Value).ToList();
        Assert.InRange(boxes[0].X, 295, 305);
        Assert.True(boxes[0].Y < boxes[1].Y);
        // The first baseline is 62 pt below the top edge: 258 px at 300 dpi, inside the line's box.
        Assert.InRange(258, boxes[0].Y, boxes[0].Bottom);
    }

    [Fact]
    public void Load_RuledTable_BuildsTableBlockWithCellText()
    {
        string[][] cells =
        [
            ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
            ["เปิดเผยข้อมูลสาธารณะ", "สำนักปลัด", "ต.ค. ๖๕ - ก.ย. ๖๖"],
        ];
        var pdf = TestPdfs.WithTable("แผนมาตรการส่งเสริมคุณธรรม", cells);

        var page = Assert.IsType<ContentSourcePage>(Assert.Single(Load(pdf).Pages)).Content;

        var table = Assert.Single(page.Tables);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal("เปิดเผยข้อมูลสาธารณะ", table.CellAt(1, 0)!.Text);
        Assert.Equal("ต.ค. ๖๕ - ก.ย. ๖๖", table.CellAt(1, 2)!.Text);
        Assert.IsType<TextBlock>(page.Blocks[0]);
        Assert.Equal("แผนมาตรการส่งเสริมคุณธรรม", page.Blocks[0].Text);
    }

    [Fact]
    public void Load_PageWithoutText_IsRenderedForOcrWithPoppler()
    {
        var path = TestPdfs.WriteTemp(TestPdfs.WithoutText());
        try
        {
            var page = Assert.IsType<ImageSourcePage>(Assert.Single(Load(File.ReadAllBytes(path), path).Pages));
            Assert.Empty(page.Warnings);

            var image = page.Render();

            Assert.InRange(image.Width, 2478, 2482);
            Assert.InRange(image.Height, 3506, 3510);
            Assert.Equal(300, image.Dpi);
            Assert.Contains(image.Pixels, p => p < 128); // the drawn frame
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_TruncatedPdf_ThrowsBadInput()
    {
        var pdf = TestPdfs.WithLines("บันทึกข้อความ ทดสอบไฟล์ที่ถูกตัดทอน");
        var path = TestPdfs.WriteTemp(pdf[..(pdf.Length / 3)]);
        try
        {
            var error = Assert.Throws<BadInputException>(() =>
            {
                var loaded = Load(File.ReadAllBytes(path), path);
                // A lenient parser may open the shell; the damage must surface before a page is handed on.
                foreach (var page in loaded.Pages.OfType<ImageSourcePage>()) page.Render();
            });

            Assert.Contains("PDF", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_EncryptedPdf_ThrowsPasswordProtected()
    {
        var error = Assert.Throws<BadInputException>(() => Load(EncryptedPdf.Build()));

        Assert.Equal("password-protected PDF", error.Message);
    }
}

public class PdfLoaderChromiumFixtureTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "chromium-thai-table.pdf");

    [Fact]
    public void Load_ChromiumPrintedMemo_ReadsThaiTextAndRuledTable()
    {
        var loaded = new PdfLoader(new PdfPageRasterizer(), new ExtractionOptions())
            .Load(new SourceFile(FixturePath, File.ReadAllBytes(FixturePath)), CancellationToken.None);

        var page = Assert.IsType<ContentSourcePage>(Assert.Single(loaded.Pages)).Content;

        var lines = page.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines).Select(l => l.Text).ToList();
        Assert.Equal("บันทึกข้อความ", lines[0]);
        Assert.Equal("ส่วนราชการ กองคลัง โทร. ๐๔๔-๑๒๓๔๕๖", lines[1]);
        Assert.Contains("จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ", lines);
        var table = Assert.Single(page.Tables);
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("จัดซื้อกระดาษและหมึกพิมพ์", table.CellAt(1, 0)!.Text);
        Assert.Equal("กองช่าง", table.CellAt(2, 1)!.Text);
        Assert.Equal("ม.ค. - มี.ค. ๖๖", table.CellAt(2, 2)!.Text);
        Assert.IsType<TableBlock>(page.Blocks[^2]);
    }
}
