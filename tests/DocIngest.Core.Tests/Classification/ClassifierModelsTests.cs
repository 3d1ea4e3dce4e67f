using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

public sealed class ClassifierModelsTests : IDisposable
{
    private const string Venue = "สถานที่ ณ ห้องประชุมสภาองค์การบริหารส่วนตำบลบ้านใหม่ ตั้งแต่เวลา ๐๙.๐๐ น. เป็นต้นไป";

    // Two labels on two unmistakable phrasings: venue lines as considerations, which the committed model calls body.
    private static readonly Lazy<TextCategoryModel> Tiny = new(() => TextCategoryModel.Train(
    [
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("considerations", $"สถานที่ ณ ห้องประชุม {i} ตั้งแต่เวลา {i}.๐๐ น.")),
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("facts", $"เบิกจ่ายเงินงบประมาณ {i * 1000} บาท")),
    ]));

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"models-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Adopt_SectionsModel_SameReaderUsesItFromNextDocumentAndFileWritten()
    {
        var models = new ClassifierModels(new SectionClassifier(null), new DocumentKindClassifier(null));
        var reader = new DocumentReader(models, static (_, _, _) => Array.Empty<Measure>());
        var pages = SeedPages.FromText("บันทึกข้อความ\nส่วนราชการ กองคลัง\nเรื่อง ประชุมประจำเดือน\nเรียน นายก\n\n" + Venue);

        var before = Assert.Single(reader.Read(pages));
        var path = models.Adopt(ClassifierRetraining.Sections, Tiny.Value, _dir);
        var after = Assert.Single(reader.Read(pages));

        Assert.Equal(SectionType.Body, Assert.Single(before.Sections).Type);
        Assert.Contains(before.Warnings, w => w.Contains(TrainingFiles.SectionsModel));
        Assert.Equal(SectionType.Considerations, Assert.Single(after.Sections).Type);
        Assert.DoesNotContain(after.Warnings, w => w.Contains(TrainingFiles.SectionsModel));
        Assert.Equal(Path.Combine(_dir, TrainingFiles.SectionsModel), path);
        Assert.Equal([TrainingFiles.SectionsModel], Directory.GetFiles(_dir).Select(Path.GetFileName));
        Assert.Equal("considerations", TextCategoryModel.Load(path).Predict(Venue).Label);
        Assert.Same(models, reader.Models);
    }

    [Fact]
    public void Adopt_UnknownModelName_ThrowsAndKeepsClassifier()
    {
        var sections = new SectionClassifier(null);
        var models = new ClassifierModels(sections, new DocumentKindClassifier(null));

        Assert.Throws<ArgumentException>(() => models.Adopt("digits", Tiny.Value, _dir));
        Assert.Same(sections, models.Sections);
        Assert.False(File.Exists(Path.Combine(_dir, TrainingFiles.SectionsModel)));
    }

    [Fact]
    public void Load_DirectoryWithSectionsModel_PrefersItAndFallsBackToCommittedKinds()
    {
        ClassifierModels.Save(ClassifierRetraining.Sections, Tiny.Value, _dir);

        var fromDirectory = ClassifierModels.Load(_dir);
        var committed = ClassifierModels.Load(null);

        Assert.Equal(SectionType.Considerations, fromDirectory.Sections.Classify(Venue).Type);
        Assert.Equal(SectionType.Body, committed.Sections.Classify(Venue).Type);
        Assert.True(fromDirectory.Kinds.HasModel);
    }

    [Fact]
    public void Load_MissingDirectory_CommittedModels()
    {
        var models = ClassifierModels.Load(Path.Combine(_dir, "absent"));

        Assert.True(models.Sections.HasModel);
        Assert.True(models.Kinds.HasModel);
        Assert.False(Directory.Exists(_dir));
    }
}
