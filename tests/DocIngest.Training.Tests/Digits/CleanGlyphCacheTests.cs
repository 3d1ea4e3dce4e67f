using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Tests.Digits;

public class CleanGlyphCacheTests
{
    private static readonly ThaiFont Debian = new("/f/tlwg/Laksaman.ttf", "Laksaman");
    private static readonly ThaiFont Npm = new("/out/fonts/digits/kanit-thai-400.ttf", "Kanit");

    private static IReadOnlyList<CleanGlyph> Render(IReadOnlyList<ThaiFont> fonts, List<string> log) =>
        fonts.SelectMany(font =>
        {
            log.Add(font.Family);
            return Enumerable.Range(0, 2).Select(d => new CleanGlyph(new GrayImage(1, 1, [(byte)d]), DigitClasses.LabelOf(d), font, 12));
        }).ToList();

    [Fact]
    public void LoadOrRender_FontAddedToCachedRun_RendersOnlyItAndKeepsCachedOrder()
    {
        string path = Path.Combine(Path.GetTempPath(), $"glyph-cache-{Guid.NewGuid():N}.bin");
        try
        {
            var renders = new List<string>();
            var first = CleanGlyphCache.LoadOrRender([Debian], path, fonts => Render(fonts, renders), TextWriter.Null);
            var second = CleanGlyphCache.LoadOrRender([Debian, Npm], path, fonts => Render(fonts, renders), TextWriter.Null);
            var third = CleanGlyphCache.LoadOrRender([Debian], path, fonts => Render(fonts, renders), TextWriter.Null);

            Assert.Equal(["Laksaman", "Kanit"], renders);
            Assert.Equal(["Laksaman", "Laksaman", "Kanit", "Kanit"], second.Select(g => g.Font.Family));
            Assert.Equal(first.Select(g => (g.Label, g.Font)), third.Select(g => (g.Label, g.Font)));
            Assert.Equal(4, CleanGlyphCache.Load(path).Count);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void LoadOrRender_NoPath_RendersEveryFont()
    {
        var renders = new List<string>();

        var glyphs = CleanGlyphCache.LoadOrRender([Debian, Npm], null, fonts => Render(fonts, renders), TextWriter.Null);

        Assert.Equal(["Laksaman", "Kanit"], renders);
        Assert.Equal(4, glyphs.Count);
    }
}
