using DocIngest.Core.Classification;
using DocIngest.Pipeline.Classification;
using DocIngest.Training.Classification;

namespace DocIngest.Training.Tests.Classification;

public class SectionClassifierTrainingTests
{
    [Fact]
    public void Run_TrainingDirectoryWithCorrections_WritesModelAndReportsHeldOutAccuracy()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"training-{Guid.NewGuid():N}")).FullName;
        try
        {
            // A slice of the committed data keeps the test quick; corrections are appended the way reviewers would.
            var committed = LabelledTextFiles.Read(TrainingDirectory.File(TrainingDirectory.Find(null), TrainingDirectory.SectionsData)!);
            LabelledTextFiles.Append(Path.Combine(dir, TrainingDirectory.SectionsData), committed.Take(150));
            LabelledTextFiles.Append(Path.Combine(dir, TrainingDirectory.SectionCorrections), [new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบและถือปฏิบัติ")]);
            var output = new StringWriter();

            int exit = SectionClassifierTraining.Run(["--dir", dir, "--sections-only"], output);

            Assert.Equal(0, exit);
            Assert.Contains("151 rows", output.ToString());
            Assert.Matches(@"held-out accuracy \d+", output.ToString());
            Assert.True(File.Exists(Path.Combine(dir, TrainingDirectory.SectionsModel)));
            Assert.NotEmpty(ClassifierModelFiles.Read(Path.Combine(dir, TrainingDirectory.SectionsModel)).Labels);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Run_UnknownArgument_ReturnsTwoWithUsage()
    {
        var output = new StringWriter();

        Assert.Equal(2, SectionClassifierTraining.Run(["--bogus"], output));
        Assert.Contains("usage", output.ToString());
    }

    [Fact]
    public void Run_DirectoryWithoutData_ReturnsTwo()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}")).FullName;
        try
        {
            Assert.Equal(2, SectionClassifierTraining.Run(["--dir", dir], new StringWriter()));
        }
        finally
        {
            Directory.Delete(dir);
        }
    }
}
