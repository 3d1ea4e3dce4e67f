using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

/// <summary>Titles with specks OCR read before their first word (texts written for these tests).</summary>
public class TitleSpeckTests
{
    [Theory]
    [InlineData("i ประกาศโรงพยาบาลหนองบัว", "ประกาศโรงพยาบาลหนองบัว")]
    [InlineData("' ประกาศโรงพยาบาลหนองบัว", "ประกาศโรงพยาบาลหนองบัว")]
    [InlineData(". รายงานผลการวิเคราะห์", "รายงานผลการวิเคราะห์")]
    [InlineData("1. มาตรการเปิดเผยข้อมูล", "1. มาตรการเปิดเผยข้อมูล")]
    [InlineData("๑. มาตรการเปิดเผยข้อมูล", "๑. มาตรการเปิดเผยข้อมูล")]
    [InlineData("ITA ของหน่วยงาน", "ITA ของหน่วยงาน")]
    public void WithoutLeadingSpecks_Line_SpecksGoneDigitsAndWordsKept(string line, string expected) =>
        Assert.Equal(expected, ParsingText.WithoutLeadingSpecks(line));

    [Fact]
    public void Split_AnnouncementTitleBehindASpeck_AnnouncementCue()
    {
        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten(Readers.Pages(
            "i ประกาศโรงพยาบาลหนองบัว\nเรื่อง มาตรการป้องกันการรับสินบน\n\nโรงพยาบาลหนองบัวจึงกำหนดมาตรการ ดังนี้")));

        var segment = Assert.Single(segments);
        Assert.Equal(DocumentKind.Announcement, segment.Cue!.Kind);
        Assert.Equal("ประกาศโรงพยาบาลหนองบัว", segment.Cue.Title);
    }
}
