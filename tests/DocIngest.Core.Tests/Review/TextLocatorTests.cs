using DocIngest.Core.Extraction;
using DocIngest.Core.Review;

namespace DocIngest.Core.Tests.Review;

public sealed class TextLocatorTests
{
    private static readonly PageResult[] Pages =
    [
        new()
        {
            Number = 1, Method = "ocr", Text = "",
            Lines =
            [
                new LineResult("ส่วนราชการ องค์การบริหารส่วนตำบลกำปัง โทร. ๐ ๔๓๒๑ ๔๕๖๗", [100, 200, 1200, 40], 0.91),
                new LineResult("ที่ มค ๗๑๔๐๑/๒๕๖        วันที่ ๑๕ มีนาคม ๒๕๖๔", [100, 260, 1200, 40], 0.62),
                new LineResult("ตามที่องค์การบริหารส่วนตำบลได้จัดทำแผน", [160, 400, 1100, 40], 0.88),
                new LineResult("ปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ", [100, 450, 1150, 40], 0.85),
            ],
        },
        new()
        {
            Number = 2, Method = "ocr", Text = "",
            Tables = [new TableResult(1, 2, [50, 50, 900, 100], [new CellResult(0, 1, 1, 1, "กองคลัง", ["กองคลัง"], [500, 60, 200, 60], 0.97)])],
        },
    ];

    [Fact]
    public void Locate_ShortValueWithArabicDigitsAndNoSpaces_FindsItsLine()
    {
        var where = new TextLocator(Pages).Locate("15 มีนาคม 2564");
        Assert.NotNull(where);
        Assert.Equal(1, where.Page);
        Assert.Equal([100, 260, 1200, 40], where.Box);
        Assert.Equal(0.62, where.Confidence);
    }

    [Fact]
    public void Locate_ValueInTableCell_FindsTheCell()
    {
        var where = new TextLocator(Pages).Locate("กองคลัง");
        Assert.NotNull(where);
        Assert.Equal(2, where.Page);
        Assert.Equal([500, 60, 200, 60], where.Box);
    }

    [Fact]
    public void Locate_LongParagraph_UnionOfItsLines()
    {
        var where = new TextLocator(Pages).Locate("ตามที่องค์การบริหารส่วนตำบลได้จัดทำแผน ปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ เพื่อ");
        Assert.NotNull(where);
        Assert.Equal([100, 400, 1160, 90], where.Box);
        Assert.Equal(0.85, where.Confidence);
    }

    [Fact]
    public void Locate_OcrMisreadCharacter_StillFoundBySimilarity()
    {
        var where = new TextLocator(Pages).Locate("องค์การบริหารส่วนตำบลกำบัง");
        Assert.NotNull(where);
        Assert.Equal(200, where.Box[1]);
    }

    [Fact]
    public void Locate_ValueNotOnThePages_Null()
    {
        Assert.Null(new TextLocator(Pages).Locate("คณะกรรมการตรวจรับพัสดุ"));
    }

    [Fact]
    public void Locate_OutsideThePageRange_Null()
    {
        Assert.Null(new TextLocator(Pages).Locate("กองคลัง", firstPage: 1, lastPage: 1));
    }

    [Fact]
    public void Locate_LongValueWhosePhraseRecursLower_OnlyItsOwnLines()
    {
        var page = new PageResult
        {
            Number = 1, Method = "ocr", Text = "",
            Lines =
            [
                new LineResult("เรื่อง ขอเชิญประชุมคณะทำงานยกระดับการประเมินคุณธรรมและความ", [100, 100, 1100, 40], 0.95),
                new LineResult("โปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", [100, 145, 800, 40], 0.9),
                new LineResult("เรียน คณะทำงาน ทุกท่าน", [100, 190, 400, 40], 0.95),
                new LineResult("ตามคำสั่งองค์การบริหารส่วนตำบล เรื่อง แต่งตั้งคณะทำงาน", [160, 240, 1000, 40], 0.95),
                new LineResult("โปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", [100, 285, 800, 40], 0.8),
            ],
        };
        var where = new TextLocator([page]).Locate("ขอเชิญประชุมคณะทำงานยกระดับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔");
        Assert.NotNull(where);
        Assert.Equal([100, 100, 1100, 85], where.Box);
        Assert.Equal(0.9, where.Confidence);
    }
}
