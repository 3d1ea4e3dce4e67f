using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Classification;

/// <summary>A document kind with how sure the classifier is and what decided it.</summary>
public sealed record KindVerdict(DocumentKind Kind, double Confidence, string Basis);

/// <summary>
/// Decides a document's kind: its title cue first (บันทึกข้อความ, คำสั่ง, ประกาศ, รายงานการประชุม), then content
/// cues (ITA indicator scores, measure-table headers), and for the rest the ML.NET model on character n-grams
/// trained from data/training/kinds.tsv.
/// </summary>
public sealed class DocumentKindClassifier
{
    /// <summary>Below this probability the model's guess is not trusted and the kind is "other".</summary>
    public const double MinimumModelProbability = 0.4;

    private readonly TextCategoryModel? _model;

    public DocumentKindClassifier(TextCategoryModel? model) => _model = model;

    /// <summary>The classifier with the committed model (data/training/kinds.model.zip) when it can be found.</summary>
    public static DocumentKindClassifier LoadDefault()
    {
        var path = TrainingFiles.Find(TrainingFiles.KindsModel);
        return new DocumentKindClassifier(path is null ? null : TextCategoryModel.Load(path));
    }

    public bool HasModel => _model is not null;

    /// <param name="cue">The title cue that opened the document, if any.</param>
    /// <param name="slice">The document's content.</param>
    /// <param name="indicatorCount">ITA indicator scores found in it.</param>
    public KindVerdict Classify(TitleCue? cue, DocumentSlice slice, int indicatorCount)
    {
        var text = slice.FullText;
        var prediction = _model?.Predict(text.Length > 3000 ? text[..3000] : text);
        double Agreement(DocumentKind kind) => prediction?.All.GetValueOrDefault(KebabEnum(kind)) ?? 0;

        if (cue?.Kind is { } announced) return new KindVerdict(announced, Math.Round(0.9 + 0.1 * Agreement(announced), 3), "title");

        bool analysis = indicatorCount >= 3 || (ThaiCue.Contains(text, "วิเคราะห์ผลการประเมิน") && indicatorCount >= 1);
        if (analysis) return new KindVerdict(DocumentKind.ItaAnalysis, Math.Round(0.8 + 0.2 * Agreement(DocumentKind.ItaAnalysis), 3), "indicators");
        if (HasMeasureHeader(slice)) return new KindVerdict(DocumentKind.MeasurePlan, Math.Round(0.8 + 0.2 * Agreement(DocumentKind.MeasurePlan), 3), "measure table");

        if (prediction is not null && prediction.Probability >= MinimumModelProbability &&
            Kinds.TryGetValue(prediction.Label, out var predicted))
            return new KindVerdict(predicted, Math.Round(prediction.Probability, 3), "model");
        return new KindVerdict(DocumentKind.Other, prediction is null ? 0.5 : Math.Round(1 - prediction.Probability, 3), prediction is null ? "no model" : "model unsure");
    }

    /// <summary>A measure table's header: a row (or a few lines) naming มาตรการ together with steps, owners or period.</summary>
    public static bool HasMeasureHeader(DocumentSlice slice)
    {
        foreach (var table in slice.Tables)
        {
            for (int r = 0; r < Math.Min(table.RowCount, 3); r++)
            {
                if (IsMeasureHeader(string.Join(' ', table.Row(r).Select(c => c.Text)))) return true;
            }
        }
        var lines = slice.TextLines;
        for (int i = 0; i < lines.Count; i++)
        {
            if (IsMeasureHeader(string.Join(' ', lines.Skip(i).Take(4)))) return true;
        }
        return false;
    }

    private static bool IsMeasureHeader(string text) =>
        text.Length < 400 && ThaiCue.Contains(text, "มาตรการ") &&
        new[] { "ผู้รับผิดชอบ", "ระยะเวลา", "ขั้นตอน", "วิธีการ" }.Count(w => ThaiCue.Contains(text, w)) >= 2;

    private static readonly Dictionary<string, DocumentKind> Kinds =
        Enum.GetValues<DocumentKind>().ToDictionary(KebabEnum, k => k);

    private static string KebabEnum(DocumentKind kind) => KebabEnumConverter<DocumentKind>.Format(kind);
}
