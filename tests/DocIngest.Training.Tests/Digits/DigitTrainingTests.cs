using DocIngest.Ocr.Digits;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Tests.Digits;

public class DigitTrainingTests
{
    [Fact]
    public void Run_UnknownArgument_PrintsUsageAndReturns2()
    {
        var output = new StringWriter();

        int code = DigitTraining.Run(["--bogus"], output);

        Assert.Equal(2, code);
        Assert.Contains("usage: train-digits", output.ToString());
    }

    [Fact]
    public void Run_Help_PrintsUsageAndReturns0()
    {
        var output = new StringWriter();

        Assert.Equal(0, DigitTraining.Run(["--help"], output));
        Assert.Contains("evaluate", output.ToString());
    }

    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var options = DigitTrainingOptions.Parse(["--output", "m.zip", "--seed", "7", "--sizes", "12,14.5", "--copies-digit", "3", "--copies-reject", "2", "--leave-out", "Laksaman, Purisa", "--max-fonts", "4"]);

        Assert.Equal("m.zip", options.OutputPath);
        Assert.Equal(7, options.Seed);
        Assert.Equal([12.0, 14.5], options.PointSizes);
        Assert.Equal((3, 2, 4), (options.CopiesPerDigit, options.CopiesPerReject, options.MaxFonts!.Value));
        Assert.Equal(["Laksaman", "Purisa"], options.LeaveOutFamilies);
    }

    [Fact]
    public void Parse_Trainer_DefaultsToTreesAndReadsMaxent()
    {
        Assert.Equal(DigitModelKind.BoostedTrees, DigitTrainingOptions.Parse([]).Trainer);
        Assert.Equal(DigitModelKind.MaximumEntropy, DigitTrainingOptions.Parse(["--trainer", "maxent"]).Trainer);
        Assert.Throws<ArgumentException>(() => DigitTrainingOptions.Parse(["--trainer", "svm"]));
    }

    [Fact]
    public void Parse_NonPositiveSeed_Throws()
    {
        Assert.Throws<ArgumentException>(() => DigitTrainingOptions.Parse(["--seed", "0"]));
    }

    [Fact]
    public void Parse_RealGlyphOptions_AreRead()
    {
        var options = DigitTrainingOptions.Parse(["--real-glyphs", "a.bin, b.bin", "--real-copies", "12", "--real-test", "h.bin"]);

        Assert.Equal(["a.bin", "b.bin"], options.RealGlyphs);
        Assert.Equal(12, options.RealCopies);
        Assert.Equal(["h.bin"], options.RealTestGlyphs);
        Assert.Empty(DigitTrainingOptions.Parse([]).RealGlyphs);
    }

    [Fact]
    public void Parse_ThinInkAndLatinRejects_AreRead()
    {
        var options = DigitTrainingOptions.Parse(["--thin-ink", "0.25", "--latin-rejects"]);

        Assert.Equal(0.25, options.ThinInkShare);
        Assert.True(options.LatinRejects);
        Assert.False(DigitTrainingOptions.Parse([]).LatinRejects);
        Assert.Equal(0, DigitTrainingOptions.Parse([]).ThinInkShare);
        Assert.Throws<ArgumentException>(() => DigitTrainingOptions.Parse(["--thin-ink", "2"]));
    }

    [Fact]
    public void Parse_CoarseBilevel_IsReadAndOffByDefault()
    {
        Assert.Equal(0.15, DigitTrainingOptions.Parse(["--coarse-bilevel", "0.15"]).CoarseBilevelShare);
        Assert.Equal(0, DigitTrainingOptions.Parse([]).CoarseBilevelShare);
        Assert.Throws<ArgumentException>(() => DigitTrainingOptions.Parse(["--coarse-bilevel", "1.5"]));
    }

    [Fact]
    public void Parse_ThinInkDigitsOnly_IsReadAndOffByDefault()
    {
        Assert.True(DigitTrainingOptions.Parse(["--thin-ink", "0.1", "--thin-ink-digits-only"]).ThinInkDigitsOnly);
        Assert.False(DigitTrainingOptions.Parse(["--thin-ink", "0.1"]).ThinInkDigitsOnly);
    }

    [Fact]
    public void RealGlyphCopies_UnevenDigits_RareDigitsGetMoreCopiesWithinFourTimes()
    {
        var font = new ThaiFont("page", "document");
        CleanGlyph Glyph(int digit) => new(new DocIngest.Ocr.Imaging.GrayImage(4, 4), DigitClasses.LabelOf(digit), font, 0);
        // 40 of ๑, 10 of ๒, 1 of ๙: average 17.
        var glyphs = Enumerable.Repeat(1, 40).Concat(Enumerable.Repeat(2, 10)).Append(9).Select(Glyph).ToList();

        var copies = DigitTraining.RealGlyphCopies(glyphs, 8);

        Assert.Equal(3, copies[1]);   // 8 × 17 / 40 = 3.4
        Assert.Equal(14, copies[2]);  // 8 × 17 / 10 = 13.6
        Assert.Equal(32, copies[9]);  // 8 × 17 / 1, at most four times 8
        Assert.Equal(0, copies[0]);   // none harvested
    }

    [Fact]
    public void Parse_FontFolders_AreReadAndEmptyByDefault()
    {
        var options = DigitTrainingOptions.Parse(["--font-dir", "out/fonts/digits, more", "--font-dir-copies", "12", "--reject-font-dir", "out/fonts/rejects"]);

        Assert.Equal(["out/fonts/digits", "more"], options.FontDirs);
        Assert.Equal(12, options.FontDirCopies);
        Assert.Equal(["out/fonts/rejects"], options.RejectFontDirs);
        Assert.Empty(DigitTrainingOptions.Parse([]).FontDirs);
        Assert.Empty(DigitTrainingOptions.Parse([]).RejectFontDirs);
        Assert.Null(DigitTrainingOptions.Parse([]).FontDirCopies);
        Assert.Throws<ArgumentException>(() => DigitTrainingOptions.Parse(["--font-dir-copies", "0"]));
    }

    [Fact]
    public void WithoutDigitsOf_RejectOnlyFont_KeepsItsRejectsAndOthersDigits()
    {
        var text = new ThaiFont("/f/pridi-latin-400.ttf", "Pridi");
        var display = new ThaiFont("/f/kanit-thai-400.ttf", "Kanit");
        var image = new DocIngest.Ocr.Imaging.GrayImage(2, 2, new byte[4]);
        CleanGlyph[] glyphs =
        [
            new(image, DigitClasses.LabelOf(9), text, 12), new(image, DigitClasses.RejectLabelOf('9'), text, 12),
            new(image, DigitClasses.LabelOf(9), display, 12), new(image, DigitClasses.RejectLabelOf('ด'), display, 12),
        ];

        var kept = DigitTraining.WithoutDigitsOf(glyphs, [text]);

        Assert.Equal([glyphs[1], glyphs[2], glyphs[3]], kept);
    }
}
