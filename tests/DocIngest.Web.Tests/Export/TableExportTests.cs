using DocIngest.Web.Export;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Web.Tests.Export;

public class TableExportTests
{
    private static readonly ExportTable Table = new("มาตรการ", ["มาตรการ", "ผู้รับผิดชอบ"],
        [["มาตรการป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด\nกองคลัง"], ["มาตรการเผยแพร่ข้อมูล", null]]);

    [Fact]
    public void ToXlsx_Table_ReadableWorkbookWithThaiCells()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(TableExport.ToXlsx(Table)), false);

        var text = document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
        Assert.Contains("มาตรการป้องกันผลประโยชน์ทับซ้อน", text);
        Assert.Equal(3, document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
    }

    [Fact]
    public void ToDocx_Table_OneParagraphPerLineInCells()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(TableExport.ToDocx(Table)), false);

        var table = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(2, rows[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ElementAt(1).Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Count());
    }

    [Fact]
    public void ToXlsx_NumbersAndCodes_NumbersAsNumbersCodesAsTextColumnsSized()
    {
        var table = new ExportTable("มาตรการ", ["ปีงบประมาณ", "คะแนน", "โทร.", "มาตรการ"],
            [["2566", "85.5", "043816061", "มาตรการป้องกันผลประโยชน์ทับซ้อนในการปฏิบัติหน้าที่ของเจ้าหน้าที่"]]);
        using var document = SpreadsheetDocument.Open(new MemoryStream(TableExport.ToXlsx(table)), false);

        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ElementAt(1).Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, cells[0].DataType!.Value);
        Assert.Equal("85.5", cells[1].CellValue!.Text);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, cells[2].DataType!.Value); // a leading zero is a code
        var widths = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(4, widths.Count);
        Assert.True(widths[3] > widths[0] * 3, "the long title's column is wider");
    }
}
