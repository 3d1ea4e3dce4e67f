using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

public sealed class ClassifierModelsTests
{
    private const string Venue = "สถานที่ ณ ห้องประชุมสภาองค์การบริหารส่วนตำบลบ้านใหม่ ตั้งแต่เวลา ๐๙.๐๐ น. เป็นต้นไป";

    // Two labels on two unmistakable phrasings: venue lines as considerations, which the committed model calls body.
    private static readonly Lazy<TextCategoryModel> Tiny = new(() => TextCategoryModel.Train(
    [
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("considerations", $"สถานที่ ณ ห้องประชุม {i} ตั้งแต่เวลา {i}.๐๐ น.")),
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("facts", $"เบิกจ่ายเงินงบประมาณ {i * 1000} บาท")),
    ]));

    [Fact]
    public void Adopt_SectionsModel_SameReaderUsesItFromNextDocumentAndStoreKeepsIt()
    {
        var store = new ModelsInMemory();
        var models = new ClassifierModels(new SectionClassifier(null), new DocumentKindClassifier(null));
        var reader = new DocumentReader(models, static (_, _, _) => Array.Empty<Measure>());
        var pages = SeedPages.FromText("บันทึกข้อความ\nส่วนราชการ กองคลัง\nเรื่อง ประชุมประจำเดือน\nเรียน นายก\n\n" + Venue);

        var before = Assert.Single(reader.Read(pages));
        models.Adopt(ClassifierRetraining.Sections, Tiny.Value, store);
        var after = Assert.Single(reader.Read(pages));

        Assert.Equal(SectionType.Body, Assert.Single(before.Sections).Type);
        Assert.Contains(before.Warnings, w => w.Contains("no sections model"));
        Assert.Equal(SectionType.Considerations, Assert.Single(after.Sections).Type);
        Assert.DoesNotContain(after.Warnings, w => w.Contains("no sections model"));
        Assert.Equal([ClassifierRetraining.Sections], store.Saved.Keys);
        Assert.Same(Tiny.Value, store.Saved[ClassifierRetraining.Sections]);
        Assert.Same(models, reader.Models);
    }

    [Fact]
    public void Adopt_UnknownModelName_ThrowsAndKeepsClassifier()
    {
        var store = new ModelsInMemory();
        var sections = new SectionClassifier(null);
        var models = new ClassifierModels(sections, new DocumentKindClassifier(null));

        Assert.Throws<ArgumentException>(() => models.Adopt("digits", Tiny.Value, store));
        Assert.Same(sections, models.Sections);
        Assert.Empty(store.Saved);
    }

    [Fact]
    public void Load_StoreWithSectionsModelOnly_SectionsFromItKindsByRules()
    {
        var store = new ModelsInMemory();
        store.Save(ClassifierRetraining.Sections, Tiny.Value);

        var models = ClassifierModels.Load(store);

        Assert.Equal(SectionType.Considerations, models.Sections.Classify(Venue).Type);
        Assert.True(models.Sections.HasModel);
        Assert.False(models.Kinds.HasModel);
    }

    /// <summary>A model store kept in a dictionary: what a host would keep in files, here visible to the test.</summary>
    private sealed class ModelsInMemory : IClassifierModelStore
    {
        public Dictionary<string, TextCategoryModel> Saved { get; } = [];

        public TextCategoryModel? Load(string name) => Saved.GetValueOrDefault(name);

        public void Save(string name, TextCategoryModel model) => Saved[name] = model;
    }
}
