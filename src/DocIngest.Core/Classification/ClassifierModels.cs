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

    /// <summary>Loads both classifiers from <paramref name="store"/>; a classifier without a model reads by its rules only.</summary>
    public static ClassifierModels Load(IClassifierModelStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new ClassifierModels(
            new SectionClassifier(store.Load(ClassifierRetraining.Sections)),
            new DocumentKindClassifier(store.Load(ClassifierRetraining.Kinds)));
    }

    /// <summary>
    /// Keeps <paramref name="model"/> in <paramref name="store"/> and puts it in use.
    /// Callers adopt only models that passed the gate (<see cref="RetrainingOutcome.Adopted"/>).
    /// </summary>
    /// <param name="name"><see cref="ClassifierRetraining.Sections"/> or <see cref="ClassifierRetraining.Kinds"/>.</param>
    /// <param name="model">The model to use from now on.</param>
    /// <param name="store">Where the model is kept, so that the next start reads it too.</param>
    /// <exception cref="ArgumentException">The name is neither <see cref="ClassifierRetraining.Sections"/> nor <see cref="ClassifierRetraining.Kinds"/>.</exception>
    public void Adopt(string name, TextCategoryModel model, IClassifierModelStore store)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(store);
        ClassifierRetraining.RequireName(name);
        // Serialised so that two adoptions of one model cannot leave the stored model and the classifier in use disagreeing.
        lock (_adopting)
        {
            store.Save(name, model);
            if (name == ClassifierRetraining.Sections) _sections = new SectionClassifier(model);
            else _kinds = new DocumentKindClassifier(model);
        }
    }
}
