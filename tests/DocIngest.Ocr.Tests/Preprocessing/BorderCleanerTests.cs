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

    [Fact]
    public void Clean_NoBand_ReturnsPageWithoutCopy()
    {
        var page = new GrayImage(600, 800);
        for (int y = 100; y < 700; y++) for (int x = 200; x < 260; x++) page[x, y] = 0;

        var (cleaned, edges) = new BorderCleaner().Clean(page);

        Assert.Equal(0, edges);
        Assert.Same(page, cleaned);
    }

    [Fact]
    public void Clean_BandOnOneEdge_LeavesInputUnchanged()
    {
        var page = new GrayImage(600, 800);
        for (int y = 0; y < 800; y++) for (int x = 0; x < 20; x++) page[x, y] = 10;
        var before = (byte[])page.Pixels.Clone();

        var (cleaned, edges) = new BorderCleaner().Clean(page);

        Assert.Equal(1, edges);
        Assert.Equal(before, page.Pixels);
        Assert.Equal(0, SyntheticPages.InkCount(cleaned, 0, 20));
    }
}
