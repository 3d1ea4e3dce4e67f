using DocIngest.Core.Classification;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

public class ClassifierRetrainingTests
{
    // A slice of the committed rows keeps each training run to about a second.
    private static readonly Lazy<IReadOnlyList<LabelledText>> AllRows = new(() => TrainingData.Rows("sections.tsv"));
    private static readonly Lazy<IReadOnlyList<LabelledText>> HandWritten = new(() => TrainingData.Rows("sections.heldout.tsv"));
    private static readonly Lazy<TextCategoryModel> BaseModel = new(() => TextCategoryModel.Train(BaseRows));

    private static IReadOnlyList<LabelledText> BaseRows => AllRows.Value.Take(300).ToList();

    private const string Venue = "สถานที่ ณ ห้องประชุมสภาองค์การบริหารส่วนตำบลบ้านใหม่ ตั้งแต่เวลา ๐๙.๐๐ น. เป็นต้นไป";

    [Fact]
    public void Run_CorrectionsRelabelVenueParagraphs_CandidateClassifiesThemAsCorrected()
    {
        // Reviewers decide that venue lines (generated as "body") are facts of the memo.
        var corrections = AllRows.Value.Where(r => r.Text.StartsWith("สถานที่ ณ", StringComparison.Ordinal))
            .Select(r => r with { Label = "facts" }).DistinctBy(r => Folded(r.Text)).ToList();
        Assert.Equal("body", BaseModel.Value.Predict(Venue).Label);

        var outcome = ClassifierRetraining.Run(ClassifierRetraining.Sections, BaseRows, corrections, HandWritten.Value, BaseModel.Value);

        Assert.Equal("facts", outcome.Candidate.Predict(Venue).Label);
        Assert.Equal(corrections.Count, outcome.CorrectionRows);
        Assert.True(outcome.Adopted, outcome.Note);
        Assert.True(outcome.CandidateAccuracy >= outcome.CurrentAccuracy);
    }

    [Fact]
    public void Run_ManyDeliberatelyWrongCorrections_NotAdopted()
    {
        // Every label shifted to the next one: consistent nonsense. Only corrections that fall on the training side
        // are used, so the gate is judged on the hand-written paragraphs alone.
        var labels = AllRows.Value.Select(r => r.Label).Distinct().Order().ToList();
        var wrong = AllRows.Value.Skip(300).Take(250).Where(r => !ClassifierRetraining.IsHeldOut(r.Text))
            .Select(r => r with { Label = labels[(labels.IndexOf(r.Label) + 1) % labels.Count] }).ToList();

        var outcome = ClassifierRetraining.Run(ClassifierRetraining.Sections, BaseRows, wrong, HandWritten.Value, BaseModel.Value);

        Assert.False(outcome.Adopted, outcome.Note);
        Assert.True(outcome.CandidateAccuracy < outcome.CurrentAccuracy);
        Assert.Equal(HandWritten.Value.Count, outcome.HeldOutRows);
        Assert.Contains("not adopted", outcome.Note);
    }

    [Fact]
    public void IsHeldOut_SameTextsInAnyOrderOrSpacing_SameOneFifthHeldOut()
    {
        var texts = AllRows.Value.Select(r => r.Text).ToList();

        var heldOut = texts.Where(ClassifierRetraining.IsHeldOut).ToHashSet();
        var reordered = texts.AsEnumerable().Reverse().Where(ClassifierRetraining.IsHeldOut).ToHashSet();
        var respaced = texts.Where(t => ClassifierRetraining.IsHeldOut("  " + t.Replace(" ", "   ") + "\t")).ToHashSet();

        Assert.Equal(heldOut, reordered);
        Assert.Equal(heldOut, respaced);
        Assert.InRange(heldOut.Count / (double)texts.Count, 0.15, 0.25);
        // FNV-1a's offset basis for no bytes: the hash is fixed by definition, not by the runtime.
        Assert.Equal(2166136261u, ClassifierRetraining.StableHash(""));
    }

    [Fact]
    public void Run_NoHeldOutSetNoCurrentModel_HoldsOutBaseSliceAndAdopts()
    {
        // Distinct texts: the generated set repeats a few, and a repeated text is one row to hold out or override.
        var rows = AllRows.Value.DistinctBy(r => Folded(r.Text)).Take(100).ToList();
        var correction = rows.First(r => !ClassifierRetraining.IsHeldOut(r.Text)) with { Label = "closing" };
        int sliced = rows.Count(r => ClassifierRetraining.IsHeldOut(r.Text));

        var first = ClassifierRetraining.Run(ClassifierRetraining.Kinds, rows, [correction], heldOut: null, current: null);
        var second = ClassifierRetraining.Run(ClassifierRetraining.Kinds, rows, [correction], heldOut: null, current: null);

        Assert.True(first.Adopted);
        Assert.Null(first.CurrentAccuracy);
        Assert.Equal(sliced, first.HeldOutRows);
        // The correction replaces the base row of the same text rather than adding a second, contradicting row.
        Assert.Equal(rows.Count - sliced, first.TrainRows);
        Assert.Equal(1, first.CorrectionRows);
        Assert.Contains("No held-out file", first.Note);
        Assert.Equal((first.TrainRows, first.HeldOutRows, first.CandidateAccuracy), (second.TrainRows, second.HeldOutRows, second.CandidateAccuracy));
    }

    [Fact]
    public void Run_RepeatedCorrectionOfOneText_LastLabelWins()
    {
        var text = AllRows.Value.First(r => !ClassifierRetraining.IsHeldOut(r.Text) && r.Label != "legal").Text;
        var rows = Enumerable.Range(0, 12).Select(i => new LabelledText("body", $"รายละเอียดแนบท้าย {i}"))
            .Concat(Enumerable.Range(0, 12).Select(i => new LabelledText("legal", $"อาศัยอำนาจตามระเบียบ ข้อ {i}"))).ToList();
        var heldOut = new[] { new LabelledText("legal", "อาศัยอำนาจตามระเบียบ ข้อ ๙๙") };

        var outcome = ClassifierRetraining.Run(ClassifierRetraining.Sections, rows,
            [new LabelledText("body", text), new LabelledText("legal", text)], heldOut, current: null);

        Assert.Equal(1, outcome.CorrectionRows);
        Assert.Equal("legal", outcome.Candidate.Predict(text).Label);
    }

    private static string Folded(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
