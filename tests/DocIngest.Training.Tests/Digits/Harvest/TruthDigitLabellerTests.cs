using DocIngest.Training.Digits.Harvest;

namespace DocIngest.Training.Tests.Digits.Harvest;

public class TruthDigitLabellerTests
{
    private static string Fold(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string? LabelOf(string truth, string line, string run)
    {
        int start = line.IndexOf(run, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{run}' is not in '{line}'");
        return new TruthDigitLabeller(Fold(truth), Fold).Label(line, start, run.Length);
    }

    private const string Page = "บันทึกข้อความ\nที่ อต ๐๐๓๓.๓๐๖/๘๑๔๐ วันที่ ๑๔ กุมภาพันธ์ ๒๕๖๕\nเรื่อง ขอรายงานผล\nข้อ ๗) การตรวจสอบ\nโทร ๐ ๔๓๘๑ ๑๖๗๘";

    [Fact]
    public void Label_YearMisreadWithTheNeighboursRight_TheYearPrinted()
    {
        Assert.Equal("๒๕๖๕", LabelOf(Page, "วันที่ ๑๔ กุมภาพันธ์ ๒๕๒๕", "๒๕๒๕"));
    }

    [Fact]
    public void Label_DigitsDroppedFromTheRun_AllTheDigitsPrinted()
    {
        // ๘๑๔๐ read with ๔ dropped: the digits printed there, however many the engine wrote.
        Assert.Equal("๘๑๔๐", LabelOf(Page, "ที่ อต ๐๐๓๓.๓๐๖/๘๑๐ วันที่", "๘๑๐"));
    }

    [Fact]
    public void Label_ItemNumberReadAsALatinLetter_TheDigit()
    {
        Assert.Equal("๗", LabelOf(Page, "ข้อ a) การตรวจสอบ", "a"));
    }

    [Fact]
    public void Label_NeighbourDisagrees_Null()
    {
        // The slash after the run was read as a digit: the run's place is not certain.
        Assert.Null(LabelOf(Page, "ที่ อต ๐๐๓๓.๓๐๖๑๘๑๔๐ วันที่", "๘๑๔๐"));
    }

    [Fact]
    public void Label_RunThatIsALetterInTheText_Null()
    {
        Assert.Null(LabelOf(Page, "เรื่อง ขอรายงาน๒ล", "๒"));
    }

    [Fact]
    public void Label_LineNotOnThePage_Null()
    {
        Assert.Null(LabelOf(Page, "ประกาศ ณ วันที่ ๓ มีนาคม ๒๕๖๖", "๒๕๖๖"));
    }

    [Fact]
    public void Label_LinePrintedTwiceOnThePage_Null()
    {
        string twice = "หน้า ๑๒ ของแผน\nบทนำ\nหน้า ๑๒ ของแผน";
        Assert.Null(LabelOf(twice, "หน้า ๑๒ ของแผน", "๑๒"));
    }

    [Fact]
    public void Label_RunAtTheLineStartWithTheRightSideAgreeing_TheDigit()
    {
        Assert.Equal("๗", LabelOf(Page, "๗) การตรวจสอบ", "๗"));
    }

    [Fact]
    public void Label_GroupOfANumberSetWithSpaces_Null()
    {
        // Folded, "๐ ๔๓๘๑ ๑๖๗๘" is one run of digits: which of them the engine's "๐" is cannot be told from the text alone.
        Assert.Null(LabelOf(Page, "โทร ๐ ๔๓๘๑ ๑๖๗๘", "๐"));
    }
}
