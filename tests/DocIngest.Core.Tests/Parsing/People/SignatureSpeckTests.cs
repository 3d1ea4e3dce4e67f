using DocIngest.Core.Parsing.People;

namespace DocIngest.Core.Tests.Parsing.People;

/// <summary>Signers' names in parentheses with the specks heavy scan damage leaves around them (written for these tests).</summary>
public class SignatureSpeckTests
{
    private readonly SignatureParser _parser = new();

    [Theory]
    [InlineData("(นางสาวอรุณี แก้วใส) ๊")]
    [InlineData("(นางสาวอรุณี แก้วใส) 4")]
    [InlineData(". (นางสาวอรุณี แก้วใส) . sais")]
    [InlineData(".. \" - (นางสาวอรุณี แก้วใส)")]
    [InlineData("[นางสาวอรุณี แก้วใส])")]
    // sec-memo-numbered-bangsaphan-2568 (tuning) as main's build read its signer's line: two specks read "2".
    [InlineData("2 2 (นางสาวอรุณี แก้วใส)")]
    [InlineData("a . (นางสาวอรุณี แก้วใส)")]
    // A table's rule read before the bracket of a signature set under a table (ita19-ita-year-table-verdicts, tuning).
    [InlineData("| (นางสาวอรุณี แก้วใส)")]
    public void Parse_SpecksAroundTheParentheses_NameRead(string line)
    {
        var signer = Assert.Single(_parser.Parse(["จึงเรียนมาเพื่อโปรดทราบ", line, "นักวิชาการสาธารณสุขชำนาญการ"]));

        Assert.Equal("นางสาวอรุณี แก้วใส", signer.Name);
        Assert.Equal("นักวิชาการสาธารณสุขชำนาญการ", signer.Position);
    }

    [Fact]
    public void Parse_NameWrappedInsideItsBrackets_NameJoinedAndPositionBelow()
    {
        // gap-memo-university-plain (tuning): a rank and a doctor's title make the name too long for its line.
        var signer = Assert.Single(_parser.Parse(["จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ", "(ผู้ช่วยศาสตราจารย์ ดร.ชนิดา แสนทวี", "สุข)", "รองคณบดีฝ่ายบริหาร"]));

        Assert.Equal("ผู้ช่วยศาสตราจารย์ ดร.ชนิดา แสนทวีสุข", signer.Name);
        Assert.Equal("รองคณบดีฝ่ายบริหาร", signer.Position);
    }

    [Fact]
    public void Parse_UnclosedBracketAndALongLineBelow_NoWrappedName() =>
        Assert.Empty(_parser.Parse(["(ผู้ช่วยศาสตราจารย์ ดร.ชนิดา แสนทวี", "สุขภาพดีถ้วนหน้าของประชาชนในพื้นที่)"]));

    [Fact]
    public void Parse_ParenthesesAfterThaiWords_NoSigner() =>
        Assert.Empty(_parser.Parse(["ตาม (นางสาวอรุณี แก้วใส)"]));

    [Fact]
    public void Parse_ParenthesesFollowedByThaiWords_NoSigner() =>
        Assert.Empty(_parser.Parse(["(นางสาวอรุณี แก้วใส) เป็นผู้รับผิดชอบโครงการ"]));
}
