using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

public class SectionClassifierTests
{
    [Fact]
    public void CommittedModel_Read_HasModel() => Assert.True(Readers.SectionClassifier.HasModel);

    [Fact]
    public void CommittedModel_Read_ReadsWords() => Assert.Equal(SectionClassifier.ModelFeatures, TrainingData.Model("sections.model.zip").Features);

    // A model that has learnt only facts and body: it calls the paragraph facts, its phrase says considerations.
    private static readonly TextCategoryModel FactsModel = TextCategoryModel.Train(
    [
        .. Enumerable.Range(0, 10).Select(i => new LabelledText("facts", $"กลุ่มงานได้ตรวจสอบการมอบหมายผู้รับผิดชอบข้อมูลบนเว็บไซต์ {i} รายการ")),
        .. Enumerable.Range(0, 10).Select(i => new LabelledText("body", $"รายละเอียดตามเอกสารแนบ {i} ฉบับ")),
    ]);

    [Fact]
    public void Classify_PhraseInsideAndModelDisagree_PhraseWins()
    {
        const string paragraph = "กลุ่มงานได้พิจารณาแล้ว การมอบหมายผู้รับผิดชอบจะทำให้ข้อมูลเป็นปัจจุบัน";

        Assert.Equal("facts", FactsModel.Predict(paragraph).Label);
        Assert.Equal(SectionType.Considerations, new SectionClassifier(FactsModel).Classify(paragraph).Type);
    }

    [Fact]
    public void Classify_NoPhraseAndAnUnsureModel_TakesTheModelsType()
    {
        const string paragraph = "งานพัสดุตรวจสอบทะเบียนครุภัณฑ์";
        var prediction = FactsModel.Predict(paragraph);

        var verdict = new SectionClassifier(FactsModel).Classify(paragraph);
        var withThreshold = new SectionClassifier(FactsModel, minimumModelProbability: prediction.Probability + 0.01).Classify(paragraph);

        Assert.Equal(prediction.Label, verdict.Type.ToString().ToLowerInvariant());
        Assert.Equal(Math.Round(prediction.Probability, 3), verdict.Confidence);
        Assert.Equal(SectionType.Body, withThreshold.Type);
    }

    // Paragraphs written for this test (not in the training set): other agencies, topics and wording.
    [Theory]
    [InlineData("ตามที่สำนักงานเกษตรอำเภอได้ขอความร่วมมือสำรวจพื้นที่ปลูกข้าว นั้น", SectionType.Background)]
    [InlineData("ในการนี้ งานป้องกันฯ ได้ตรวจสอบรถดับเพลิงแล้ว พบว่าสายส่งน้ำชำรุด ๒ เส้น", SectionType.Facts)]
    [InlineData("อาศัยอำนาจตามพระราชบัญญัติป้องกันและบรรเทาสาธารณภัย พ.ศ. ๒๕๕๐ มาตรา ๒๑", SectionType.Legal)]
    [InlineData("พิจารณาแล้ว เห็นว่าการซ่อมแซมดังกล่าวมีความจำเป็นเร่งด่วน", SectionType.Considerations)]
    [InlineData("จึงเห็นควรอนุมัติจ้างซ่อมสายส่งน้ำ ภายในวงเงิน ๑๒,๐๐๐ บาท", SectionType.Proposal)]
    [InlineData("จึงเรียนมาเพื่อโปรดพิจารณาสั่งการ", SectionType.Closing)]
    public void Classify_TypicalParagraph_ExpectedType(string paragraph, SectionType expected)
    {
        var verdict = Readers.SectionClassifier.Classify(paragraph);

        Assert.Equal(expected, verdict.Type);
        Assert.InRange(verdict.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData("กฎกระทรวงว่าด้วยการควบคุมอาคาร พ.ศ. ๒๕๕๘ ข้อ ๔ กำหนดว่า", SectionType.Legal)]
    [InlineData("ข้อเสนอแนะ ควรจัดอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือนปีละ ๒ ครั้ง", SectionType.Proposal)]
    public void Classify_NoOpeningRule_ModelDecides(string paragraph, SectionType expected)
    {
        Assert.Null(SectionClassifier.RuleType(paragraph));
        Assert.Equal(expected, Readers.SectionClassifier.Classify(paragraph).Type);
    }

    [Theory]
    [InlineData("เพื่อเป็นการยกระดับการดำเนินงานของเทศบาลตำบลหนองบัว ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จึงขอส่งสำเนาคำสั่งเทศบาลตำบลหนองบัว ที่ ๑๒/๒๕๖๗ ลงวันที่ ๕ มีนาคม ๒๕๖๗ เรื่อง แต่งตั้งคณะทำงาน และขอเชิญท่านร่วมประชุมในวันจันทร์ที่ ๑๑ มีนาคม ๒๕๖๗ ณ ห้องประชุมเทศบาล")]
    [InlineData("เพื่อให้การจัดทำแผนปฏิบัติการป้องกันการทุจริตขององค์การบริหารส่วนตำบลนาดี เป็นไปด้วยความเรียบร้อย จึงขอส่งสำเนาคำสั่งแต่งตั้งคณะทำงาน มาเพื่อทราบและถือปฏิบัติ")]
    public void Classify_OfficialWordingWithoutLegalSource_NotLegal(string paragraph)
    {
        Assert.False(SectionClassifier.CitesLaw(paragraph));
        Assert.NotEqual(SectionType.Legal, Readers.SectionClassifier.Classify(paragraph).Type);
    }

    [Theory]
    [InlineData("ระเบียบกระทรวงมหาดไทยว่าด้วยการพัสดุ", true)]
    [InlineData("ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๔๘ เตรส", true)]
    [InlineData("พ.ร.บ.ข้อมูลข่าวสารของราชการ", true)]
    [InlineData("หนังสือสั่งการกรมส่งเสริมการปกครองท้องถิ่น", true)]
    [InlineData("ข้อ 5 กำหนดให้", true)]
    [InlineData("มติคณะรัฐมนตรีเมื่อวันที่ ๑ เมษายน ๒๕๖๕", true)]
    [InlineData("ขอเชิญท่านร่วมประชุมคณะทำงาน", false)]
    [InlineData("ส่งสำเนาคำสั่งแต่งตั้งคณะกรรมการ", false)]
    public void CitesLaw_Paragraph_TrueOnlyForALegalSource(string paragraph, bool expected) =>
        Assert.Equal(expected, SectionClassifier.CitesLaw(paragraph));

    [Theory]
    [InlineData(": ตามคำสั่งเทศบาลตำบลนาดี ที่ ๑๒/๒๕๖๖ เรื่อง แต่งตั้งคณะกรรมการ", SectionType.Background)]
    [InlineData("' ในการนี้ กองช่างได้สำรวจถนนสายหลักแล้ว", SectionType.Facts)]
    [InlineData(", ๒. พิจารณาแล้ว เห็นว่าควรดำเนินการ", SectionType.Considerations)]
    [InlineData("๒ ตามหนังสือจังหวัดขอนแก่น ที่ ขก ๐๐๒๓.๓/ว ๑๒๓", SectionType.Background)]
    [InlineData(") ตามคำสั่งเทศบาลเมืองยโสธร ที่ ๓๓/๒๕๖๗", SectionType.Background)]
    [InlineData("0 . ในการนี้ กองคลังได้ตรวจสอบแล้ว", SectionType.Facts)]
    public void RuleType_SpeckBeforeOpeningPhrase_StillRecognised(string paragraph, SectionType expected) =>
        Assert.Equal(expected, SectionClassifier.RuleType(paragraph));

    [Fact]
    public void Classify_WithoutModel_UnknownTextIsBody() =>
        Assert.Equal(new SectionVerdict(SectionType.Body, 0.5), new SectionClassifier(null).Classify("รายการวัสดุตามเอกสารแนบ"));
}
