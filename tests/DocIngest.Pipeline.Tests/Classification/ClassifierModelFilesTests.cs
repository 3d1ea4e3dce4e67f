using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline.Classification;

namespace DocIngest.Pipeline.Tests.Classification;

public sealed class ClassifierModelFilesTests : IDisposable
{
    private const string Venue = "สถานที่ ณ ห้องประชุมสภาองค์การบริหารส่วนตำบลบ้านใหม่ ตั้งแต่เวลา ๐๙.๐๐ น. เป็นต้นไป";

    // Two labels on two unmistakable phrasings: venue lines as considerations, which the committed model calls body.
    private static readonly Lazy<TextCategoryModel> Tiny = new(() => TextCategoryModel.Train(
    [
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("considerations", $"สถานที่ ณ ห้องประชุม {i} ตั้งแต่เวลา {i}.๐๐ น.")),
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("facts", $"เบิกจ่ายเงินงบประมาณ {i * 1000} บาท")),
    ]));

    private static readonly string? Committed = TrainingDirectory.Find(null);

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"models-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Find_NoOverride_RepositoryTrainingDirectory()
    {
        Assert.NotNull(Committed);
        Assert.True(File.Exists(Path.Combine(Committed, TrainingDirectory.SectionsModel)));
    }

    [Fact]
    public void Find_OverrideNotADirectory_Null() => Assert.Null(TrainingDirectory.Find(Path.Combine(_dir, "absent")));

    [Fact]
    public void Adopt_SectionsModel_OneFileWrittenAndReadBack()
    {
        var store = new ClassifierModelFiles(_dir, Committed);
        var models = new ClassifierModels(new SectionClassifier(null), new DocumentKindClassifier(null));

        models.Adopt(ClassifierRetraining.Sections, Tiny.Value, store);

        Assert.Equal([TrainingDirectory.SectionsModel], Directory.GetFiles(_dir).Select(Path.GetFileName));
        Assert.Equal(Path.Combine(_dir, TrainingDirectory.SectionsModel), store.PathOf(ClassifierRetraining.Sections));
        Assert.Equal("considerations", ClassifierModelFiles.Read(Path.Combine(_dir, TrainingDirectory.SectionsModel)).Predict(Venue).Label);
    }

    [Fact]
    public void Load_DirectoryWithSectionsModel_PrefersItAndFallsBackToCommittedKinds()
    {
        ClassifierModelFiles.Write(ClassifierRetraining.Sections, Tiny.Value, _dir);

        var fromDirectory = ClassifierModels.Load(new ClassifierModelFiles(_dir, Committed));
        var committed = ClassifierModels.Load(new ClassifierModelFiles(null, Committed));

        Assert.Equal(SectionType.Considerations, fromDirectory.Sections.Classify(Venue).Type);
        Assert.Equal(SectionType.Body, committed.Sections.Classify(Venue).Type);
        Assert.True(fromDirectory.Kinds.HasModel);
    }

    [Fact]
    public void Load_MissingDirectory_CommittedModelsAndNothingCreated()
    {
        var models = ClassifierModels.Load(new ClassifierModelFiles(Path.Combine(_dir, "absent"), Committed));

        Assert.True(models.Sections.HasModel);
        Assert.True(models.Kinds.HasModel);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public void Save_NoModelDirectory_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new ClassifierModelFiles(null, Committed).Save(ClassifierRetraining.Sections, Tiny.Value));

    [Fact]
    public void Write_UnknownName_ThrowsAndWritesNothing()
    {
        Assert.Throws<ArgumentException>(() => ClassifierModelFiles.Write("digits", Tiny.Value, _dir));
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public void Append_TwiceThenRead_RowsRoundTripAsOneLineEach()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "rows.tsv");

        LabelledTextFiles.Append(path, [new LabelledText("facts", "บรรทัดแรก\nบรรทัด\tสอง")]);
        LabelledTextFiles.Append(path, [new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบ")]);

        Assert.Equal([new LabelledText("facts", "บรรทัดแรก บรรทัด สอง"), new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบ")], LabelledTextFiles.Read(path));
        Assert.Null(LabelledTextFiles.ReadIfPresent(Path.Combine(_dir, "absent.tsv")));
    }
}
