using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellLatinWordsTests
{
    [Theory]
    [InlineData("6๒๐ส0", true)]           // "Credit)" in a cell of the tuning plan's p111
    [InlineData("(6ทา๐หอ๕อก)", true)]     // "(Empowerment)"
    [InlineData("(885๐[ก๑)", true)]       // "(Baseline)"
    [InlineData("[โค", true)]             // "ITA"
    [InlineData("กฎหมายngระเบียบ", false)] // Thai text with a slip: its Thai runs are long
    [InlineData("๒๕๖๖", false)]
    [InlineData("(Baseline)", false)]
    [InlineData("พ.ศ.๒๕๖๖", false)]
    [InlineData("ก1", false)]
    [InlineData("|๒๒", false)]            // a number beside a rule's remnant
    [InlineData("๑7๒๕๒๒", false)]
    public void IsGarbledLatin_Cases(string token, bool expected) => Assert.Equal(expected, CellLatinWords.IsGarbledLatin(token));

    [Theory]
    [InlineData("Credit)", true)]
    [InlineData("(Leadership Model)", true)]
    [InlineData("ITA", true)]
    [InlineData("1/2562", false)]
    [InlineData("(Base1ine)", false)]
    [InlineData("a", false)]
    public void IsLatinWords_Cases(string text, bool expected) => Assert.Equal(expected, CellLatinWords.IsLatinWords(text));

    [Fact]
    public void Apply_GarbledTokenReadAsLatinConfidently_TokenReplaced()
    {
        var lines = new[] { Line("เครดิตสังคม (Social 6๒๐ส0") };
        var recognizer = new FixedRecognizer("Credit)", 0.9);

        var latinFree = new FixedRecognizer("เครดิตสังคม (ธ๐ฉ๑ล ๖๒๐ส๐", 0.9);

        var line = Assert.Single(CellLatinWords.Apply(lines, new GrayImage(400, 60), recognizer, latinFree));

        Assert.Equal("เครดิตสังคม (Social Credit)", line.Text);
        Assert.Equal(1, recognizer.Calls);
        Assert.Equal(CellLatinWords.ThaiScript, recognizer.Excluded);
    }

    [Theory]
    [InlineData("(5o3a|", 0.95)] // not words
    [InlineData("Credit)", 0.6)] // weak
    public void Apply_ReReadNotConfidentLatinWords_LineKept(string reread, double confidence)
    {
        var lines = new[] { Line("เครดิตสังคม (5๐๓ล| Credit)") };
        var recognizer = new FixedRecognizer(reread, confidence);

        Assert.Same(lines, CellLatinWords.Apply(lines, new GrayImage(400, 60), recognizer, new FixedRecognizer("x", 0.9)));
        Assert.Equal(1, recognizer.Calls);
    }

    [Fact]
    public void Apply_NoGarbledToken_EngineNotAsked()
    {
        var lines = new[] { Line("เป็นค่าตั้งต้น (MOPH)") };
        var recognizer = new FixedRecognizer("x", 0.9);
        var latinFree = new FixedRecognizer("x", 0.9);

        Assert.Same(lines, CellLatinWords.Apply(lines, new GrayImage(400, 60), recognizer, latinFree));
        Assert.Equal(0, recognizer.Calls);
        Assert.Equal(0, latinFree.Calls); // a capital acronym is real Latin: no re-read
    }

    [Fact]
    public void Apply_ThaiWordReadAsLatin_ReplacedByLatinFreeReread()
    {
        // p27 of the tuning plan: เพิ่มขึ้น at a cell line's end read "udu".
        var lines = new[] { Line("ความสามารถ ในสังคมไทย udu") };
        var recognizer = new FixedRecognizer("x", 0.9);
        var latinFree = new FixedRecognizer("ความสามารถ ในสังคมไทย เพิ่มขึ้น", 0.9);

        var line = Assert.Single(CellLatinWords.Apply(lines, new GrayImage(400, 60), recognizer, latinFree));

        Assert.Equal("ความสามารถ ในสังคมไทย เพิ่มขึ้น", line.Text);
        Assert.Equal(LatinMisreadRereader.LatinLetters, latinFree.Excluded);
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public void Apply_RealLatinWordRereadAsNonWords_LineKept()
    {
        var lines = new[] { Line("เป็นค่าตั้งต้น (Baseline)") };
        var latinFree = new FixedRecognizer("เป็นค่าตั้งต้น (๘๘ร๕๐เก๑)", 0.9);

        Assert.Same(lines, CellLatinWords.Apply(lines, new GrayImage(400, 60), new FixedRecognizer("x", 0.9), latinFree));
    }

    /// <summary>A line whose symbols are its characters, 10 px apart in a box 30 px tall at row 15.</summary>
    private static RecognizedLine Line(string text)
    {
        var symbols = text.Where(c => c != ' ').Select((c, i) => new RecognizedSymbol(c.ToString(), new BoundingBox(5 + 10 * i, 15, 9, 30), 0.9)).ToList();
        return new RecognizedLine(text, new BoundingBox(5, 15, 10 * symbols.Count, 30), 0.9, symbols);
    }

    private sealed class FixedRecognizer(string text, double confidence) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public string? Excluded { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [new RecognizedLine(text, region ?? new BoundingBox(0, 0, image.Width, image.Height), confidence, [])];
        }

        public IReadOnlyList<RecognizedLine> RecognizeExcluding(GrayImage image, BoundingBox? region, SegmentationMode mode, string excluded)
        {
            Excluded = excluded;
            return Recognize(image, region, mode);
        }

        public void Dispose() { }
    }
}
