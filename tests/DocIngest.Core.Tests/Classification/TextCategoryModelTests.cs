using DocIngest.Core.Classification;

namespace DocIngest.Core.Tests.Classification;

public class TextCategoryModelTests
{
    private static readonly LabelledText[] Rows =
    [
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("greeting", $"สวัสดีครับ ยินดีต้อนรับ {i}")),
        .. Enumerable.Range(0, 12).Select(i => new LabelledText("money", $"เบิกจ่ายเงินงบประมาณ {i * 1000} บาท")),
    ];

    [Fact]
    public void Train_TwoSeparableLabels_PredictsEach()
    {
        var model = TextCategoryModel.Train(Rows);

        Assert.Equal("greeting", model.Predict("สวัสดีครับ").Label);
        Assert.Equal("money", model.Predict("ขอเบิกจ่ายเงิน ๕๐๐ บาท").Label);
        Assert.Equal(["greeting", "money"], model.Labels.Order());
    }

    [Fact]
    public void Save_ThenLoad_SamePredictions()
    {
        var model = TextCategoryModel.Train(Rows);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = TextCategoryModel.Load(stream);

        var before = model.Predict("งบประมาณ");
        var after = loaded.Predict("งบประมาณ");
        Assert.Equal(before.Label, after.Label);
        Assert.Equal(before.Probability, after.Probability, 4);
    }

    [Fact]
    public void Train_CharactersAndWords_KeepsItsFeaturesThroughSaveAndLoad()
    {
        var model = TextCategoryModel.Train(Rows, features: TextFeatures.CharactersAndWords);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = TextCategoryModel.Load(stream);

        Assert.Equal(TextFeatures.CharactersAndWords, loaded.Features);
        Assert.Equal(TextFeatures.Characters, TextCategoryModel.Train(Rows).Features);
        Assert.Equal("money", loaded.Predict("ขอเบิกจ่ายเงิน ๕๐๐ บาท").Label);
        Assert.Equal(model.Predict("ยินดีต้อนรับ").Probability, loaded.Predict("ยินดีต้อนรับ").Probability, 4);
    }

    [Fact]
    public void Train_CharactersAndWords_LearnsAWordWhereverItStands()
    {
        // "จึง" opens or sits inside every proposal row; only the word features see it as a word of its own.
        LabelledText[] rows =
        [
            .. Enumerable.Range(0, 10).Select(i => new LabelledText("proposal", $"งานพัสดุจึงขออนุมัติจัดซื้อ {i}")),
            .. Enumerable.Range(0, 10).Select(i => new LabelledText("facts", $"งานพัสดุได้ตรวจรับวัสดุแล้ว {i}")),
        ];

        var model = TextCategoryModel.Train(rows, features: TextFeatures.CharactersAndWords);

        Assert.Equal("proposal", model.Predict("กองช่างจึงขออนุมัติ").Label);
    }

    [Fact]
    public void Predict_AnyText_ProbabilitiesSumToOne()
    {
        var prediction = TextCategoryModel.Train(Rows).Predict("ข้อความอื่น");

        Assert.Equal(1.0, prediction.All.Values.Sum(), 3);
    }
}
