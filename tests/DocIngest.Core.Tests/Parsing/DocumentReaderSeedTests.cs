using DocIngest.Core.Extraction;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing;

/// <summary>The reader on the four seed documents (shared/seeds), turned into text-layer pages.</summary>
public class DocumentReaderSeedTests
{
    private static IReadOnlyList<Document> ReadSeed(string file) => Readers.ForPartA.Read(SeedPages.FromSeed(file));

    [Fact]
    public void Read_KalasinMemo_HeaderSectionsAndSigners()
    {
        var doc = Assert.Single(ReadSeed("memo-kalasin-2565.txt"));

        Assert.Equal(DocumentKind.Memo, doc.Kind);
        Assert.Equal("องค์การบริหารส่วนจังหวัดกาฬสินธุ์", doc.Organization);
        Assert.Equal(2565, doc.FiscalYear);
        Assert.Equal("ฝ่ายอำนวยการ สำนักปลัดองค์การบริหารส่วนจังหวัด", doc.Header!.Agency);
        Assert.Equal("043-816061", doc.Header.Phone);
        Assert.Equal("กส 51001/1333", doc.Header.Reference);
        Assert.Equal("2022-02-10", doc.Header.Date);
        Assert.Equal("๑๐ กุมภาพันธ์ ๒๕๖๕", doc.Header.DateText);
        Assert.StartsWith("รายงานผลในการจัดทำมาตรการ", doc.Header.Subject);
        Assert.Equal("นายองค์การบริหารส่วนจังหวัดกาฬสินธุ์", doc.Header.Addressee);
        Assert.Equal(SectionType.Background, doc.Sections[0].Type);
        Assert.Equal("เรื่องเดิม", doc.Sections[0].Heading);
        Assert.Equal(SectionType.Closing, doc.Sections[^1].Type);
        Assert.Contains(doc.Signatures, s => s.Name == "นายจักรี แสงสุริยินทร์" && s.Position!.Contains("รักษาราชการแทน"));
    }

    [Fact]
    public void Read_BuengkanMemo_MemoThenItaAnalysisAttachment()
    {
        var docs = ReadSeed("memo-buengkan-2567.txt");

        Assert.Equal([DocumentKind.Memo, DocumentKind.ItaAnalysis], docs.Select(d => d.Kind));
        var memo = docs[0];
        Assert.Equal("เทศบาลเมืองบึงกาฬ", memo.Organization);
        Assert.Equal("2024-01-16", memo.Header!.Date);
        Assert.Equal("นายกเทศมนตรีเมืองบึงกาฬ", memo.Header.Addressee);
        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Legal, SectionType.Considerations, SectionType.Closing],
            memo.Sections.Select(s => s.Type));
        Assert.Contains(memo.Signatures, s => s.Name == "นายราชันย์ วัฒนาพร" && s.Position == "นายกเทศมนตรีเมืองบึงกาฬ");

        var analysis = docs[1];
        Assert.Equal([1, 3, 4, 5, 6, 7, 8], analysis.Indicators.Select(i => i.Number));
        Assert.Equal(99.46, analysis.Indicators[0].Score, 3);
        Assert.All(analysis.Indicators, i => Assert.Equal(2566, i.FiscalYear));
    }

    [Fact]
    public void Read_KampangBundle_FourDocumentsInPageOrder()
    {
        var docs = ReadSeed("bundle-kampang-2564.txt");

        Assert.Equal([DocumentKind.ItaAnalysis, DocumentKind.Order, DocumentKind.Memo, DocumentKind.Minutes], docs.Select(d => d.Kind));
        Assert.All(docs, d => Assert.Equal("องค์การบริหารส่วนตำบลกำปัง", d.Organization));
        Assert.All(docs, d => Assert.Equal(2564, d.FiscalYear));
        for (int i = 1; i < docs.Count; i++) Assert.True(docs[i].PageStart >= docs[i - 1].PageEnd);

        var analysis = docs[0];
        Assert.Equal(Enumerable.Range(1, 10), analysis.Indicators.Select(i => i.Number));
        Assert.Equal(19.68, analysis.Indicators[8].Score, 3);
        Assert.Equal(new ItaResult(2564, 79.34, "B"), Assert.Single(analysis.ItaResults));

        var order = docs[1];
        Assert.Equal("5/2564", order.OrderNumber);
        Assert.Equal("2021-01-10", order.Header!.Date);
        Assert.Equal(9, order.Members.Count);
        Assert.Equal(new Person("นายมีชัย จงสันเทียะ", "นายกองค์การบริหารส่วนตำบล", "ประธาน"), order.Members[0]);
        Assert.Equal("เลขานุการ", order.Members[^1].Role);
        Assert.All(order.Members, m => Assert.NotNull(m.Role));

        var memo = docs[2];
        Assert.Equal("0-4497-4224", memo.Header!.Phone);
        Assert.Equal("2021-01-10", memo.Header.Date);
        Assert.Equal("คณะทำงาน ทุกท่าน", memo.Header.Addressee);

        var minutes = docs[3];
        Assert.Empty(minutes.Members);
        Assert.Equal("2021-01-15", minutes.Header!.Date);
        Assert.Equal("วันพุธที่ ๑๕ มกราคม ๒๕๖๔", minutes.Header.DateText);
        Assert.Contains(minutes.Signatures, s => s.Role == "ผู้รับรอง" && s.Position == "ประธานคณะทำงาน");
        Assert.Contains(new ItaResult(2563, 50.69, "E"), minutes.ItaResults);
    }

    [Fact]
    public void Read_KhokkhonPlan_MeasurePlanWithTitleOrganisationYear()
    {
        var doc = Assert.Single(ReadSeed("measures-khokkhon-2566.txt"));

        Assert.Equal(DocumentKind.MeasurePlan, doc.Kind);
        Assert.StartsWith("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", doc.Title);
        Assert.Equal("องค์การบริหารส่วนตำบลโคกคอน", doc.Organization);
        Assert.Equal(2566, doc.FiscalYear);
        Assert.InRange(doc.Confidence!.Value, 0.8, 1.0);
    }

    [Fact]
    public void Read_EverySeedWithRealMeasureParser_DocumentsHaveKindsAndPageRanges()
    {
        foreach (var file in new[] { "memo-kalasin-2565.txt", "measures-khokkhon-2566.txt", "memo-buengkan-2567.txt", "bundle-kampang-2564.txt" })
        {
            var pages = SeedPages.FromSeed(file);
            var docs = Readers.Default.Read(pages);

            Assert.NotEmpty(docs);
            Assert.Equal(1, docs[0].PageStart);
            Assert.Equal(pages[^1].Number, docs[^1].PageEnd);
            Assert.All(docs, d => Assert.True(d.PageStart <= d.PageEnd));
        }
    }
}
