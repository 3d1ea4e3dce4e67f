using DocIngest.Core.Classification;
using DocIngest.Pipeline.Classification;

namespace DocIngest.Training.Classification;

/// <summary>
/// Retrains the section classifier (and the document-kind classifier) from data/training through the same gate as the
/// service (<see cref="ClassifierRetraining"/>): a candidate trained on the base rows plus the corrections appended to
/// sections.corrections.tsv / kinds.corrections.tsv is written over the model file only when it scores at least as
/// well as the model there on the held-out rows.
/// </summary>
public static class SectionClassifierTraining
{
    private const string SectionsUsage = "usage: train-sections [--dir DIR] [--sections-only] [--force] | train-sections --cross-validate [--folds N] [--misses] [--dir DIR]";

    /// <summary>Folds of the documents' cross-validation unless --folds says otherwise.</summary>
    public const int DefaultFolds = 5;
    private const string KindsUsage = "usage: train-kinds [--dir DIR] [--force]";

    /// <summary>
    /// Entry point of <c>docingest train-sections [--dir DIR] [--sections-only] [--force]</c>: sections, then kinds
    /// unless --sections-only. --force writes the candidate even when it is not adopted. Returns 0 on success,
    /// 2 on bad arguments or missing data.
    /// </summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="output">Where the figures are written.</param>
    /// <param name="configuredDirectory">The training directory the host was told of (DOCINGEST_TRAINING_DIR), or null
    /// to search for it; --dir wins over both.</param>
    public static int Run(string[] args, TextWriter output, string? configuredDirectory = null) =>
        Run(args, output, configuredDirectory, kindsOnly: false);

    /// <summary>Entry point of <c>docingest train-kinds [--dir DIR] [--force]</c>; arguments and exit codes as <see cref="Run(string[], TextWriter, string?)"/>.</summary>
    public static int RunKinds(string[] args, TextWriter output, string? configuredDirectory = null) =>
        Run(args, output, configuredDirectory, kindsOnly: true);

    private static int Run(string[] args, TextWriter output, string? configuredDirectory, bool kindsOnly)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        string usage = kindsOnly ? KindsUsage : SectionsUsage;
        string? dir = null;
        bool sectionsOnly = false, force = false, crossValidate = false, misses = false;
        int folds = DefaultFolds;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dir" when i + 1 < args.Length: dir = args[++i]; break;
                case "--sections-only" when !kindsOnly: sectionsOnly = true; break;
                case "--force": force = true; break;
                case "--cross-validate" when !kindsOnly: crossValidate = true; break;
                case "--misses" when !kindsOnly: misses = true; break;
                case "--folds" when !kindsOnly && i + 1 < args.Length && int.TryParse(args[i + 1], out folds) && folds >= 2: i++; break;
                default:
                    output.WriteLine($"unknown argument '{args[i]}'. {usage}");
                    return 2;
            }
        }
        dir ??= TrainingDirectory.Find(configuredDirectory);
        string required = kindsOnly ? TrainingDirectory.KindsData : TrainingDirectory.SectionsData;
        if (dir is null || !File.Exists(Path.Combine(dir, required)))
        {
            output.WriteLine($"no {required} found (set --dir or {TrainingDirectory.Variable})");
            return 2;
        }

        if (crossValidate) return CrossValidate(dir, folds, misses, output);
        if (!kindsOnly)
        {
            var outcome = Retrain(ClassifierRetraining.Sections, dir, TrainingDirectory.SectionsData, TrainingDirectory.SectionCorrections,
                TrainingDirectory.SectionsHeldOut, force, output);
            var handWritten = Path.Combine(dir, TrainingDirectory.SectionsHeldOut);
            if (File.Exists(handWritten)) ReportHandWritten(outcome.Candidate, LabelledTextFiles.Read(handWritten), output);
        }
        if (kindsOnly || (!sectionsOnly && File.Exists(Path.Combine(dir, TrainingDirectory.KindsData))))
            Retrain(ClassifierRetraining.Kinds, dir, TrainingDirectory.KindsData, TrainingDirectory.KindCorrections, TrainingDirectory.KindsHeldOut, force, output);
        return 0;
    }

    // Leave-documents-out cross-validation over sections.documents.tsv; nothing is written.
    private static int CrossValidate(string dir, int folds, bool misses, TextWriter output)
    {
        var documentsPath = Path.Combine(dir, TrainingDirectory.SectionsDocuments);
        if (!File.Exists(documentsPath))
        {
            output.WriteLine($"no {TrainingDirectory.SectionsDocuments} in {dir} (python3 document_sections.py writes it)");
            return 2;
        }
        IReadOnlyList<DocumentSections> documents;
        using (var reader = new StreamReader(documentsPath)) documents = SectionCrossValidation.Read(reader, documentsPath);
        var generated = LabelledTextFiles.Read(Path.Combine(dir, TrainingDirectory.SectionsData));
        var modelPath = Path.Combine(dir, ClassifierModelFiles.FileName(ClassifierRetraining.Sections));
        var current = File.Exists(modelPath) ? ClassifierModelFiles.Read(modelPath) : null;
        SectionCrossValidation.Run(generated, documents, current,
        [
            new("chars+docs", TextFeatures.Characters, 1),
            new("words", TextFeatures.CharactersAndWords, 1, WithDocuments: false),
            new("words+docs", TextFeatures.CharactersAndWords, 1),
            new("words+docs x3", TextFeatures.CharactersAndWords, 3),
        ], folds, output, misses);
        return 0;
    }

    private static RetrainingOutcome Retrain(string name, string dir, string data, string corrections, string heldOut, bool force, TextWriter output)
    {
        var baseRows = LabelledTextFiles.ReadBaseRows(dir, name) ?? throw new FileNotFoundException($"no {data} in {dir}");
        var correctionRows = LabelledTextFiles.ReadIfPresent(Path.Combine(dir, corrections)) ?? [];
        var heldOutRows = LabelledTextFiles.ReadIfPresent(Path.Combine(dir, heldOut));
        var modelPath = Path.Combine(dir, ClassifierModelFiles.FileName(name));
        var current = File.Exists(modelPath) ? ClassifierModelFiles.Read(modelPath) : null;

        var outcome = ClassifierRetraining.Run(name, baseRows, correctionRows, heldOutRows, current);

        int labels = baseRows.Concat(correctionRows).Select(r => r.Label).Distinct().Count();
        output.WriteLine($"{name}: {baseRows.Count + correctionRows.Count} rows ({baseRows.Count} base, {correctionRows.Count} corrections), " +
                         $"{labels} labels; trained on {outcome.TrainRows}, held out {outcome.HeldOutRows}");
        string currentFigure = outcome.CurrentAccuracy is { } c ? c.ToString("P1") : "n/a (no model)";
        output.WriteLine($"{name}: held-out accuracy {outcome.CandidateAccuracy:P1} candidate, {currentFigure} current -> " +
                         (outcome.Adopted ? "adopted" : "not adopted"));
        output.WriteLine($"{name}: {outcome.Note}");
        if (outcome.Adopted || force)
            output.WriteLine($"{name}: model written to {ClassifierModelFiles.Write(name, outcome.Candidate, dir)}{(outcome.Adopted ? "" : " (--force)")}");
        else
            output.WriteLine($"{name}: {modelPath} kept (--force writes the candidate anyway)");
        return outcome;
    }

    // The hand-written paragraphs are never trained on: they measure how far the model carries beyond its templates,
    // alone and behind the opening-phrase rules as the reader uses it.
    private static void ReportHandWritten(TextCategoryModel model, IReadOnlyList<LabelledText> rows, TextWriter output)
    {
        var classifier = new SectionClassifier(model);
        int modelRight = rows.Count(r => model.Predict(r.Text).Label == r.Label);
        int readerRight = rows.Count(r => classifier.Classify(r.Text).Type.ToString().Equals(r.Label, StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"sections: candidate on hand-written {TrainingDirectory.SectionsHeldOut} ({rows.Count} rows): model {modelRight / (double)rows.Count:P1}, model+rules {readerRight / (double)rows.Count:P1}");
    }
}
