using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing;

public class DocumentReaderTests
{
    [Fact]
    public void Read_Announcement_SubjectIssueDateIssuerAndSigner()
    {
        var doc = Assert.Single(Readers.Read(
            "ประกาศเทศบาลตำบลห้วยยาง\nเรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n****************\n\n" +
            "ด้วยเทศบาลตำบลห้วยยางได้กำหนดมาตรการป้องกันการรับสินบน เพื่อให้บุคลากรถือปฏิบัติ\n\nจึงประกาศให้ทราบโดยทั่วกัน\n\n" +
            "ประกาศ ณ วันที่ ๑๒ ตุลาคม พ.ศ. ๒๕๖๖\n\n(นายสมชาย ใจดี)\nนายกเทศมนตรีตำบลห้วยยาง"));

        Assert.Equal(DocumentKind.Announcement, doc.Kind);
        Assert.Equal("มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", doc.Header!.Subject);
        Assert.Equal("2023-10-12", doc.Header.Date);
        Assert.Equal("เทศบาลตำบลห้วยยาง", doc.Organization);
        Assert.Equal(2567, doc.FiscalYear);
        Assert.Equal("นายสมชาย ใจดี", Assert.Single(doc.Signatures).Name);
    }

    [Fact]
    public void Read_MinutesDiscussingNumberedMeasures_NoMeasures()
    {
        var doc = Assert.Single(Readers.Read(
            "รายงานการประชุมคณะทำงานยกระดับการประเมินคุณธรรมและความโปร่งใส\nครั้งที่ ๑/๒๕๖๗\nวันที่ ๑๕ มกราคม ๒๕๖๗\n\n" +
            "ผู้มาประชุม\n๑. นายสมชาย ใจดี ประธาน\n๒. นางสาวสมศรี มีสุข เลขานุการ\n\nเริ่มประชุมเวลา ๐๙.๓๐ น.\n\n" +
            "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา\nที่ประชุมพิจารณามาตรการดังนี้\n" +
            "มาตรการที่ ๑ มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ผู้รับผิดชอบ สำนักปลัด\n" +
            "มาตรการที่ ๒ มาตรการป้องกันการรับสินบน ผู้รับผิดชอบ กองคลัง\nมติที่ประชุม เห็นชอบ\n\nปิดประชุมเวลา ๑๒.๐๐ น."));

        Assert.Equal(DocumentKind.Minutes, doc.Kind);
        Assert.Empty(doc.Measures);
    }

    [Fact]
    public void Read_WholePageAsOneBlock_ParagraphsSplitAtOpeningPhrases()
    {
        var lines = new[]
        {
            "บันทึกข้อความ", "ส่วนราชการ กองช่าง เทศบาลตำบลนาดี", "ที่ นด ๕๒๐๐๑/๓ วันที่ ๔ เมษายน ๒๕๖๖", "เรื่อง ขออนุมัติซ่อมถนน", "เรียน นายกเทศมนตรีตำบลนาดี",
            "ตามที่ประชาชนหมู่ที่ ๓ ได้ร้องเรียนว่าถนนชำรุด นั้น", "ในการนี้ กองช่างได้ตรวจสอบแล้ว พบความเสียหายจริง",
            "จึงเห็นควรอนุมัติให้ซ่อมแซม", "จึงเรียนมาเพื่อโปรดพิจารณา", "(นายประเสริฐ บุญมา)", "ผู้อำนวยการกองช่าง",
        };
        var page = new PageContent(1, PageMethod.Ocr, [new TextBlock(lines.Select(l => new TextLine(l, null, 0.9)).ToList())]);

        var doc = Assert.Single(Readers.ForPartA.Read([page]));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Proposal, SectionType.Closing], doc.Sections.Select(s => s.Type));
    }

    [Fact]
    public void Read_MemoMissingFields_WarnsForEachInsteadOfDropping()
    {
        var doc = Assert.Single(Readers.Read("บันทึกข้อความ\nเรื่อง ทดสอบ\n\nข้อความในบันทึกที่ไม่มีหัวข้ออื่น"));

        Assert.Equal(DocumentKind.Memo, doc.Kind);
        Assert.Contains(doc.Warnings, w => w.Contains("agency"));
        Assert.Contains(doc.Warnings, w => w.Contains("addressee"));
        Assert.Contains(doc.Warnings, w => w.Contains("date"));
        Assert.Contains(doc.Warnings, w => w.StartsWith("signatures:"));
        Assert.Contains(doc.Warnings, w => w.StartsWith("organization:"));
    }

    [Fact]
    public void Read_TextWithNoKnownForm_OtherOrModelKindWithConfidence()
    {
        var doc = Assert.Single(Readers.Read("สถิติผู้เยี่ยมชมเว็บไซต์\nวันนี้ 211\nเมื่อวานนี้ 159\nเดือนนี้ 5900"));

        Assert.Equal(DocumentKind.Other, doc.Kind);
        Assert.InRange(doc.Confidence!.Value, 0.0, 1.0);
    }

    [Fact]
    public void Read_PlanExcerptOpeningWithPageNumber_TitleIsNotThePageNumber()
    {
        var doc = Assert.Single(Readers.Default.Read(SeedPages.FromText(
            "๑๐๐\n\nกลยุทธ์ที่ ๒ ขับเคลื่อนหน่วยงานในสังกัดเป็นองค์กรคุณธรรมต้นแบบ\n\n" +
            "ลำดับ\tแนวทางการพัฒนา\tหน่วยงานขับเคลื่อน\n" +
            "๑\tส่งเสริมให้หน่วยงานในสังกัดเป็นองค์กรคุณธรรมต้นแบบ\tศูนย์ปฏิบัติการต่อต้านการทุจริต\n" +
            "๒\tส่งเสริมผู้นำคุณธรรมและต้นแบบที่ดีทั้งระดับบุคคลและองค์กร\tสถาบันพระบรมราชชนก")));

        Assert.Equal(DocumentKind.MeasurePlan, doc.Kind);
        Assert.Equal("กลยุทธ์ที่ ๒ ขับเคลื่อนหน่วยงานในสังกัดเป็นองค์กรคุณธรรมต้นแบบ", doc.Title);
        Assert.Equal(2, doc.Measures.Count);
    }

    [Fact]
    public void Read_PlanTitleWrappedOntoItsYearLine_WholeTitleAndProseWithoutIt()
    {
        var doc = Assert.Single(Readers.Read(
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลนาดี\nประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\n" +
            "จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน องค์การบริหารส่วนตำบลนาดีได้กำหนดมาตรการเพื่อให้บุคลากรถือปฏิบัติ ดังนี้\n\n" +
            "มาตรการ\tขั้นตอน\tผู้รับผิดชอบ\tระยะเวลา\n" +
            "๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ\tจัดทำประกาศเผยแพร่ข้อมูล\tสำนักปลัด\tตลอดปีงบประมาณ\n" +
            "๒. มาตรการป้องกันการรับสินบน\tจัดทำประกาศ\tกองคลัง\tตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗"));

        Assert.Equal(DocumentKind.MeasurePlan, doc.Kind);
        Assert.Equal("มาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลนาดี ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", doc.Title);
        Assert.Equal(2567, doc.FiscalYear);
        var prose = Assert.Single(doc.Sections);
        Assert.StartsWith("จากการวิเคราะห์", prose.Text);
    }

    [Fact]
    public void Read_MeasureStage_ReceivesOnlyThisDocumentsPagesAndYear()
    {
        var calls = new List<(int Pages, string FirstLine, int? Year)>();
        var reader = new DocumentReader(Readers.KindClassifier, Readers.SectionClassifier, (pages, year, warnings) =>
        {
            calls.Add((pages.Count, pages[0].Text.Split('\n')[0], year));
            warnings.Add("measures: stub");
            return [];
        });

        var docs = reader.Read(SeedPages.FromText(
            "บันทึกข้อความ\nส่วนราชการ กองคลัง\nเรื่อง ส่งคำสั่ง ประจำปีงบประมาณ ๒๕๖๕\nเรียน นายก\n\nตามที่ได้ออกคำสั่งไว้ นั้น\n\n" +
            "คำสั่งเทศบาลตำบลนาดี\nที่ ๑/๒๕๖๖\nเรื่อง แต่งตั้งคณะทำงาน\n\n๑. นายสมชาย ใจดี ปลัด ประธาน"));

        // The order has no table, so its numbered prose is not searched for measures at all.
        Assert.Equal(2, docs.Count);
        Assert.Equal([(1, "บันทึกข้อความ", (int?)2565)], calls);
        Assert.Contains("measures: stub", docs[0].Warnings);
        Assert.DoesNotContain("measures: stub", docs[1].Warnings);
    }
}
