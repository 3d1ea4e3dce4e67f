using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocIngest.Pipeline.Tests.TestSupport;

/// <summary>Small real PDFs built with PdfPig and a Thai TrueType font (Laksaman, the TLWG clone of TH Sarabun).</summary>
public static class TestPdfs
{
    public const string ThaiFontPath = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf";

    /// <summary>One A4 page with the given lines set top-down at 16 pt.</summary>
    public static byte[] WithLines(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(ThaiFontPath));
        var page = builder.AddPage(PageSize.A4);
        double y = 780;
        foreach (var line in lines)
        {
            page.AddText(line, 16, new PdfPoint(72, y), font);
            y -= 24;
        }
        return builder.Build();
    }

    /// <summary>A page with a heading and a ruled grid; <paramref name="cells"/> is row-major, one string per cell.</summary>
    public static byte[] WithTable(string heading, string[][] cells, double columnWidth = 150, double rowHeight = 40)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(ThaiFontPath));
        var page = builder.AddPage(PageSize.A4);
        page.AddText(heading, 16, new PdfPoint(72, 780), font);
        double top = 740, left = 72;
        for (int r = 0; r < cells.Length; r++)
        {
            for (int c = 0; c < cells[r].Length; c++)
            {
                var origin = new PdfPoint(left + c * columnWidth, top - (r + 1) * rowHeight);
                page.DrawRectangle(origin, columnWidth, rowHeight, 0.8);
                page.AddText(cells[r][c], 14, new PdfPoint(origin.X + 6, origin.Y + rowHeight / 2 - 4), font);
            }
        }
        return builder.Build();
    }

    /// <summary>A page with no text at all, only a drawn frame: what a scan without OCR looks like to a text extractor.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(100, 100), 200, 100, 2);
        return builder.Build();
    }

    /// <summary>
    /// What a scanner produces: the text PDF rendered by poppler at <paramref name="dpi"/> and embedded as the page's only
    /// content, with no text layer. Real OCR is needed to read it back.
    /// </summary>
    public static byte[] Scanned(int dpi, params string[] lines)
    {
        var textPdf = WriteTemp(WithLines(lines));
        try
        {
            var image = new DocIngest.Pipeline.Loading.Pdf.PdfPageRasterizer().Render(textPdf, 1, dpi);
            var builder = new PdfDocumentBuilder();
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(TestPng.Encode(image), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
            return builder.Build();
        }
        finally
        {
            File.Delete(textPdf);
        }
    }

    public static string WriteTemp(byte[] data, string extension = ".pdf")
    {
        var path = Path.Combine(Path.GetTempPath(), $"docingest-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, data);
        return path;
    }
}
