using System.Text;
using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;

namespace DocIngest.Training.Classification;

/// <summary>One memo's typed sections from sections.documents.tsv, in reading order.</summary>
/// <param name="Name">The expected file and document index it came from.</param>
/// <param name="Rows">Its sections (type label, text).</param>
/// <param name="Headed">Indexes of the rows whose section has a printed heading (the reader types those by the heading).</param>
public sealed record DocumentSections(string Name, IReadOnlyList<LabelledText> Rows, IReadOnlySet<int> Headed);

/// <summary>
/// Leave-documents-out cross-validation of the section classifier over the documents' sections: the documents are dealt
/// into folds (by a stable hash of their names, never paragraph by paragraph, so no memo's wording is both trained on
/// and scored), and each fold is typed by a model trained on the generated rows plus the other folds' documents. Scores
/// per type the model alone, the opening-phrase rules alone, and the classifier as the reader uses it (rules and model,
/// with the section before each paragraph as context), for every section and for the unheaded ones the classifier
/// decides in the reader.
/// </summary>
public static class SectionCrossValidation
{
    /// <summary>How the candidates are trained: a name, the features, and how many times each document row counts.</summary>
    public sealed record Candidate(string Name, TextFeatures Features, int DocumentWeight, bool WithDocuments = true,
        double MinimumProbability = SectionClassifier.MinimumModelProbability);

    /// <summary>The reader's other thresholds for the model's verdict, scored for every candidate beside its own.</summary>
    private static readonly double[] Thresholds = [0.45, 0.25, 0.0];

    /// <summary>Reads sections.documents.tsv: `# document: NAME` starts a document, `# headed: I J` lists its headed rows.</summary>
    public static IReadOnlyList<DocumentSections> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<DocumentSections>();
        string? name = null;
        var rows = new List<LabelledText>();
        var headed = new HashSet<int>();
        void Flush()
        {
            if (name is not null && rows.Count > 0) documents.Add(new DocumentSections(name, [.. rows], new HashSet<int>(headed)));
            rows.Clear();
            headed.Clear();
        }
        int lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.StartsWith("# document:", StringComparison.Ordinal)) { Flush(); name = line["# document:".Length..].Trim(); continue; }
            if (line.StartsWith("# headed:", StringComparison.Ordinal))
            {
                foreach (var index in line["# headed:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    headed.Add(int.TryParse(index, out int i) ? i : throw new FormatException($"{source}:{lineNumber}: bad row index '{index}'"));
                continue;
            }
            if (name is null) continue;
            rows.AddRange(LabelledText.ReadTsv(new StringReader(line), $"{source}:{lineNumber}"));
        }
        Flush();
        return documents;
    }

    /// <summary>The fold (0..folds-1) of each document: dealt in the order of their names' stable hashes, so folds are even.</summary>
    public static IReadOnlyDictionary<string, int> Folds(IEnumerable<DocumentSections> documents, int folds) =>
        documents.Select(d => d.Name).Distinct().OrderBy(ClassifierRetraining.StableHash).ThenBy(n => n, StringComparer.Ordinal)
            .Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i % folds);

    /// <summary>
    /// Runs the cross-validation for each candidate and writes per-type tables to <paramref name="output"/>; the current
    /// model (trained without the documents, not retrained per fold) and the rules alone are scored once on every row.
    /// </summary>
    public static void Run(IReadOnlyList<LabelledText> generatedRows, IReadOnlyList<DocumentSections> documents, TextCategoryModel? current,
        IReadOnlyList<Candidate> candidates, int folds, TextWriter output, bool misses = false)
    {
        ArgumentNullException.ThrowIfNull(generatedRows);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var fold = Folds(documents, folds);
        var cases = documents.SelectMany(d => d.Rows.Select((row, i) => new Case(d.Name, row, i > 0 ? Parse(d.Rows[i - 1].Label) : null, d.Headed.Contains(i)))).ToList();
        output.WriteLine($"cross-validation: {documents.Count} documents, {cases.Count} sections ({cases.Count(c => !c.Headed)} unheaded), {folds} folds by document");

        var columns = new List<(string Name, IReadOnlyList<SectionType> Types)>
        {
            ("rules", cases.Select(c => Reader(new SectionClassifier(null), c)).ToList()),
        };
        if (current is not null)
        {
            columns.Add(("current model", cases.Select(c => ModelType(current, c)).ToList()));
            columns.Add(("current reader", cases.Select(c => Reader(new SectionClassifier(current), c)).ToList()));
            foreach (var threshold in Thresholds)
                columns.Add(($"current p>={threshold:0.00}", cases.Select(c => Reader(new SectionClassifier(current, threshold), c)).ToList()));
            Meeting("current", cases, cases.Select(c => current.Predict(c.Row.Text)).ToList(), output);
        }
        foreach (var candidate in candidates)
        {
            var model = new SectionType[cases.Count];
            var reader = new SectionType[cases.Count];
            var predictions = new CategoryPrediction[cases.Count];
            var byThreshold = Thresholds.Select(_ => new SectionType[cases.Count]).ToArray();
            for (int f = 0; f < folds; f++)
            {
                var training = new List<LabelledText>(generatedRows);
                if (candidate.WithDocuments)
                    foreach (var document in documents.Where(d => fold[d.Name] != f))
                        for (int w = 0; w < candidate.DocumentWeight; w++) training.AddRange(document.Rows);
                var trained = TextCategoryModel.Train(training, features: candidate.Features);
                var classifier = new SectionClassifier(trained, candidate.MinimumProbability);
                var lower = Thresholds.Select(t => new SectionClassifier(trained, t)).ToList();
                for (int i = 0; i < cases.Count; i++)
                {
                    if (fold[cases[i].Document] != f) continue;
                    predictions[i] = trained.Predict(cases[i].Row.Text);
                    model[i] = Parse(predictions[i].Label) ?? SectionType.Body;
                    reader[i] = Reader(classifier, cases[i]);
                    for (int t = 0; t < Thresholds.Length; t++) byThreshold[t][i] = Reader(lower[t], cases[i]);
                }
            }
            columns.Add(($"{candidate.Name} model", model));
            columns.Add(($"{candidate.Name} reader", reader));
            for (int t = 0; t < Thresholds.Length; t++) columns.Add(($"{candidate.Name} p>={Thresholds[t]:0.00}", byThreshold[t]));
            Meeting(candidate.Name, cases, predictions, output);
            if (misses) Misses(candidate.Name, cases, model, reader, output);
        }

        Table("all sections", cases, columns, _ => true, output);
        Table("unheaded sections (the classifier decides them in the reader)", cases, columns, c => !c.Headed, output);
    }

    /// <summary>Probability bands of the model's verdict in <see cref="Meeting"/>.</summary>
    private static readonly double[] Bands = [0.0, 0.45, 0.6, 0.75, 0.9];

    // Where the rules and the model meet: where an opening phrase types the paragraph and the model disagrees, who is
    // right, by the model's probability; where no phrase does, how often the model's verdict is right by its probability.
    private static void Meeting(string name, IReadOnlyList<Case> cases, IReadOnlyList<CategoryPrediction> predictions, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{name}: rules and model, by the model's probability (all sections; rule = SectionClassifier.ParagraphType)");
        for (int b = 0; b < Bands.Length; b++)
        {
            double low = Bands[b], high = b + 1 < Bands.Length ? Bands[b + 1] : 1.01;
            var band = Enumerable.Range(0, cases.Count).Where(i => predictions[i].Probability >= low && predictions[i].Probability < high).ToList();
            var ruled = band.Where(i => SectionClassifier.ParagraphType(cases[i].Row.Text) is not null).ToList();
            var disagree = ruled.Where(i => Parse(predictions[i].Label) != SectionClassifier.ParagraphType(cases[i].Row.Text)).ToList();
            var free = band.Except(ruled).ToList();
            output.WriteLine($"  p {low:0.00}-{Math.Min(high, 1):0.00}: ruled {ruled.Count}, model disagrees {disagree.Count} " +
                             $"(rule right {disagree.Count(i => SectionClassifier.ParagraphType(cases[i].Row.Text) == cases[i].Expected)}, " +
                             $"model right {disagree.Count(i => Parse(predictions[i].Label) == cases[i].Expected)}); " +
                             $"no rule {free.Count}, model right {free.Count(i => Parse(predictions[i].Label) == cases[i].Expected)}, " +
                             $"of them calls body {free.Count(i => Parse(predictions[i].Label) == SectionType.Body)}");
        }
        // Where no opening phrase decides but a phrase inside does (SectionClassifier.ContentType), who is right.
        var cued = Enumerable.Range(0, cases.Count).Where(i => SectionClassifier.ParagraphType(cases[i].Row.Text) is null &&
                                                            SectionClassifier.ContentType(cases[i].Row.Text) is not null).ToList();
        var differ = cued.Where(i => Parse(predictions[i].Label) != SectionClassifier.ContentType(cases[i].Row.Text)).ToList();
        output.WriteLine($"  no rule, a content phrase: {cued.Count}, model disagrees {differ.Count} " +
                         $"(phrase right {differ.Count(i => SectionClassifier.ContentType(cases[i].Row.Text) == cases[i].Expected)}, " +
                         $"model right {differ.Count(i => Parse(predictions[i].Label) == cases[i].Expected)})");
    }

    private static void Misses(string name, IReadOnlyList<Case> cases, IReadOnlyList<SectionType> model, IReadOnlyList<SectionType> reader, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{name}: sections the reader types wrong (expected / reader / model / rule, headed?, document, text)");
        for (int i = 0; i < cases.Count; i++)
        {
            if (reader[i] == cases[i].Expected) continue;
            var text = cases[i].Row.Text;
            output.WriteLine($"  {cases[i].Expected} / {reader[i]} / {model[i]} / {SectionClassifier.ParagraphType(text)?.ToString() ?? "-"}, " +
                             $"{(cases[i].Headed ? "headed" : "unheaded")}, {cases[i].Document}, {text[..Math.Min(90, text.Length)]}");
        }
    }

    private sealed record Case(string Document, LabelledText Row, SectionType? Previous, bool Headed)
    {
        public SectionType Expected => Parse(Row.Label) ?? SectionType.Body;
    }

    private static SectionType? Parse(string label) => Enum.TryParse<SectionType>(label, ignoreCase: true, out var type) ? type : null;

    private static SectionType ModelType(TextCategoryModel model, Case c) => Parse(model.Predict(c.Row.Text).Label) ?? SectionType.Body;

    private static SectionType Reader(SectionClassifier classifier, Case c) => classifier.Classify(c.Row.Text, c.Previous).Type;

    private static void Table(string title, IReadOnlyList<Case> cases, IReadOnlyList<(string Name, IReadOnlyList<SectionType> Types)> columns,
        Func<Case, bool> include, TextWriter output)
    {
        var rows = Enumerable.Range(0, cases.Count).Where(i => include(cases[i])).ToList();
        output.WriteLine();
        output.WriteLine($"{title}: {rows.Count}");
        var header = new StringBuilder($"{"type",-15}{"n",4}");
        foreach (var column in columns) header.Append($" | {column.Name,18}");
        output.WriteLine(header);
        foreach (var group in rows.GroupBy(i => cases[i].Expected).OrderBy(g => g.Key).Append(null))
        {
            var members = group?.ToList() ?? rows;
            var line = new StringBuilder($"{(group is null ? "all" : group.Key.ToString().ToLowerInvariant()),-15}{members.Count,4}");
            foreach (var column in columns)
            {
                int right = members.Count(i => column.Types[i] == cases[i].Expected);
                line.Append($" | {$"{right} ({right / (double)members.Count:0.000})",18}");
            }
            output.WriteLine(line);
        }
    }
}
