using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Digits;

public class ThaiDigitRecognizerTests
{
    [Theory]
    [InlineData(DigitTestImages.Laksaman, 16)]
    [InlineData(DigitTestImages.Norasi, 14)]
    public void Classify_RenderedThaiDigits_ReadsEachDigit(string font, double size)
    {
        var glyphs = DigitTestImages.Glyphs(font, size, DigitClasses.ThaiDigits);

        var read = string.Concat(glyphs.Select(g => ThaiDigitRecognizer.Shared.Classify(g).ThaiDigit ?? '?'));

        Assert.Equal(DigitClasses.ThaiDigits, read);
    }

    [Fact]
    public void Classify_LettersThatLookLikeDigits_AreRejected()
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "ดตศสฮๆ");

        var guesses = glyphs.Select(g => ThaiDigitRecognizer.Shared.Classify(g)).ToList();

        Assert.All(guesses, g => Assert.False(g.IsDigit, $"read as {g.ThaiDigit} ({g.Confidence:F2})"));
    }

    [Fact]
    public void Classify_BlankCrop_IsRejectedWithFullConfidence()
    {
        Assert.Equal(DigitGuess.Rejected(1f), ThaiDigitRecognizer.Shared.Classify(new GrayImage(12, 20)));
    }

    [Fact]
    public void Classify_FromSeveralThreads_GivesSameAnswers()
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 14, "๔๖๗๘๙");
        var expected = glyphs.Select(g => ThaiDigitRecognizer.Shared.Classify(g)).ToList();

        var parallel = new DigitGuess[4][];
        Parallel.For(0, 4, t => parallel[t] = glyphs.Select(g => ThaiDigitRecognizer.Shared.Classify(g)).ToArray());

        Assert.All(parallel, run => Assert.Equal(expected, run));
    }

    [Fact]
    public void EmbeddedModel_IsUnderTwoMegabytes()
    {
        using var stream = typeof(ThaiDigitRecognizer).Assembly.GetManifestResourceStream(ThaiDigitRecognizer.EmbeddedModelName);

        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 1, 2 * 1024 * 1024);
    }
}
