using DocIngest.Core.Classification;

namespace DocIngest.Pipeline.Classification;

/// <summary>
/// The classifier models as files: sections.model.zip and kinds.model.zip in the directory of adopted models (the
/// service's data/models) when it holds them, else the committed ones in the training directory (data/training).
/// The adopted directory wins because it holds what was learned from corrections after the committed model was built.
/// </summary>
/// <param name="modelDirectory">Where adopted models are read and written; null reads the committed models only and cannot save.</param>
/// <param name="trainingDirectory">The training directory (<see cref="TrainingDirectory.Find"/>), or null when there is none.</param>
public sealed class ClassifierModelFiles(string? modelDirectory, string? trainingDirectory) : IClassifierModelStore
{
    /// <summary>Where adopted models are kept, or null.</summary>
    public string? ModelDirectory { get; } = string.IsNullOrWhiteSpace(modelDirectory) ? null : modelDirectory;

    /// <summary>The training directory with the base rows and committed models, or null when none was found.</summary>
    public string? TrainingDirectory { get; } = trainingDirectory;

    /// <summary>The model file name of a classifier: sections.model.zip or kinds.model.zip.</summary>
    /// <exception cref="ArgumentException">The name is neither <see cref="ClassifierRetraining.Sections"/> nor <see cref="ClassifierRetraining.Kinds"/>.</exception>
    public static string FileName(string name)
    {
        ClassifierRetraining.RequireName(name);
        return name == ClassifierRetraining.Sections ? Classification.TrainingDirectory.SectionsModel : Classification.TrainingDirectory.KindsModel;
    }

    /// <summary>The file the model of <paramref name="name"/> is read from: the adopted one, else the committed one; null when neither exists.</summary>
    public string? PathOf(string name)
    {
        var fileName = FileName(name);
        if (ModelDirectory is not null)
        {
            var adopted = Path.Combine(ModelDirectory, fileName);
            if (File.Exists(adopted)) return adopted;
        }
        return Classification.TrainingDirectory.File(TrainingDirectory, fileName);
    }

    /// <inheritdoc />
    public TextCategoryModel? Load(string name) => PathOf(name) is { } path ? Read(path) : null;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store has no directory of adopted models.</exception>
    public void Save(string name, TextCategoryModel model) =>
        Write(name, model, ModelDirectory ?? throw new InvalidOperationException("no model directory to save adopted models in"));

    /// <summary>Reads a model file.</summary>
    public static TextCategoryModel Read(string path)
    {
        using var stream = File.OpenRead(path);
        return TextCategoryModel.Load(stream);
    }

    /// <summary>
    /// Writes the model file of <paramref name="name"/> in <paramref name="directory"/> atomically
    /// (<see cref="AtomicFile"/>): a reader starting meanwhile (or after a crash) finds the old model or the new,
    /// never half of one.
    /// </summary>
    /// <returns>The path of the written model file.</returns>
    public static string Write(string name, TextCategoryModel model, string directory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName(name));
        Directory.CreateDirectory(directory);
        AtomicFile.Write(path, model.Save);
        return path;
    }
}
