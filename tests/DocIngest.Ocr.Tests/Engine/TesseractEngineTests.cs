using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Engine;

public sealed class TesseractEngineTests(ITestOutputHelper output) : IDisposable
{
    private readonly TesseractEngine engine = new(EngineFixtures.Options());

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Recognize_RenderedThaiProse_CharacterErrorRateBelowFivePercent()
    {
        var image = EngineFixtures.Image("thai-prose.png");

        var lines = engine.Recognize(image, null, SegmentationMode.SingleBlock);

        var text = string.Join('\n', lines.Select(l => l.Text));
        double cer = CharacterErrorRate.Of(EngineFixtures.Text("thai-prose.txt"), text);
        output.WriteLine($"CER {cer:P2}\n{text}");
        Assert.Equal(4, lines.Count);
        Assert.True(cer < 0.05, $"CER {cer:P2}");
    }

    [Fact]
    public void Recognize_LatinAcronymInThaiLine_ReadsAcronymWithEnglishModel()
    {
        var lines = engine.Recognize(EngineFixtures.Image("thai-prose.png"), null, SegmentationMode.SingleBlock);

        Assert.Contains("ITA", lines[^1].Text);
    }

    [Fact]
    public void Recognize_Line_ReturnsNormalisedTextWithSaraAmAndNoDecomposedForm()
    {
        var lines = engine.Recognize(EngineFixtures.Image("memo-line.png"), null, SegmentationMode.SingleLine);

        var line = Assert.Single(lines);
        Assert.Contains("คณะทำงาน", line.Text);
        Assert.DoesNotContain("\u0E4D\u0E32", line.Text);
    }

    [Fact]
    public void Recognize_Line_BoxSurroundsInkAndConfidenceIsFraction()
    {
        var image = EngineFixtures.Image("memo-line.png");

        var line = Assert.Single(engine.Recognize(image, null, SegmentationMode.SingleLine));

        var ink = InkBounds(image);
        Assert.InRange(line.Box.X, ink.X - 5, ink.X + 5);
        Assert.InRange(line.Box.Right, ink.Right - 5, ink.Right + 5);
        Assert.InRange(line.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Recognize_Line_SymbolsLieInsideLineBoxInReadingOrder()
    {
        var line = Assert.Single(engine.Recognize(EngineFixtures.Image("memo-line.png"), null, SegmentationMode.SingleLine));

        Assert.True(line.Symbols.Count >= 20, $"{line.Symbols.Count} symbols");
        Assert.All(line.Symbols, s =>
        {
            Assert.InRange(s.Box.X, line.Box.X - 2, line.Box.Right);
            Assert.InRange(s.Confidence, 0.0, 1.0);
        });
        var lefts = line.Symbols.Select(s => s.Box.X).ToList();
        Assert.True(lefts.Zip(lefts.Skip(1)).Count(p => p.Second < p.First - 20) == 0, "symbols should run left to right");
    }

    [Fact]
    public void Recognize_Region_ReturnsOnlyThatRegionInWholeImageCoordinates()
    {
        var image = EngineFixtures.Image("thai-prose.png");
        var full = engine.Recognize(image, null, SegmentationMode.SingleBlock);
        var second = full[1].Box;
        var region = new BoundingBox(0, second.Y - 8, image.Width, second.Height + 16);

        var lines = engine.Recognize(image, region, SegmentationMode.SingleLine);

        var line = Assert.Single(lines);
        Assert.InRange(line.Box.Y, second.Y - 12, second.Y + 12); // whole-image coordinates, not relative to the region (which would be ~8)
        Assert.True(CharacterErrorRate.Of(full[1].Text, line.Text) < 0.1, line.Text);
        Assert.All(line.Symbols, s => Assert.InRange(s.Box.Y, region.Y, region.Bottom));
    }

    [Fact]
    public void Recognize_BlankImage_ReturnsNoLines()
    {
        var blank = new GrayImage(400, 200);

        Assert.Empty(engine.Recognize(blank, null, SegmentationMode.Auto));
    }

    [Fact]
    public void Recognize_RegionOutsideImage_ReturnsNoLines()
    {
        var image = new GrayImage(100, 100);

        Assert.Empty(engine.Recognize(image, new BoundingBox(200, 200, 50, 50), SegmentationMode.SingleLine));
    }

    [Fact]
    public void Recognize_AfterDispose_Throws()
    {
        var disposed = new TesseractEngine(EngineFixtures.Options("tha"));
        disposed.Dispose();

        Assert.Throws<ObjectDisposedException>(() => disposed.Recognize(new GrayImage(10, 10), null, SegmentationMode.SingleLine));
    }

    [Fact]
    public void LibraryVersion_LoadedLibrary_IsTesseractFive()
    {
        Assert.StartsWith("5.", TesseractEngine.LibraryVersion);
    }

    internal static BoundingBox InkBounds(GrayImage image)
    {
        int x0 = image.Width, y0 = image.Height, x1 = -1, y1 = -1;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                if (image[x, y] < 128) { x0 = Math.Min(x0, x); x1 = Math.Max(x1, x); y0 = Math.Min(y0, y); y1 = Math.Max(y1, y); }
        return new BoundingBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
