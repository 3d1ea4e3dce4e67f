using DocIngest.Core.Content;
using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

/// <summary>Text layers of real agency PDFs through the loader (no OCR: these pages keep their layer).</summary>
public class CorpusTextLayerTests
{
    private static readonly PdfLoader Loader = new(new PdfPageRasterizer(), new ExtractionOptions());

    private static LoadedDocument Load(string name)
    {
        string path = Corpus.File(name);
        return Loader.Load(new SourceFile(path, File.ReadAllBytes(path)), CancellationToken.None);
    }

    [CorpusFact]
    public void Load_RoyalGazette2560CleanLayer_EveryPageAcceptedUnrepaired()
    {
        var pages = Load("royal-gazette-2560.pdf").Pages;

        Assert.Equal(11, pages.Count);
        foreach (var page in pages)
        {
            var content = Assert.IsType<ContentSourcePage>(page).Content;
            Assert.Equal(PageMethod.TextLayer, content.Method);
            Assert.Empty(content.Warnings);
        }
    }

    [CorpusFact]
    public void Load_MemoDistrict1LostSaraAm_RepairedWithSamnakngan()
    {
        var content = Assert.IsType<ContentSourcePage>(Assert.Single(Load("memo-district-1.pdf").Pages)).Content;

        Assert.Equal(PageMethod.TextLayer, content.Method);
        Assert.Contains("ส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองใหญ่", content.Text);
        Assert.Contains("ประจำปีงบประมาณ", content.Text);
        Assert.DoesNotContain("สานักงาน", content.Text);
        Assert.Matches(@"^text layer repaired: \d+ sara am restored$", Assert.Single(content.Warnings));
    }
}
