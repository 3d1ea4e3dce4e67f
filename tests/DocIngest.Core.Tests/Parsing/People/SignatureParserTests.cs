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
}
