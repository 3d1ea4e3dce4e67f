using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Docx;
using static DocIngest.Pipeline.Tests.TestSupport.TestDocx;

namespace DocIngest.Pipeline.Tests.Loading.Docx;

/// <summary>Paragraph text as Word prints it, from document.xml as Word writes it.</summary>
public class DocxTextTests
{
    private static IReadOnlyList<string> Lines(byte[] docx) =>
        new DocxLoader(new ExtractionOptions()).Load(new SourceFile("test.docx", docx), CancellationToken.None)
            .Pages.Select(p => Assert.IsType<ContentSourcePage>(p).Content)
            .SelectMany(p => p.Blocks).SelectMany(b => b.Text.Split('\n')).ToList();

    /// <summary>A text box as Word 2010+ stores it: the DrawingML shape, and the same text again in a VML fallback.</summary>
    private const string TitleInTextBox = """
        <w:p><w:r><mc:AlternateContent>
          <mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="2000000" cy="400000"/><wp:docPr id="1" name="Text Box 1"/>
            <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
              <w:txbxContent><w:p><w:r><w:t>บันทึกข้อความ</w:t></w:r></w:p></w:txbxContent>
            </wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
          <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>บันทึกข้อความ</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r><w:r><w:t>ส่วนราชการ กองคลัง</w:t></w:r></w:p>
        """;

    [Fact]
    public void Load_TitleInATextBoxWithVmlFallback_ReadOnceOnItsOwnLine()
    {
        var lines = Lines(BuildFromBodyXml(TitleInTextBox));

        Assert.Equal(["บันทึกข้อความ", "ส่วนราชการ กองคลัง"], lines);
    }

    [Fact]
    public void Load_HiddenRun_NotPrinted()
    {
        var lines = Lines(BuildFromBodyXml("""
            <w:p><w:r><w:t xml:space="preserve">เรื่อง ขออนุมัติ</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ข้อความซ่อน</w:t></w:r><w:r><w:t xml:space="preserve"> จัดซื้อวัสดุ</w:t></w:r></w:p>
            """));

        Assert.Equal(["เรื่อง ขออนุมัติ จัดซื้อวัสดุ"], lines);
    }

    [Fact]
    public void Load_HyperlinkAndInsertedRuns_TextKept()
    {
        var lines = Lines(BuildFromBodyXml("""
            <w:p><w:r><w:t xml:space="preserve">ดูที่ </w:t></w:r><w:hyperlink><w:r><w:t>www.example.go.th</w:t></w:r></w:hyperlink><w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> เพิ่มเติม</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>ลบแล้ว</w:delText></w:r></w:del></w:p>
            """));

        Assert.Equal(["ดูที่ www.example.go.th เพิ่มเติม"], lines);
    }
}
