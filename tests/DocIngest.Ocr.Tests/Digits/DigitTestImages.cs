using DocIngest.Training.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Digits;

/// <summary>Real renderings (ImageMagick with the installed TLWG fonts) and the committed fixture folder.</summary>
public static class DigitTestImages
{
    public const string Laksaman = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf";
    public const string Norasi = "/usr/share/fonts/truetype/tlwg/Norasi.ttf";

    private static readonly ImageMagickRenderer Renderer = new();

    /// <summary>Each character of <paramref name="characters"/> rendered alone and cut like a symbol box (tight, 2 px margin).</summary>
    public static IReadOnlyList<GrayImage> Glyphs(string fontPath, double pointSize, string characters)
    {
        var line = Renderer.Render(fontPath, pointSize, string.Join("    ", characters.ToCharArray()));
        return GlyphSegmenter.Split(line, minGap: 20, margin: 2);
    }

    /// <summary>tests/DocIngest.Ocr.Tests/Fixtures/digits, found by walking up from the test binaries.</summary>
    public static string FixtureDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "DocIngest.Ocr.Tests", "Fixtures", "digits");
            if (Directory.Exists(candidate)) return candidate;
            var sibling = Path.Combine(dir.FullName, "Fixtures", "digits");
            if (Directory.Exists(sibling) && File.Exists(Path.Combine(sibling, "lines.tsv"))) return sibling;
        }
        throw new DirectoryNotFoundException("tests/DocIngest.Ocr.Tests/Fixtures/digits not found above " + AppContext.BaseDirectory);
    }
}
