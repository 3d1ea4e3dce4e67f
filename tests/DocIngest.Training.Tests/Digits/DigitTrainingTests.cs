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
}
