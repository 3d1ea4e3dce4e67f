using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class BorderCleanerTests
{
    [Fact]
    public void Clean_ScanWithDarkEdges_WhitensEdgesAndKeepsText()
    {
        var normalized = new BackgroundNormalizer().Normalize(EngineFixtures.Image("thai-prose-scan.png"));

        var (cleaned, edges) = new BorderCleaner().Clean(normalized);

        Assert.Equal(2, edges);
        Assert.Equal(0, SyntheticPages.InkCount(cleaned, 0, 46));
        Assert.Equal(0, SyntheticPages.InkCount(cleaned, cleaned.Width - 12, cleaned.Width));
        int textBefore = SyntheticPages.InkCount(normalized, 100, 1400), textAfter = SyntheticPages.InkCount(cleaned, 100, 1400);
        Assert.Equal(textBefore, textAfter);
    }

    [Fact]
    public void Clean_TableRuleNearButNotAtEdge_Kept()
    {
        var page = new GrayImage(1000, 1400);
        for (int y = 100; y < 1300; y++) for (int x = 40; x < 44; x++) page[x, y] = 0;

        var (cleaned, edges) = new BorderCleaner().Clean(page);

        Assert.Equal(0, edges);
        Assert.Equal(page.Pixels, cleaned.Pixels);
    }
}
