using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.People;

namespace DocIngest.Core.Tests.Parsing.People;

public class SignatureParserTests
{
    private readonly SignatureParser _parser = new();

    [Fact]
    public void Parse_NameInParenthesesAndPosition_OneSigner()
    {
        var signatures = _parser.Parse(["จึงเรียนมาเพื่อโปรดทราบ", "(ลงชื่อ)", "(นายสมชาย   ใจดี)", "ปลัดเทศบาลตำบลนาดี"]);

        Assert.Equal([new Person("นายสมชาย ใจดี", "ปลัดเทศบาลตำบลนาดี")], signatures);
    }

    [Fact]
    public void Parse_ActingPositionOverTwoLines_Joined()
    {
        var signatures = _parser.Parse(["(นายจักรี แสงดี)", "รองปลัด รักษาราชการแทน", "ปลัดองค์การบริหารส่วนจังหวัดขอนแก่น", "ทราบ"]);

        Assert.Equal("รองปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนจังหวัดขอนแก่น", Assert.Single(signatures).Position);
    }

    [Fact]
    public void Parse_ActingPositionOverThreeLines_AllJoined()
    {
        var signatures = _parser.Parse(["(นายวิชัย ศรีสุข)", "รองปลัดองค์การบริหารส่วนจังหวัด", "รักษาราชการแทน", "ปลัดองค์การบริหารส่วนจังหวัดยโสธร", "ทราบ"]);

        Assert.Equal("รองปลัดองค์การบริหารส่วนจังหวัด รักษาราชการแทน ปลัดองค์การบริหารส่วนจังหวัดยโสธร", Assert.Single(signatures).Position);
    }

    [Theory]
    [InlineData("นายกองค์การบริหารส่วนตำบลหนอง", "บัว", "นายกองค์การบริหารส่วนตำบลหนองบัว")]
    [InlineData("นายกองค์การบริหารส่วนจังหวัด", "ร้อยเอ็ด", "นายกองค์การบริหารส่วนจังหวัดร้อยเอ็ด")]
    [InlineData("ปลัดเทศบาลเมือง", "มุกดาหาร", "ปลัดเทศบาลเมืองมุกดาหาร")]
    [InlineData("หัวหน้าสำนักปลัดองค์การบริหารส่วน", "จังหวัด", "หัวหน้าสำนักปลัดองค์การบริหารส่วนจังหวัด")]
    public void Parse_OrganisationNameWrappedOntoNextLine_Joined(string position, string rest, string expected)
    {
        var signatures = _parser.Parse(["(นางสาวมาลี ใจงาม)", position, rest, "(นายสมพงษ์ ดีมาก)", "หัวหน้าสำนักปลัด"]);

        Assert.Equal(expected, signatures[0].Position);
        Assert.Equal("หัวหน้าสำนักปลัด", signatures[1].Position);
    }

    [Fact]
    public void Parse_SpeckBeforeTheParenthesis_NameStillRead() =>
        Assert.Equal("นางจันทร์เพ็ญ ศรีงาม", Assert.Single(_parser.Parse([". (นางจันทร์เพ็ญ ศรีงาม)", "ผู้อำนวยการกองคลัง"])).Name);

    [Fact]
    public void Parse_LineAfterJoinedOrganisationName_NotPartOfThePosition()
    {
        var signatures = _parser.Parse(["(นายสมพงษ์ ดีมาก)", "ปลัดเทศบาลตำบลนา", "ดี", "สำนักงานเทศบาลตำบลนาดี"]);

        Assert.Equal("ปลัดเทศบาลตำบลนาดี", Assert.Single(signatures).Position);
    }

    [Fact]
    public void Parse_UnitLineAfterJoinedName_NotTaken()
    {
        var signatures = _parser.Parse(["(นายสมพงษ์ ดีมาก)", "ปลัดองค์การบริหารส่วนตำบลหนอง", "บัว", "กองคลัง งานการเงิน"]);

        Assert.Equal("ปลัดองค์การบริหารส่วนตำบลหนองบัว", Assert.Single(signatures).Position);
    }

    [Theory]
    [InlineData("อนุมัติ")]
    [InlineData("ปลัดเทศบาล")]
    [InlineData("ความเห็นรองปลัด")]
    public void Parse_WordAfterOrganisationThatIsNoNamePart_NotJoined(string next)
    {
        var signatures = _parser.Parse(["(นายสมพงษ์ ดีมาก)", "นายกองค์การบริหารส่วนตำบล", next]);

        Assert.Equal("นายกองค์การบริหารส่วนตำบล", Assert.Single(signatures).Position);
    }

    [Theory]
    [InlineData("; หัวหน้าสำนักปลัดเทศบาลเมืองนาดี", "หัวหน้าสำนักปลัดเทศบาลเมืองนาดี")]
    [InlineData("ผู้ช่วยเจ้าพนักงานธุรการ .", "ผู้ช่วยเจ้าพนักงานธุรการ")]
    [InlineData("ผอ.กองคลัง,", "ผอ.กองคลัง")]
    public void Parse_SpecksBesideThePosition_Trimmed(string line, string expected) =>
        Assert.Equal(expected, Assert.Single(_parser.Parse(["(นายสมพงษ์ ดีมาก)", line])).Position);

    [Fact]
    public void Parse_BareNameWithRoleOnSignLine_RoleKept()
    {
        var signatures = _parser.Parse(["(ลงชื่อ) วิไล ทองคำ ผู้บันทึกรายงานการประชุม", "(วิไล ทองคำ)", "เลขานุการฯ"]);

        Assert.Equal([new Person("วิไล ทองคำ", "เลขานุการฯ", "ผู้บันทึกรายงานการประชุม")], signatures);
    }

    [Theory]
    [InlineData("(IIT)")]
    [InlineData("(๑) กระบวนการปฏิบัติงาน")]
    [InlineData("(กรณีการยืมใช้พัสดุ/ครุภัณฑ์ ของหน่วยงาน)")]
    public void Parse_ParenthesesThatAreNoName_NoSigner(string line) => Assert.Empty(_parser.Parse([line, "ปลัด"]));
    [Theory]
    [InlineData("รักษาการในตำแหน่งผู้อำนวยการกองคลัง")]
    [InlineData("ปฏิบัติราชการแทน")]
    public void Parse_RankThenActingLine_ActingJoinedToPosition(string acting)
    {
        var signatures = _parser.Parse(["(นางสาวกานดา มีสุข)", "นักวิชาการเงินและบัญชีชำนาญการ", acting, "เห็นชอบ"]);

        Assert.Equal($"นักวิชาการเงินและบัญชีชำนาญการ {acting}", Assert.Single(signatures).Position);
    }

    [Fact]
    public void Parse_ActingCueAloneOnItsLine_PostOnTheNextLineJoined()
    {
        var signatures = _parser.Parse(["(นายสมพงษ์ ทองดี)", "รองนายกเทศมนตรี", "รักษาการในตำแหน่ง", "นายกเทศมนตรีตำบลบ้านใหม่"]);

        Assert.Equal("รองนายกเทศมนตรี รักษาการในตำแหน่ง นายกเทศมนตรีตำบลบ้านใหม่", Assert.Single(signatures).Position);
    }

    [Fact]
    public void Parse_RankAndTheUnitItHeads_BothLinesThePosition()
    {
        var signatures = _parser.Parse(["( นายวีระ สุขสม)", "นักวิชาการสาธารณสุขชำนาญการ", "หัวหน้ากลุ่มงานบริหารทั่วไป", "- อนุมัติ"]);

        Assert.Equal(new Person("นายวีระ สุขสม", "นักวิชาการสาธารณสุขชำนาญการ หัวหน้ากลุ่มงานบริหารทั่วไป"), Assert.Single(signatures));
    }

    [Fact]
    public void Parse_FormLabelsAndDottedSignLine_LabelDropped()
    {
        var signatures = _parser.Parse(["ลงชื่อ............................(นางพรทิพย์ แก้วใส)", "ตำแหน่ง เจ้าพนักงานธุรการชำนาญงาน", "วันที่ ๙ ธันวาคม ๒๕๖๖"]);

        Assert.Equal(new Person("นางพรทิพย์ แก้วใส", "เจ้าพนักงานธุรการชำนาญงาน"), Assert.Single(signatures));
    }

    [Fact]
    public void Parse_TwoSignersSideBySide_BothWithTheirPositions()
    {
        var signatures = _parser.Parse(["(นายวีระ สุขสม)        (นายอำนาจ ใจกล้า)", "ตำแหน่ง นักจัดการงานทั่วไป        ตำแหน่ง ปลัดเทศบาล"]);

        Assert.Equal([new Person("นายวีระ สุขสม", "นักจัดการงานทั่วไป"), new Person("นายอำนาจ ใจกล้า", "ปลัดเทศบาล")], signatures);
    }

    [Fact]
    public void Parse_SignatureBlocksInABorderlessTable_EachColumnsSigner()
    {
        // Word documents set two signers side by side in a table: names in one row, positions in the row below.
        var table = new Table(2, 2,
        [
            new TableCell(0, 0, 1, 1, ["ผู้รายงาน", "(นางสาวจันทร์เพ็ญ ดวงดี)"], null, 1.0),
            new TableCell(0, 1, 1, 1, ["ผู้อนุมัติ", "(นายประยุทธ มั่นคง)"], null, 1.0),
            new TableCell(1, 0, 1, 1, ["เจ้าพนักงานพัสดุปฏิบัติงาน"], null, 1.0),
            new TableCell(1, 1, 1, 1, ["ปลัดองค์การบริหารส่วนตำบล", "ปฏิบัติราชการแทน", "นายกองค์การบริหารส่วนตำบลหนองไผ่"], null, 1.0),
        ]);

        var signatures = _parser.Parse([], [table]);

        Assert.Equal(
            [new Person("นางสาวจันทร์เพ็ญ ดวงดี", "เจ้าพนักงานพัสดุปฏิบัติงาน"),
             new Person("นายประยุทธ มั่นคง", "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติราชการแทน นายกองค์การบริหารส่วนตำบลหนองไผ่")],
            signatures);
    }

    [Fact]
    public void Parse_SideBySideWithLabelsRunTogether_EachSignerTheirPosition()
    {
        // A text layer that dropped the gaps and a surname's space: "(นายก ข) (นายคง)" over "ตำแหน่งX ตำแหน่งY".
        var signatures = _parser.Parse(["ผู้ให้ข้อมูล ผู้อนุมัติ", "(นางสาวดาว ประกาย) (นายเดชาสุขสวัสดิ์)", "ตำแหน่งนักวิชาการพัสดุ ตำแหน่งผู้อำนวยการโรงพยาบาล"]);

        Assert.Equal([new Person("นางสาวดาว ประกาย", "นักวิชาการพัสดุ"), new Person("นายเดชาสุขสวัสดิ์", "ผู้อำนวยการโรงพยาบาล")], signatures);
    }

    [Theory]
    [InlineData("[นายปรีชา มั่นคง]")]
    [InlineData("(นายปรีชา มั่นคง]")]
    [InlineData("| นายปรีชา มั่นคง)")]
    public void Parse_ParenthesesReadAsBracketsOrBars_Signer(string line)
    {
        var signature = Assert.Single(_parser.Parse(["จึงเรียนมาเพื่อโปรดทราบ", line, "ผู้อำนวยการโรงพยาบาลนาแก"]));

        Assert.Equal(("นายปรีชา มั่นคง", "ผู้อำนวยการโรงพยาบาลนาแก"), (signature.Name, signature.Position));
    }

    [Fact]
    public void Parse_BracketedTextThatIsNoName_NoSigner() =>
        Assert.Empty(_parser.Parse(["[เอกสารแนบท้ายประกาศ]", "ผู้อำนวยการโรงพยาบาลนาแก"]));

    [Fact]
    public void Parse_PositionThatLostItsFirstConsonant_PositionRestored()
    {
        var signatures = _parser.Parse(["(นายสมชาย ใจดีมาก)", "าธารณสุขอำเภอนาดี"]);

        Assert.Equal([new Person("นายสมชาย ใจดีมาก", "สาธารณสุขอำเภอนาดี")], signatures);
    }

    [Fact]
    public void Parse_PositionOpeningWithAMarkThatIsNoPost_Unchanged()
    {
        var signatures = _parser.Parse(["(นายสมชาย ใจดีมาก)", "ั้นนำ"]);

        Assert.Equal([new Person("นายสมชาย ใจดีมาก", "ั้นนำ")], signatures);
    }
}
