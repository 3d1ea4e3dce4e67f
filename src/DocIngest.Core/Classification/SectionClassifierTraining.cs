namespace DocIngest.Core.Classification;

/// <summary>
/// Retrains the section classifier (and the document-kind classifier) from data/training and writes the model files
/// the reader loads. Corrections appended to sections.corrections.tsv (<see cref="AppendCorrections"/>) are
/// trained on too. Every fifth row is held out first to report accuracy on text the model has not seen; the saved
/// model is then trained on all rows.
/// </summary>
public static class SectionClassifierTraining
{
    /// <summary>
    /// Entry point of <c>docingest train-sections [--dir DIR] [--sections-only]</c>. Returns 0 on success,
    /// 2 on bad arguments or missing data.
    /// </summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        string? dir = null;
        bool sectionsOnly = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dir" when i + 1 < args.Length: dir = args[++i]; break;
                case "--sections-only": sectionsOnly = true; break;
                default:
                    output.WriteLine($"unknown argument '{args[i]}'. usage: train-sections [--dir DIR] [--sections-only]");
                    return 2;
            }
        }
        dir ??= TrainingFiles.FindDirectory();
        if (dir is null || !File.Exists(Path.Combine(dir, TrainingFiles.SectionsData)))
        {
            output.WriteLine($"no {TrainingFiles.SectionsData} found (set --dir or {TrainingFiles.DirectoryVariable})");
            return 2;
        }

        var sections = LabelledText.ReadTsv(Path.Combine(dir, TrainingFiles.SectionsData)).ToList();
        var corrections = Path.Combine(dir, TrainingFiles.SectionCorrections);
        if (File.Exists(corrections)) sections.AddRange(LabelledText.ReadTsv(corrections));
        var sectionModel = TrainAndSave("sections", sections, Path.Combine(dir, TrainingFiles.SectionsModel), output);
        var handWritten = Path.Combine(dir, TrainingFiles.SectionsHeldOut);
        if (File.Exists(handWritten)) ReportHandWritten(sectionModel, LabelledText.ReadTsv(handWritten), output);

        var kinds = Path.Combine(dir, TrainingFiles.KindsData);
        if (!sectionsOnly && File.Exists(kinds))
            TrainAndSave("kinds", LabelledText.ReadTsv(kinds), Path.Combine(dir, TrainingFiles.KindsModel), output);
        return 0;
    }

    /// <summary>Records reviewed section labels so that the next training run learns from them.</summary>
    public static void AppendCorrections(string trainingDirectory, IEnumerable<LabelledText> corrections) =>
        LabelledText.AppendTsv(Path.Combine(trainingDirectory, TrainingFiles.SectionCorrections), corrections);

    /// <summary>Held-out accuracy of a model trained on four fifths of the rows and tested on the rest.</summary>
    public static double HeldOutAccuracy(IReadOnlyList<LabelledText> rows)
    {
        var (train, test) = Split(rows);
        return TextCategoryModel.Train(train).Accuracy(test);
    }

    // The hand-written paragraphs are never trained on: they measure how far the model carries beyond its templates,
    // alone and behind the opening-phrase rules as the reader uses it.
    private static void ReportHandWritten(TextCategoryModel model, IReadOnlyList<LabelledText> rows, TextWriter output)
    {
        var classifier = new SectionClassifier(model);
        int modelRight = rows.Count(r => model.Predict(r.Text).Label == r.Label);
        int readerRight = rows.Count(r => classifier.Classify(r.Text).Type.ToString().Equals(r.Label, StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"sections: hand-written held-out ({TrainingFiles.SectionsHeldOut}, {rows.Count} rows): model {modelRight / (double)rows.Count:P1}, model+rules {readerRight / (double)rows.Count:P1}");
    }

    private static TextCategoryModel TrainAndSave(string name, IReadOnlyList<LabelledText> rows, string modelPath, TextWriter output)
    {
        var (train, test) = Split(rows);
        double accuracy = TextCategoryModel.Train(train).Accuracy(test);
        output.WriteLine($"{name}: {rows.Count} rows, {rows.Select(r => r.Label).Distinct().Count()} labels; held-out accuracy {accuracy:P1} on {test.Count} rows");
        var model = TextCategoryModel.Train(rows);
        model.Save(modelPath);
        output.WriteLine($"{name}: model written to {modelPath}");
        return model;
    }

    private static (List<LabelledText> Train, List<LabelledText> Test) Split(IReadOnlyList<LabelledText> rows)
    {
        var train = new List<LabelledText>();
        var test = new List<LabelledText>();
        for (int i = 0; i < rows.Count; i++) (i % 5 == 4 ? test : train).Add(rows[i]);
        return (train, test);
    }
}
