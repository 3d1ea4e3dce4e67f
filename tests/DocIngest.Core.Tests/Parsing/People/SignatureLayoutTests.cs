using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.People;

namespace DocIngest.Core.Tests.Parsing.People;

/// <summary>Signers whose brackets were lost or never printed, found by the signature block's layout.</summary>
public class SignatureLayoutTests
{
    private const int PageWidth = 2560;
    private readonly SignatureParser _parser = new();

    /// <summary>Lines (text, left, width) at successive rows of one page, and where each was printed.</summary>
    private IReadOnlyList<Person> ParsePlaced(params (string Text, int Left, int Width)[] lines) =>
        _parser.Parse(lines.Select(l => l.Text).ToList(), [],
            lines.Select((l, i) => (LinePlacement?)new LinePlacement(new BoundingBox(l.Left, 2000 + 80 * i, l.Width, 62), PageWidth)).ToList());

    [Fact]
    public void Parse_ClosingBracketLost_NameAndPositionStillASigner()
    {
        var signatures = _parser.Parse(["ประกาศ ณ วันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๖", "(นายสมศักดิ์ ใจงามดี", "นายกเทศมนตรีตำบลนาดี"]);

        Assert.Equal([new Person("นายสมศักดิ์ ใจงามดี", "นายกเทศมนตรีตำบลนาดี")], signatures);
    }

    [Fact]
    public void Parse_CountersignatureWithoutBracketsCentredOnItsPosition_Signer()
    {
        var signatures = ParsePlaced(
            ("จริยธรรมตามพระราชบัญญัตินี้", 330, 560),
            ("ผู้รับสนองพระราชโองการ", 370, 470),
            ("พลเอก สมชาย รักชาติไทย", 330, 546),
            ("นายกรัฐมนตรี", 476, 257));

        Assert.Equal([new Person("พลเอก สมชาย รักชาติไทย", "นายกรัฐมนตรี")], signatures);
    }

    [Theory]
    [InlineData("หมวด ๘")]
    [InlineData("หมวด ซ")]
    [InlineData("ส่วนที่ ๒")]
    public void Parse_LawDivisionHeadingCentredOverItsTitle_NoSigner(string heading)
    {
        var signatures = ParsePlaced(
            ("กระทรวงสาธารณสุขกำหนด", 330, 560),
            (heading, 1200, 160),
            ("เจ้าพนักงานควบคุมโรคติดต่อ", 1000, 560),
            ("มาตรา ๔๕ เพื่อปฏิบัติการให้เป็นไปตามพระราชบัญญัตินี้", 480, 1600));

        Assert.Empty(signatures);
    }

    [Fact]
    public void Parse_BareNameOverItsPositionRightOfCentre_Signer()
    {
        var signatures = ParsePlaced(
            ("จึงประกาศให้ทราบโดยทั่วกัน", 600, 900),
            ("สมชาย ใจดีมาก", 1450, 400),
            ("ปลัดเทศบาลตำบลนาดี", 1400, 500));

        Assert.Equal([new Person("สมชาย ใจดีมาก", "ปลัดเทศบาลตำบลนาดี")], signatures);
    }

    [Fact]
    public void Parse_NameStartingALeftAlignedList_NoSigner()
    {
        var signatures = ParsePlaced(
            ("นายสมชาย ใจดีมาก", 330, 500),
            ("ผู้อำนวยการกองคลังเทศบาลตำบลนาดี", 330, 900));

        Assert.Empty(signatures);
    }

    [Fact]
    public void Parse_BareNameWithoutPlaces_NoSigner()
    {
        var signatures = _parser.Parse(["ผู้รับสนองพระราชโองการ", "พลเอก สมชาย รักชาติไทย", "นายกรัฐมนตรี"]);

        Assert.Empty(signatures);
    }
    [Fact]
    public void Parse_OneOfficialSigningTwoRowsOfAForm_BothBlocks()
    {
        var block = new[] { "ผู้รับผิดชอบการให้ข้อมูล", "(นางสาวเขมิกา ใจดีงาม)", "ตำแหน่ง นักทรัพยากรบุคคลปฏิบัติการ" };
        var form = new Table(2, 1,
        [
            new TableCell(0, 0, 1, 1, block, null, 0.9),
            new TableCell(1, 0, 1, 1, ["ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่", .. block[1..]], null, 0.9),
        ]);

        var signatures = _parser.Parse([], [form]);

        Assert.Equal(2, signatures.Count(s => s.Name == "นางสาวเขมิกา ใจดีงาม"));
    }

    [Fact]
    public void Parse_SameSignerReadTwiceInRunningLines_Once()
    {
        var signatures = _parser.Parse(["(นายสมชาย ใจดีมาก)", "ปลัดเทศบาลตำบลนาดี", "(นายสมชาย ใจดีมาก)", "ปลัดเทศบาลตำบลนาดี"]);

        Assert.Single(signatures);
    }

    [Theory]
    [InlineData("์ฐมนตรีว่าการกระทรวงมหาดไทย", "รัฐมนตรีว่าการกระทรวงมหาดไทย")]
    [InlineData("ายกรัฐมนตรี", "นายกรัฐมนตรี")]
    public void Parse_BareNameOverAPositionThatLostItsFirstConsonant_SignerWithThePost(string printed, string position)
    {
        var signatures = ParsePlaced(
            ("ให้ไว้ ณ วันที่ ๘ มิถุนายน พ.ศ. ๒๕๖๖", 600, 900),
            ("สมชาย รักชาติไทย", 1450, 400),
            (printed, 1650 - printed.Length * 12, printed.Length * 24));

        Assert.Equal([new Person("สมชาย รักชาติไทย", position)], signatures);
    }

    [Fact]
    public void Parse_TwoPositionLinesThatLostTheirFirstConsonant_NoSigner()
    {
        var signatures = ParsePlaced(
            ("ัวหน้าที่ปรึกษาระดับกระทรวง", 1300, 700),
            ("ัวหน้าศูนย์ปฏิบัติการต่อต้านการทุจริต", 1200, 900));

        Assert.Empty(signatures);
    }
}
