using System.Text;

namespace DocIngest.Core.Classification;

/// <summary>
/// What one retraining run measured and decided. Accuracies are shares (0..1) of the held-out rows the model labels
/// correctly; both models are scored on the same rows.
/// </summary>
/// <param name="Model">The classifier retrained: <see cref="ClassifierRetraining.Sections"/> or <see cref="ClassifierRetraining.Kinds"/>.</param>
/// <param name="TrainRows">Distinct rows the candidate was trained on (base rows kept plus training corrections, each counted once).</param>
/// <param name="CorrectionRows">Distinct corrections supplied (after de-duplication by text), trained on or held out.</param>
/// <param name="HeldOutRows">Rows both models were scored on.</param>
/// <param name="CurrentAccuracy">The current model's held-out accuracy, or null when there is no current model.</param>
/// <param name="CandidateAccuracy">The candidate's held-out accuracy.</param>
/// <param name="Adopted">True when the candidate scored at least as well as the current model (or there is none).</param>
/// <param name="Candidate">The model trained on base rows and corrections.</param>
/// <param name="Note">One or two English sentences on how the held-out set was made and what was decided.</param>
public sealed record RetrainingOutcome(
    string Model,
    int TrainRows,
    int CorrectionRows,
    int HeldOutRows,
    double? CurrentAccuracy,
    double CandidateAccuracy,
    bool Adopted,
    TextCategoryModel Candidate,
    string Note);

/// <summary>
/// Learning from corrections: trains a candidate classifier on the base training rows plus reviewers' corrections,
/// scores it and the current model on the same held-out rows, and adopts the candidate only when it is at least as
/// accurate. Pure apart from ML.NET training: no files are read or written here (see <see cref="IClassifierModelStore"/>).
/// </summary>
public static class ClassifierRetraining
{
    /// <summary>The section classifier's name (data/training/sections.*).</summary>
    public const string Sections = "sections";

    /// <summary>The document-kind classifier's name (data/training/kinds.*).</summary>
    public const string Kinds = "kinds";

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="name"/> is <see cref="Sections"/> or <see cref="Kinds"/>.</summary>
    public static void RequireName(string name)
    {
        if (name is not (Sections or Kinds))
            throw new ArgumentException($"unknown classifier '{name}' (expected '{Sections}' or '{Kinds}')", nameof(name));
    }

    /// <summary>
    /// How many times a training correction is repeated among the training rows. A reviewer's label is stronger
    /// evidence than one generated row, and a handful of corrections must be able to move a model trained on
    /// hundreds of template rows; three keeps one mistaken correction from outweighing its neighbourhood.
    /// </summary>
    public const int CorrectionWeight = 3;

    /// <summary>One row in this many (by <see cref="StableHash"/>) is held out when no held-out set is given, and of the corrections.</summary>
    public const int HeldOutModulus = 5;

    /// <summary>
    /// Trains and gates a candidate.
    /// </summary>
    /// <param name="model"><see cref="Sections"/> or <see cref="Kinds"/>; only named in the outcome.</param>
    /// <param name="baseRows">The committed training rows (sections.tsv or kinds.tsv).</param>
    /// <param name="corrections">Labels confirmed by reviewers. A correction replaces any base row with the same text,
    /// and a later correction of the same text replaces an earlier one.</param>
    /// <param name="heldOut">Rows never trained on (sections.heldout.tsv), or null when there are none: then every
    /// fifth base row by <see cref="IsHeldOut"/> is held out and not trained on.</param>
    /// <param name="current">The model in use, or null when there is none (the candidate is then adopted).</param>
    public static RetrainingOutcome Run(
        string model,
        IReadOnlyList<LabelledText> baseRows,
        IReadOnlyList<LabelledText> corrections,
        IReadOnlyList<LabelledText>? heldOut,
        TextCategoryModel? current)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(baseRows);
        ArgumentNullException.ThrowIfNull(corrections);

        // Last correction of a text wins: reviewers may change their minds, and the latest confirmation is the truth.
        var corrected = new Dictionary<string, LabelledText>(StringComparer.Ordinal);
        foreach (var row in corrections) corrected[Key(row.Text)] = row;

        var testRows = new List<LabelledText>();
        var testKeys = new HashSet<string>(StringComparer.Ordinal);
        void HoldOut(LabelledText row)
        {
            if (testKeys.Add(Key(row.Text))) testRows.Add(row);
        }

        bool sliceBase = heldOut is null;
        if (heldOut is not null) foreach (var row in heldOut) HoldOut(row);
        var trainingCorrections = new List<LabelledText>();
        foreach (var (key, row) in corrected)
        {
            if (IsHeldOut(row.Text)) HoldOut(row);
            else if (!testKeys.Contains(key)) trainingCorrections.Add(row);
        }

        var trainRows = new List<LabelledText>();
        foreach (var row in baseRows)
        {
            var key = Key(row.Text);
            // Overridden by a correction, or the same text as a held-out row: training on it would leak the answer.
            if (corrected.ContainsKey(key) || testKeys.Contains(key)) continue;
            if (sliceBase && IsHeldOut(row.Text)) { HoldOut(row); continue; }
            trainRows.Add(row);
        }
        int distinctTrainRows = trainRows.Count + trainingCorrections.Count;
        for (int i = 0; i < CorrectionWeight; i++) trainRows.AddRange(trainingCorrections);
        if (trainRows.Count == 0) throw new ArgumentException("no training rows left after holding out", nameof(baseRows));
        if (testRows.Count == 0) throw new ArgumentException("no held-out rows: pass a held-out set or more base rows", nameof(heldOut));

        var candidate = TextCategoryModel.Train(trainRows, features: model == Sections ? SectionClassifier.ModelFeatures : TextFeatures.Characters);
        double candidateAccuracy = candidate.Accuracy(testRows);
        double? currentAccuracy = current?.Accuracy(testRows);
        bool adopted = currentAccuracy is null || candidateAccuracy >= currentAccuracy.Value;

        var note = new StringBuilder();
        note.Append(sliceBase
            ? $"No held-out file: 1 base row in {HeldOutModulus} (by text hash) was held out and not trained on"
            : "Held out: the given held-out rows");
        note.Append($", plus 1 correction in {HeldOutModulus} (by text hash); {testRows.Count} held-out rows. ");
        if (sliceBase && current is not null)
            note.Append("The current model may have been trained on the held-out base rows, so its figure is optimistic. ");
        note.Append(currentAccuracy is null
            ? $"No current model: candidate ({candidateAccuracy:P1}) adopted."
            : adopted
                ? $"Candidate {candidateAccuracy:P1} >= current {currentAccuracy:P1}: adopted."
                : $"Candidate {candidateAccuracy:P1} < current {currentAccuracy:P1}: not adopted, the current model stays.");

        return new RetrainingOutcome(model, distinctTrainRows, corrected.Count, testRows.Count, currentAccuracy, candidateAccuracy,
            adopted, candidate, note.ToString());
    }

    /// <summary>
    /// True for the fifth of texts held out from training. Decided by <see cref="StableHash"/> of the text alone, so a
    /// text is on the same side in every run, on every machine and whatever the row order.
    /// </summary>
    public static bool IsHeldOut(string text) => StableHash(text) % HeldOutModulus == 0;

    /// <summary>
    /// FNV-1a (32 bit) of the text's UTF-8 bytes after trimming and folding whitespace runs. string.GetHashCode is
    /// randomised per process, which would move rows between training and held-out sets from one run to the next.
    /// </summary>
    public static uint StableHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(Key(text)))
        {
            hash ^= b;
            hash *= 16777619;
        }
        return hash;
    }

    // Rows are the same text when they differ only in spacing (TSV rows are one line; OCR doubles spaces).
    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
