using DocIngest.Core.Classification;

namespace DocIngest.Core.Tests.Classification;

public class SectionClassifierTrainingTests
{
    [Fact]
    public void Run_TrainingDirectoryWithCorrections_WritesModelAndReportsHeldOutAccuracy()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"training-{Guid.NewGuid():N}")).FullName;
        try
        {
            // A slice of the committed data keeps the test quick; corrections are appended the way reviewers would.
            var committed = LabelledText.ReadTsv(TrainingFiles.Find(TrainingFiles.SectionsData)!);
            LabelledText.AppendTsv(Path.Combine(dir, TrainingFiles.SectionsData), committed.Take(150));
            SectionClassifierTraining.AppendCorrections(dir, [new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบและถือปฏิบัติ")]);
            var output = new StringWriter();

            int exit = SectionClassifierTraining.Run(["--dir", dir, "--sections-only"], output);

            Assert.Equal(0, exit);
            Assert.Contains("151 rows", output.ToString());
            Assert.Matches(@"held-out accuracy \d+", output.ToString());
            Assert.True(File.Exists(Path.Combine(dir, TrainingFiles.SectionsModel)));
            Assert.NotEmpty(TextCategoryModel.Load(Path.Combine(dir, TrainingFiles.SectionsModel)).Labels);
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
