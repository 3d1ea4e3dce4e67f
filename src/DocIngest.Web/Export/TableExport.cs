using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Web.Export;

/// <summary>A titled table of text: what every export (measures, comparisons) boils down to.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>Writes an <see cref="ExportTable"/> as XLSX or DOCX with DocumentFormat.OpenXml.</summary>
public static class TableExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] ToXlsx(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Headers));
            for (int r = 0; r < table.Rows.Count; r++) data.Append(Row((uint)r + 2, table.Rows[r]));
            sheetPart.Worksheet = new Worksheet(Columns(table), data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            // Sheet names: at most 31 characters, none of []:*?/\
            string name = new string(table.Title.Where(c => !"[]:*?/\\".Contains(c)).Take(31).ToArray());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = name.Length > 0 ? name : "Sheet1" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    public static byte[] ToDocx(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            body.Append(new W.Paragraph(new W.Run(new W.RunProperties(new W.Bold()), new W.Text(table.Title))));
            var grid = new W.Table(new W.TableProperties(new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 })));
            grid.Append(WordRow(table.Headers, bold: true));
            foreach (var row in table.Rows) grid.Append(WordRow(row, bold: false));
            body.Append(grid);
            body.Append(new W.SectionProperties(new W.PageSize { Width = 16838, Height = 11906, Orient = W.PageOrientationValues.Landscape }));
            main.Document = new W.Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// Column widths from the longest line in each column (in characters, Thai marks not counted as they take no width),
    /// between 6 and 60, so a sheet opens readable instead of every column at Excel's default width.
    /// </summary>
    private static Columns Columns(ExportTable table)
    {
        var columns = new Columns();
        for (int c = 0; c < table.Headers.Count; c++)
        {
            int longest = table.Rows.Select(r => c < r.Count ? r[c] : null).Append(table.Headers[c])
                .SelectMany(v => (v ?? "").Split('\n')).Select(DisplayLength).DefaultIfEmpty(0).Max();
            double width = Math.Clamp(longest + 2, 6, 60);
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        return columns;
    }

    private static int DisplayLength(string text) =>
        text.Count(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark);

    private static Row Row(uint index, IReadOnlyList<string?> values)
    {
        var row = new Row { RowIndex = index };
        foreach (var value in values)
        {
            // Numbers stay numbers (sums and sorting work in the sheet); everything else is text as shown.
            if (index > 1 && value is not null && IsPlainNumber(value))
                row.Append(new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) });
            else
                row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value ?? "") { Space = SpaceProcessingModeValues.Preserve }) });
        }
        return row;
    }

    /// <summary>An invariant-culture number with no leading zero (a leading zero is a code, such as a phone number, kept as text).</summary>
    private static bool IsPlainNumber(string value) =>
        value.Length is > 0 and <= 15 && (value == "0" || value[0] != '0' || value.StartsWith("0.", StringComparison.Ordinal))
        && double.TryParse(value, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out _);

    private static W.TableRow WordRow(IReadOnlyList<string?> values, bool bold)
    {
        var row = new W.TableRow();
        foreach (var value in values)
        {
            var cell = new W.TableCell();
            // One paragraph per line, so steps listed in a cell stay apart.
            foreach (var line in (value ?? "").Split('\n'))
            {
                var run = new W.Run(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve });
                if (bold) run.PrependChild(new W.RunProperties(new W.Bold()));
                cell.Append(new W.Paragraph(run));
            }
            row.Append(cell);
        }
        return row;
    }
}
