using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

/// <summary>Paragraphs of memos without headings as a scan's layout cuts them (texts written for these tests).</summary>
public class ScannedParagraphTests
{
    private static List<BodyLine> Blocks(params string[] blocks) =>
        blocks.SelectMany((b, i) => b.Split('\n').Select(l => new BodyLine(l, i))).ToList();

    [Theory]
    [InlineData("พ.ศ. ๒๕๖๖ และได้รับแจ้งผลการประเมินแล้ว นั้น")]
    [InlineData("และได้รับแจ้งผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ แล้ว นั้น")]
    public void Parse_BlockOpeningMidSentence_JoinsTheParagraphBefore(string cut)
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Blocks(
            "ตามที่โรงพยาบาลหนองบัวได้เข้ารับการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ",
            cut,
            "ในการนี้ คณะทำงานได้วิเคราะห์ผลแล้ว ปรากฏว่าตัวชี้วัดการเปิดเผยข้อมูลได้คะแนนต่ำ",
            "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Closing], sections.Select(s => s.Type));
        Assert.EndsWith("นั้น", sections[0].Text);
    }

    [Fact]
    public void Parse_SpeckBeforeAnOpeningPhrase_ParagraphStillTyped()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Blocks(
            "ตามที่โรงพยาบาลหนองบัวได้เข้ารับการประเมินคุณธรรมและความโปร่งใส นั้น\n๊ ในการนี้ คณะทำงานได้วิเคราะห์ผลแล้ว ปรากฏว่าตัวชี้วัดการเปิดเผยข้อมูลได้คะแนนต่ำ",
            "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Closing], sections.Select(s => s.Type));
        Assert.StartsWith("ในการนี้", sections[1].Text);
    }
}
