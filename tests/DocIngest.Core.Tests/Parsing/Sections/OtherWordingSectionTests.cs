using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

/// <summary>
/// Memo sections worded or printed otherwise than the usual headings: the officer's view as a heading, a heading that
/// also opens sentences set off by a colon, headings with OCR's specks around them, a paragraph whose opening phrase
/// hides behind a Latin speck or whose proposal is said inside it (texts written for these tests).
/// </summary>
public class OtherWordingSectionTests
{
    [Theory]
    [InlineData("๔. ความเห็นของเจ้าหน้าที่", SectionType.Considerations)]
    [InlineData("ความเห็นเจ้าหน้าที่", SectionType.Considerations)]
    [InlineData("ความเห็น", SectionType.Proposal)]
    // Specks OCR read around a heading: a dash glued to its number, a lone tone mark, bars and colons after it.
    [InlineData("9. เรื่องเดิม . ๊: ' :", SectionType.Background)]
    [InlineData("-๓. ระเบียบ/กฎหมายที่เกี่ยวข้อง | . |", SectionType.Legal)]
    public void Match_HeadingAlone_Type(string line, SectionType type)
    {
        var heading = SectionHeadings.Match(line);

        Assert.Equal((type, ""), (heading!.Type, heading.Rest));
    }

    [Theory]
    [InlineData("สาระสำคัญ : ในปีการศึกษา ๒๕๖๗ โรงเรียนได้รับเรื่องร้องเรียน ๔ เรื่อง", SectionType.Facts, "ในปีการศึกษา ๒๕๖๗ โรงเรียนได้รับเรื่องร้องเรียน ๔ เรื่อง")]
    [InlineData("ความเห็นของเจ้าหน้าที่ : แบบฟอร์มออนไลน์จะเพิ่มช่องทางแจ้งเบาะแส", SectionType.Considerations, "แบบฟอร์มออนไลน์จะเพิ่มช่องทางแจ้งเบาะแส")]
    [InlineData("ประเด็นพิจารณา: ควรเผยแพร่รายงานภายในเดือนมีนาคม", SectionType.Considerations, "ควรเผยแพร่รายงานภายในเดือนมีนาคม")]
    public void Match_SentenceOpeningHeadingBeforeAColon_HeadingAndRest(string line, SectionType type, string rest)
    {
        var heading = SectionHeadings.Match(line);

        Assert.Equal((type, rest), (heading!.Type, heading.Rest));
    }

    [Theory]
    // Without the colon these words open sentences: no heading.
    [InlineData("สาระสำคัญ ของประกาศดังกล่าวคือการห้ามรับของขวัญ")]
    [InlineData("สาระสำคัญของประกาศดังกล่าวคือการห้ามรับของขวัญ")]
    [InlineData("ความเห็นของคณะกรรมการจะเสนอในการประชุมครั้งหน้า")]
    public void Match_SentenceOpeningWithAHeadingWord_NoHeading(string line) => Assert.Null(SectionHeadings.Match(line));

    [Fact]
    public void RuleType_LatinSpeckBeforeTheOpeningPhrase_TypeOfThePhrase()
    {
        Assert.Equal(SectionType.Background,
            SectionClassifier.RuleType("Lee อ้างถึงหนังสือสำนักงานสาธารณสุขจังหวัดสุรินทร์ ลงวันที่ ๔ พฤศจิกายน ๒๕๖๗"));
    }

    [Fact]
    public void RuleType_LatinWordOpeningAParagraph_NoRule()
    {
        // Four Latin letters are a word, not a speck; nor does a speck make a phrase of a paragraph that has none.
        Assert.Null(SectionClassifier.RuleType("ITAS ตามที่หน่วยงานได้รับการประเมิน"));
        Assert.Null(SectionClassifier.RuleType("ee กลุ่มงานได้สำรวจข้อมูลบนเว็บไซต์"));
    }

    [Fact]
    public void ContentType_RequestForApprovalInsideTheParagraph_Proposal()
    {
        Assert.Equal(SectionType.Proposal, SectionClassifier.ContentType(
            "เพื่อให้การเผยแพร่ข้อมูลสาธารณะเป็นไปตามเกณฑ์การประเมิน จึงขอความเห็นชอบแต่งตั้งผู้รับผิดชอบตามรายชื่อที่แนบ"));
    }

    [Theory]
    [InlineData("ผลการประเมินปรากฏว่าโรงพยาบาลได้คะแนน ๘๘.๙๐ คะแนน อยู่ในระดับ A")]
    [InlineData("ผลการตรวจสอบสมุดบันทึกการใช้รถส่วนกลาง มีการขอใช้รถนอกเวลาราชการ ๓๑ ครั้ง")]
    public void ParagraphType_ParagraphOpeningWithAResult_Facts(string paragraph)
    {
        Assert.Equal(SectionType.Facts, SectionClassifier.ParagraphType(paragraph));
        // A wrapped line may open with the same words: lines are not split there.
        Assert.Null(SectionClassifier.RuleType(paragraph));
    }

    [Fact]
    public void Classify_ConnectiveThenARequest_Proposal()
    {
        var verdict = Readers.SectionClassifier.Classify("ทั้งนี้ ขอให้ส่งรายชื่อพร้อมหมายเลขโทรศัพท์ภายในวันที่ ๓๐ สิงหาคม ๒๕๖๗", SectionType.Facts);

        Assert.Equal(SectionType.Proposal, verdict.Type);
    }

    [Fact]
    public void Classify_ConnectiveThenMoreFacts_TypeOfTheSectionBefore()
    {
        var verdict = Readers.SectionClassifier.Classify("ทั้งนี้ ข้อมูลดังกล่าวได้ปรับปรุงครบทุกรายการแล้ว", SectionType.Facts);

        Assert.Equal(SectionType.Facts, verdict.Type);
    }

    [Fact]
    public void Parse_InlineHeadingsAfterColons_EachItsOwnSection()
    {
        var lines = new[]
        {
            "ความเป็นมา : ตามที่โรงเรียนได้จัดตั้งศูนย์รับเรื่องร้องเรียนไว้ที่ห้องธุรการ",
            "สาระสำคัญ : ในปีการศึกษา ๒๕๖๗ โรงเรียนได้รับเรื่องร้องเรียน ๔ เรื่อง ทุกเรื่องยื่นด้วยหนังสือ",
            "ข้อกฎหมายและระเบียบ : ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการจัดการเรื่องราวร้องทุกข์ พ.ศ. ๒๕๕๒",
            "ความเห็นของเจ้าหน้าที่ : แบบฟอร์มออนไลน์จะเพิ่มช่องทางให้ผู้ปกครองแจ้งเบาะแสได้ตลอดเวลา",
            "ข้อเสนอ : เห็นควรให้งานเทคโนโลยีสารสนเทศจัดทำแบบฟอร์มแจ้งเบาะแส",
            "จึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบ",
        }.Select((l, i) => new BodyLine(l, i)).ToList();

        var sections = new SectionParser(Readers.SectionClassifier).Parse(lines);

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Legal, SectionType.Considerations, SectionType.Proposal,
            SectionType.Closing], sections.Select(s => s.Type));
    }

    [Fact]
    public void Split_MemoParagraphOpeningWithAMeetingBeforeItsClosing_OneMemo()
    {
        // A paragraph about a meeting, with its date and room in the next one, is no minutes while the memo is unsigned.
        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten(Readers.Pages(
            "บันทึกข้อความ\nส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองกี่\nที่ บร ๐๐๓๓.๑๑/๒๔๔ วันที่ ๑๒ มีนาคม ๒๕๖๗\nเรื่อง ขออนุมัติจัดประชุม\nเรียน สาธารณสุขอำเภอหนองกี่\n\n" +
            "การประชุมครั้งเดียวที่มีผู้รับผิดชอบทุกตัวชี้วัดเข้าร่วม จะทำให้ตรวจหลักฐานได้ทันกำหนด\n\n" +
            "เห็นควรอนุมัติจัดประชุมคณะทำงานในวันที่ ๒๒ มีนาคม ๒๕๖๗ ณ ห้องประชุมสำนักงาน\n\nจึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ")));

        Assert.Equal(DocumentKind.Memo, Assert.Single(segments).Cue!.Kind);
    }

    [Fact]
    public void Split_MinutesAfterASignedMemo_TwoDocuments()
    {
        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten(Readers.Pages(
            "บันทึกข้อความ\nส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองกี่\nที่ บร ๐๐๓๓.๑๑/๒๔๔ วันที่ ๑๒ มีนาคม ๒๕๖๗\nเรื่อง ขอส่งรายงานการประชุม\nเรียน สาธารณสุขอำเภอหนองกี่\n\n" +
            "ตามที่ได้จัดประชุมคณะทำงานแล้ว นั้น บัดนี้ได้จัดทำรายงานการประชุมเสร็จแล้ว\n\nจึงเรียนมาเพื่อโปรดทราบ",
            "การประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส\nครั้งที่ ๑/๒๕๖๗\nวันที่ ๒๒ มีนาคม ๒๕๖๗ เวลา ๐๙.๓๐ น.\nผู้มาประชุม")));

        Assert.Equal([DocumentKind.Memo, DocumentKind.Minutes], segments.Select(s => s.Cue!.Kind!.Value));
    }
}
