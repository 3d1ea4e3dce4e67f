namespace DocIngest.Core.Classification;

/// <summary>
/// Where the section and document-kind models are kept. Core only asks for a model and hands one over to keep; the
/// host decides where they live (files of the service's data directory, the repository's committed models...).
/// </summary>
public interface IClassifierModelStore
{
    /// <summary>The model of the classifier <paramref name="name"/> to use now, or null when there is none (rules only).</summary>
    /// <param name="name"><see cref="ClassifierRetraining.Sections"/> or <see cref="ClassifierRetraining.Kinds"/>.</param>
    TextCategoryModel? Load(string name);

    /// <summary>
    /// Keeps <paramref name="model"/> as the model of <paramref name="name"/> from now on, whole or not at all: a reader
    /// starting meanwhile (or after a crash) finds the old model or the new, never half of one.
    /// </summary>
    /// <param name="name"><see cref="ClassifierRetraining.Sections"/> or <see cref="ClassifierRetraining.Kinds"/>.</param>
    /// <param name="model">The model to keep.</param>
    void Save(string name, TextCategoryModel model);
}
