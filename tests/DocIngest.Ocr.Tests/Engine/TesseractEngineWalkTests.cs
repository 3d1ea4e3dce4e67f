using System.Runtime.InteropServices;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Native;
using static DocIngest.Ocr.Native.TesseractNative;

namespace DocIngest.Ocr.Tests.Engine;

/// <summary>
/// The engine walks Tesseract's results in layout order through the base iterator classes; these tests hold it to what
/// the C API's reordering result iterator gives for the same recognition (the walk the engine made before), and hold
/// the paragraph setting to changing no line.
/// </summary>
public sealed class TesseractEngineWalkTests
{
    public static TheoryData<string, SegmentationMode> Images => new()
    {
        { "thai-prose.png", SegmentationMode.Auto },
        { "thai-prose-scan.png", SegmentationMode.Auto },
        { "thai-prose.png", SegmentationMode.SingleBlock },
        { "memo-line.png", SegmentationMode.SingleLine },
        { "two-page-g4.tif", SegmentationMode.Auto },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Recognize_Image_SameLinesAndSymbolsAsResultIteratorWalk(string fixture, SegmentationMode mode)
    {
        var image = EngineFixtures.Image(fixture);
        var options = EngineFixtures.Options();
        using var engine = new TesseractEngine(options);

        var walked = engine.Recognize(image, null, mode);
        var expected = ReadWithResultIterator(image, mode, options);

        Assert.NotEmpty(expected);
        Assert.Equal(Describe(expected), Describe(walked));
    }

    [Fact]
    public void Recognize_ParagraphsFoundBeforeText_SameLinesAsAfterText()
    {
        var image = EngineFixtures.Image("thai-prose-scan.png");
        var options = EngineFixtures.Options();
        var textBased = options with
        {
            Variables = new Dictionary<string, string>(options.Variables) { ["paragraph_text_based"] = "1" },
        };
        using var before = new TesseractEngine(options);
        using var after = new TesseractEngine(textBased);

        var lines = before.Recognize(image, null, SegmentationMode.Auto);

        Assert.NotEmpty(lines);
        Assert.Equal(Describe(after.Recognize(image, null, SegmentationMode.Auto)), Describe(lines));
    }

    private static List<string> Describe(IReadOnlyList<RecognizedLine> lines) =>
        lines.Select(l => $"{l.Text} {l.Box} {l.Confidence:R} | " + string.Join(" ", l.Symbols.Select(s => $"{s.Text}{s.Box}{s.Confidence:R}"))).ToList();

    /// <summary>The walk through the C API's result iterator: its line text, its next glyph, its line starts.</summary>
    private static List<RecognizedLine> ReadWithResultIterator(GrayImage image, SegmentationMode mode, TesseractEngineOptions options)
    {
        using var api = BaseApiCreate();
        var dataPath = Path.TrimEndingDirectorySeparator(options.TessdataPath) + Path.DirectorySeparatorChar;
        Assert.Equal(0, BaseApiInit3(api, dataPath, options.Languages));
        foreach (var (name, value) in options.Variables)
            Assert.NotEqual(0, BaseApiSetVariable(api, name, value));
        BaseApiSetGrayImage(api, image);
        BaseApiSetSourceResolution(api, image.Dpi);
        BaseApiSetPageSegMode(api, (int)mode);
        Assert.Equal(0, BaseApiRecognize(api, IntPtr.Zero));

        var lines = new List<RecognizedLine>();
        using var iterator = BaseApiGetIterator(api);
        var page = ResultIteratorGetPageIterator(iterator);
        (string Text, BoundingBox Box, double Confidence, List<RecognizedSymbol> Symbols)? current = null;
        do
        {
            if (current is null || PageIteratorIsAtBeginningOf(page, PageIteratorLevel.TextLine) != 0)
            {
                Add(lines, current);
                current = (Text(iterator, PageIteratorLevel.TextLine), Box(page, PageIteratorLevel.TextLine), Confidence(iterator, PageIteratorLevel.TextLine), []);
            }
            var symbol = Text(iterator, PageIteratorLevel.Symbol);
            if (symbol.Length > 0)
                current.Value.Symbols.Add(new RecognizedSymbol(symbol, Box(page, PageIteratorLevel.Symbol), Confidence(iterator, PageIteratorLevel.Symbol)));
        }
        while (ResultIteratorNext(iterator, PageIteratorLevel.Symbol) != 0);
        Add(lines, current);
        return lines;
    }

    private static void Add(List<RecognizedLine> lines, (string Text, BoundingBox Box, double Confidence, List<RecognizedSymbol> Symbols)? line)
    {
        if (line is { } l && l.Text.Length > 0) lines.Add(new RecognizedLine(l.Text, l.Box, l.Confidence, l.Symbols));
    }

    private static string Text(TessResultIteratorHandle iterator, PageIteratorLevel level)
    {
        var text = ResultIteratorGetUtf8Text(iterator, level);
        if (text == IntPtr.Zero) return string.Empty;
        try
        {
            return ThaiText.Normalize(Marshal.PtrToStringUTF8(text) ?? string.Empty).Trim();
        }
        finally
        {
            DeleteText(text);
        }
    }

    private static BoundingBox Box(IntPtr page, PageIteratorLevel level) =>
        PageIteratorBoundingBox(page, level, out int left, out int top, out int right, out int bottom) != 0
            ? new BoundingBox(left, top, right - left, bottom - top)
            : default;

    private static double Confidence(TessResultIteratorHandle iterator, PageIteratorLevel level) =>
        Math.Clamp(ResultIteratorConfidence(iterator, level) / 100.0, 0.0, 1.0);
}
