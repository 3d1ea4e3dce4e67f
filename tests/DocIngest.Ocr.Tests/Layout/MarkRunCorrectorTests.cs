using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class MarkRunCorrectorTests
{
    private static (GrayImage Image, IReadOnlyList<RecognizedLine> Lines) Read(string fixture)
    {
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        return (image, engine.Recognize(image, null, SegmentationMode.Auto));
    }

    [Fact]
    public void Correct_LeaderReadAsDigits_BecomesDotsTheCleanerRemoves()
    {
        // A crop of a 200-dpi bilevel scan (sample-docs/memo-buengkan-2567.tif, page 3, as preprocessed): the engine read
        // the leader after "(ลงชื่อ) จ่าเอก" as "22 0ฝฝ70".
        var (image, lines) = Read("leader-read-as-digits-200dpi.png");
        var signed = Assert.Single(lines, l => l.Text.StartsWith("(ลงชื่อ)", StringComparison.Ordinal));
        Assert.Contains(signed.Text, char.IsDigit);

        var corrected = new MarkRunCorrector().Correct(image, signed);

        Assert.DoesNotContain(corrected.Text, char.IsDigit);
        Assert.EndsWith("......", corrected.Text.TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("(ลงชื่อ) จ", corrected.Text, StringComparison.Ordinal);
        Assert.Equal(corrected.Symbols.Count, signed.Symbols.Count);
    }

    [Fact]
    public void Correct_AsteriskSeparatorReadAsLetters_BecomesOneAsteriskPerMark()
    {
        // A crop of a 200-dpi scanned PDF (sample-docs/bundle-kampang-2564.pdf, page 5): 36 asterisks under the order's
        // title came out "วอรอรอ…".
        var (image, lines) = Read("star-separator-200dpi.png");
        var separator = Assert.Single(lines, l => MarkRunCorrector.RepeatsItself(l.Text));

        var corrected = new MarkRunCorrector().Correct(image, separator);

        Assert.Equal(new string('*', 36), corrected.Text);
    }

    [Fact]
    public void Correct_ProseLines_Unchanged()
    {
        var (image, lines) = Read("star-separator-200dpi.png");
        var corrector = new MarkRunCorrector();

        foreach (var line in lines.Where(l => !MarkRunCorrector.RepeatsItself(l.Text)))
            Assert.Same(line, corrector.Correct(image, line));
    }

    [Theory]
    [InlineData("วอรอรอรอวอรอวอ", true)]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", false)]
    [InlineData("............", false)]
    public void RepeatsItself_Readings_AsExpected(string text, bool expected) =>
        Assert.Equal(expected, MarkRunCorrector.RepeatsItself(text));
}
