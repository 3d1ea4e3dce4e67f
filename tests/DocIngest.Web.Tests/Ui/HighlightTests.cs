using DocIngest.Web.Ui;

namespace DocIngest.Web.Tests.Ui;

public sealed class HighlightTests
{
    [Fact]
    public void Snippet_IndexBracketsPartOfQuery_QueryMarkedBracketsGone() =>
        Assert.Equal("…มาตรการ<mark>เผยแพร่ข้อมูล</mark>ต่อ…",
            Highlight.Snippet("…มาตรการ[เผยแพร่]ข้อมูลต่อ…", "เผยแพร่ข้อมูล").ToString());

    [Fact]
    public void Snippet_DocumentBrackets_KeptAsText() =>
        Assert.Equal("ข้อ [๑] <mark>จัดซื้อ</mark>", Highlight.Snippet("ข้อ [๑] [จัดซื้อ]", "จัดซื้อ").ToString());

    [Fact]
    public void Text_HtmlInValue_Encoded() =>
        Assert.Equal("&lt;b&gt;<mark>กอง</mark>คลัง", Highlight.Text("<b>กองคลัง", "กอง").ToString());

    [Fact]
    public void Snippet_ApproximateMatch_MarkedAsItStands() =>
        Assert.Equal("มาตรการป้องกัน<mark>ผลประโยชนทับซอน</mark>ของ",
            Highlight.Snippet("มาตรการป้องกัน[ผลประโยชนทับซอน]ของ", "ผลประโยชน์ทับซ้อน").ToString());

    [Fact]
    public void Text_SpacedTerms_EachMarked() =>
        Assert.Equal("<mark>บันทึก</mark>และ<mark>ข้อตกลง</mark>", Highlight.Text("บันทึกและข้อตกลง", "ข้อตกลง บันทึก").ToString());

    [Fact]
    public void Text_ThaiDigitsInTextArabicInQuery_Marked() =>
        Assert.Equal("ปีงบประมาณ <mark>๒๕๖๖</mark>", Highlight.Text("ปีงบประมาณ ๒๕๖๖", "2566").ToString());
}
