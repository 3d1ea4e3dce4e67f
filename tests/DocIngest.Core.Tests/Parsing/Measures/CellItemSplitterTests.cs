using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class CellItemSplitterTests
{
    [Fact]
    public void Split_DashBulletsWithWrappedLines_OneItemPerBullet()
    {
        string[] lines = ["- หน่วยงานต้องจัดให้มีการประเมินความพึง", "พอใจของผู้มาติดต่อ", "- หน่วยงานต้องแสดงคู่มือ"];

        var items = CellItemSplitter.Split(lines, linesAreParagraphs: false, WrapJoin.ThaiAware);

        Assert.Equal(["หน่วยงานต้องจัดให้มีการประเมินความพึงพอใจของผู้มาติดต่อ", "หน่วยงานต้องแสดงคู่มือ"], items);
    }

    [Fact]
    public void Split_InlineNumberedItems_SplitsInSequence()
    {
        string[] lines = ["๑. ประชุมให้ความรู้ผู้บริหาร ๒. จัดทำแผนพับประชาสัมพันธ์ ๓. จัดทำโครงการ ประจำปี ๒๕๖๕"];

        var items = CellItemSplitter.Split(lines, false, WrapJoin.ThaiAware);

        Assert.Equal(["ประชุมให้ความรู้ผู้บริหาร", "จัดทำแผนพับประชาสัมพันธ์", "จัดทำโครงการ ประจำปี ๒๕๖๕"], items);
    }

    [Fact]
    public void Split_DatesAndTimesInsideItem_AreNotTakenForNumbers()
    {
        string[] lines = ["๑. ประชุม เมื่อวันที่ ๘ เมษายน ๒๕๖๔ เวลา ๑๓.๓๐ น. ลว. ๕ มิถุนายน ๒๕๖๓ ครั้งที่ ๓. แล้ว"];

        var items = CellItemSplitter.Split(lines, false, WrapJoin.ThaiAware);

        Assert.Single(items);
    }

    [Fact]
    public void Split_InlineDashBullets_SplitWhenCellUsesThatBullet()
    {
        string[] lines = ["- ลงประกาศในเว็บไซต์ - หน้าเว็บไซต์หลัก -เมนู/เกี่ยวกับเรา"];

        var items = CellItemSplitter.Split(lines, false, WrapJoin.ThaiAware);

        Assert.Equal(["ลงประกาศในเว็บไซต์", "หน้าเว็บไซต์หลัก", "เมนู/เกี่ยวกับเรา"], items);
    }

    [Fact]
    public void Split_DashBetweenYears_IsARangeNotABullet()
    {
        string[] lines = ["- จัดทำแผนป้องกันการทุจริต ประจำปี พ.ศ. ๒๕๖๖ – ๒๕๗๐"];

        var items = CellItemSplitter.Split(lines, false, WrapJoin.ThaiAware);

        Assert.Equal(["จัดทำแผนป้องกันการทุจริต ประจำปี พ.ศ. ๒๕๖๖ – ๒๕๗๐"], items);
    }

    [Fact]
    public void Split_LeadInThenInlineNumbers_LeadInIsItsOwnItem()
    {
        string[] lines = ["จัดให้มีช่องทาง ๑. ผ่านแพลตฟอร์ม ๒. จัดช่องทางรับเรื่องร้องเรียน"];

        var items = CellItemSplitter.Split(lines, false, WrapJoin.ThaiAware);

        Assert.Equal(["จัดให้มีช่องทาง", "ผ่านแพลตฟอร์ม", "จัดช่องทางรับเรื่องร้องเรียน"], items);
    }

    [Theory]
    [InlineData("(๑) ", "(๒) ")]
    [InlineData("1) ", "2) ")]
    [InlineData("• ", "• ")]
    [InlineData("1.", "2.")]
    public void Split_LineStartMarkers_StripsMarkers(string first, string second)
    {
        string[] lines = [first + "เผยแพร่แผน", second + "บันทึกรายละเอียด"];

        var items = CellItemSplitter.Split(lines, false, WrapJoin.ThaiAware);

        Assert.Equal(["เผยแพร่แผน", "บันทึกรายละเอียด"], items);
    }

    [Fact]
    public void Split_DocxParagraphsWithoutMarkers_EachParagraphAnItem()
    {
        string[] lines = ["สำนักปลัด", "กองคลัง"];

        Assert.Equal(2, CellItemSplitter.Split(lines, linesAreParagraphs: true, WrapJoin.Space).Count);
    }

    [Fact]
    public void Split_OcrLinesWithoutMarkers_JoinedAsOneWrappedItem()
    {
        string[] lines = ["การกำหนดกรอบแนวทางการเผยแพร่ข้อมูลต่อ", "สาธารณะ ผ่าน website"];

        var items = CellItemSplitter.Split(lines, linesAreParagraphs: false, WrapJoin.ThaiAware);

        Assert.Equal(["การกำหนดกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะ ผ่าน website"], items);
    }

    [Fact]
    public void Split_SpaceJoin_KeepsSpaceBetweenWrappedThaiLines()
    {
        var items = CellItemSplitter.Split(["- สำนักปลัดฯ", "ฝ่ายนิติการ"], false, WrapJoin.Space);

        Assert.Equal(["สำนักปลัดฯ ฝ่ายนิติการ"], items);
    }

    [Theory]
    [InlineData("จัดให้มีช่องทางการติดต่อสื่อสาร|ดังนี้|๑. จัดทำแพลตฟอร์ม|๒. จัดทำเพจ")]
    [InlineData("ดำเนินการ ดังนี้|1) จัดทำแพลตฟอร์ม|2) จัดทำเพจ")]
    [InlineData("จัดให้มีช่องทาง|(๑) จัดทำแพลตฟอร์ม|(๒) จัดทำเพจ")]
    public void SplitSteps_LeadInBeforeListNumberedFromOne_LeadInDropped(string cell)
    {
        var lines = cell.Split('|');
        var steps = CellItemSplitter.SplitSteps([lines], false, WrapJoin.ThaiAware);

        Assert.Equal(["จัดทำแพลตฟอร์ม", "จัดทำเพจ"], steps);
    }

    [Fact]
    public void SplitSteps_DocxLeadInParagraph_LeadInDropped()
    {
        var steps = CellItemSplitter.SplitSteps([["มีการดำเนินการ ดังนี้", "๑. ประกาศเจตจำนง", "๒. จัดอบรม"]], true, WrapJoin.ThaiAware);

        Assert.Equal(["ประกาศเจตจำนง", "จัดอบรม"], steps);
    }

    [Theory]
    [InlineData("จัดทำประกาศ|๓. จัดอบรม")]
    [InlineData("จัดทำประกาศ|- จัดอบรม")]
    [InlineData("กำหนดกรอบ ได้แก่ (๑) การเผยแพร่แผน|(๒) การบันทึก")]
    public void SplitSteps_NoListFromOneAtLineStart_FirstItemKept(string cell)
    {
        var lines = cell.Split('|');
        var steps = CellItemSplitter.SplitSteps([lines], false, WrapJoin.ThaiAware);

        Assert.Equal(CellItemSplitter.SplitChunks([lines], false, WrapJoin.ThaiAware), steps);
    }

    [Theory]
    [InlineData("๑. จัดทำประกาศ|๒. จัดกิจกรรมในการประชุมประจำเดือน ๓, มอบหมายให้ทุกงานจัดทำคู่มือ")]
    [InlineData("1. จัดทำประกาศ 2, จัดกิจกรรมในการประชุมประจำเดือน 3, มอบหมายให้ทุกงานจัดทำคู่มือ")]
    public void Split_NumberDotReadAsComma_SplitInSequence(string cell)
    {
        var items = CellItemSplitter.Split(cell.Split('|'), false, WrapJoin.ThaiAware);

        Assert.Equal(3, items.Count);
        Assert.StartsWith("มอบหมาย", items[2]);
    }

    [Fact]
    public void Split_CommaAfterNumberNotInSequence_NotAnItem()
    {
        var items = CellItemSplitter.Split(["๑. ประชุมครั้งที่ ๕, มีมติให้จัดทำแผน", "ตามข้อ ๑, ๒ และ ๓"], false, WrapJoin.ThaiAware);

        Assert.Equal(["ประชุมครั้งที่ ๕, มีมติให้จัดทำแผนตามข้อ ๑, ๒ และ ๓"], items);
    }

    [Fact]
    public void Split_EmptyLines_NoItems() => Assert.Empty(CellItemSplitter.Split(["", "  "], false, WrapJoin.ThaiAware));
}
