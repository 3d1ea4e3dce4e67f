namespace DocIngest.Core.Classification;

/// <summary>
/// The section and document-kind classifiers a running reader uses, swappable while it runs: a reader takes
/// <see cref="Sections"/> and <see cref="Kinds"/> once per document, so a model adopted with <see cref="Adopt"/>
/// applies from the next document on, without a restart. Thread-safe.
/// </summary>
public sealed class ClassifierModels
{
    private readonly Lock _adopting = new();
    private volatile SectionClassifier _sections;
    private volatile DocumentKindClassifier _kinds;

    /// <summary>A set over the given classifiers (tests, or a host that loads models itself).</summary>
    public ClassifierModels(SectionClassifier sections, DocumentKindClassifier kinds)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(kinds);
        _sections = sections;
        _kinds = kinds;
    }

    /// <summary>The section classifier in use now.</summary>
    public SectionClassifier Sections => _sections;

    /// <summary>The document-kind classifier in use now.</summary>
    public DocumentKindClassifier Kinds => _kinds;

    /// <summary>
    /// Loads each model from <paramref name="modelDirectory"/> (e.g. the service's data/models) when it holds one,
    /// else the committed model of the training directory (<see cref="TrainingFiles"/>), else none (rules only).
    /// The directory wins because it holds what was adopted from corrections after the committed model was built.
    /// </summary>
    public static ClassifierModels Load(string? modelDirectory)
    {
        var sections = LoadModel(ClassifierRetraining.Sections, modelDirectory);
        var kinds = LoadModel(ClassifierRetraining.Kinds, modelDirectory);
        return new ClassifierModels(new SectionClassifier(sections), new DocumentKindClassifier(kinds));
    }

    /// <summary>
    /// Writes <paramref name="model"/> to <paramref name="modelDirectory"/> (see <see cref="Save"/>) and puts it in use.
    /// Callers adopt only models that passed the gate (<see cref="RetrainingOutcome.Adopted"/>).
    /// </summary>
    /// <param name="name"><see cref="ClassifierRetraining.Sections"/> or <see cref="ClassifierRetraining.Kinds"/>.</param>
    /// <param name="model">The model to use from now on.</param>
    /// <param name="modelDirectory">Where the model file is written; created when missing.</param>
    /// <returns>The path of the written model file.</returns>
    public string Adopt(string name, TextCategoryModel model, string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        // Serialised so that two adoptions of one model cannot leave the file and the classifier in use disagreeing.
        lock (_adopting)
        {
            var path = Save(name, model, modelDirectory);
            if (name == ClassifierRetraining.Sections) _sections = new SectionClassifier(model);
            else _kinds = new DocumentKindClassifier(model);
            return path;
        }
    }

    /// <summary>
    /// Writes the model file of <paramref name="name"/> (sections.model.zip or kinds.model.zip) in
    /// <paramref name="directory"/> atomically: to a temporary file in the same directory, then moved over the old
    /// one, so a reader starting meanwhile (or after a crash) finds the old model or the new, never half of one.
    /// </summary>
    /// <returns>The path of the written model file.</returns>
    public static string Save(string name, TextCategoryModel model, string directory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName(name));
        Directory.CreateDirectory(directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            model.Save(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return path;
    }

    /// <summary>The model file name of a classifier: sections.model.zip or kinds.model.zip.</summary>
    /// <exception cref="ArgumentException">The name is neither <see cref="ClassifierRetraining.Sections"/> nor <see cref="ClassifierRetraining.Kinds"/>.</exception>
    public static string FileName(string name) => name switch
    {
        ClassifierRetraining.Sections => TrainingFiles.SectionsModel,
        ClassifierRetraining.Kinds => TrainingFiles.KindsModel,
        _ => throw new ArgumentException($"unknown classifier '{name}' (expected '{ClassifierRetraining.Sections}' or '{ClassifierRetraining.Kinds}')", nameof(name)),
    };

    private static TextCategoryModel? LoadModel(string name, string? modelDirectory)
    {
        var fileName = FileName(name);
        if (!string.IsNullOrWhiteSpace(modelDirectory))
        {
            var adopted = Path.Combine(modelDirectory, fileName);
            if (File.Exists(adopted)) return TextCategoryModel.Load(adopted);
        }
        var committed = TrainingFiles.Find(fileName);
        return committed is null ? null : TextCategoryModel.Load(committed);
    }
}
