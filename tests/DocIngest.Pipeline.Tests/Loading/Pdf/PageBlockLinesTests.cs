using DocIngest.Core.Content;
using DocIngest.Pipeline.Loading.Pdf;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class PageBlockLinesTests
{
    private static readonly IReadOnlyList<PageBlock> Blocks =
    [
        new TextBlock([new TextLine("บันทึกข้อความ", null, 1), new TextLine("ส่วนราชการ สานักงาน", null, 1)]),
        new TableBlock(new Table(1, 2, [
            new TableCell(0, 0, 1, 1, ["ลาดับ"], null, 1),
            new TableCell(0, 1, 1, 1, ["จานวน", "เงิน"], null, 1),
        ])),
    ];

    [Fact]
    public void Collect_TextAndTable_LinesInBlockOrder() =>
        Assert.Equal(["บันทึกข้อความ", "ส่วนราชการ สานักงาน", "ลาดับ", "จานวน", "เงิน"], PageBlockLines.Collect(Blocks));

    [Fact]
    public void Replace_NewLines_SameLayoutNewText()
    {
        var replaced = PageBlockLines.Replace(Blocks, ["บันทึกข้อความ", "ส่วนราชการ สำนักงาน", "ลำดับ", "จำนวน", "เงิน"]);

        Assert.Equal("บันทึกข้อความ\nส่วนราชการ สำนักงาน", replaced[0].Text);
        var table = Assert.IsType<TableBlock>(replaced[1]).Table;
        Assert.Equal(["จำนวน", "เงิน"], table.Cells[1].Lines);
        Assert.Equal(1, table.Cells[1].Column);
    }

    [Fact]
    public void Replace_WrongLineCount_Throws() =>
        Assert.Throws<ArgumentException>(() => PageBlockLines.Replace(Blocks, ["บันทึกข้อความ"]));
}
