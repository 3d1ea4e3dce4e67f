using System.Globalization;
using DocIngest.Cli.Evaluation;
using DocIngest.Core.Classification;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing;
using DocIngest.Core.Parsing.Measures;
using DocIngest.DamageSweep;

// docingest-damage-sweep --expected DIR --results DIR [--training DIR] [--kinds K,..] [--list] [--show NAME] [--out DIR]
// Re-parses every result (NAME.json in --results, beside NAME.expected.json in --expected) undamaged and then with each
// damage kind, and prints per kind how many of the expected fields the undamaged parse found survive the damage.
var options = Arguments(args);
string expectedDirectory = options.GetValueOrDefault("expected") ?? "eval/documents-tune";
string resultsDirectory = options.GetValueOrDefault("results") ?? "out/documents-tune";
string trainingDirectory = options.GetValueOrDefault("training") ?? "data/training";
var kinds = options.GetValueOrDefault("kinds") is { } k ? Damages.All.Where(d => k.Split(',').Contains(d.Name)).ToList() : Damages.All.ToList();
bool list = options.ContainsKey("list");
string? show = options.GetValueOrDefault("show");
string? outDirectory = options.GetValueOrDefault("out");

var reader = new DocumentReader(
    new ClassifierModels(new SectionClassifier(Model("sections.model.zip")), new DocumentKindClassifier(Model("kinds.model.zip"))),
    new MeasureTableParser().Parse);

var cases = new List<(string Name, ExtractionResult Expected, ExtractionResult Read, List<PageContent> Pages)>();
foreach (var path in Directory.GetFiles(expectedDirectory, "*.expected.json").Order(StringComparer.Ordinal))
{
    string name = Path.GetFileName(path)[..^".expected.json".Length];
    string resultPath = Path.Combine(resultsDirectory, name + ".json");
    if (!File.Exists(resultPath)) { Console.Error.WriteLine($"sweep: {name}: no {resultPath}, skipped"); continue; }
    var read = ExtractionJson.Deserialize(File.ReadAllText(resultPath));
    var pages = read.Pages.Select(PageRebuild.From).ToList();
    if (pages.Any(p => p is null)) { Console.Error.WriteLine($"sweep: {name}: pages could not be rebuilt from the result, skipped"); continue; }
    cases.Add((name, ExtractionJson.Deserialize(File.ReadAllText(path)), read, pages.OfType<PageContent>().ToList()));
}

string[] groups = ["ita", "indicators", "measures", "m.cells", "header", "sections", "kind"];

// The undamaged parse of the rebuilt pages must be the result's own: else the rebuild, not the damage, is measured.
var baseline = new Dictionary<string, (EvalScores Scores, IReadOnlyList<Document> Documents)>();
int differing = 0;
foreach (var c in cases)
{
    var documents = reader.Read(c.Pages);
    var scores = ResultComparer.CompareDocuments(c.Expected.Documents, documents);
    var asRead = Fields(ResultComparer.CompareDocuments(c.Expected.Documents, c.Read.Documents));
    if (!Fields(scores).SequenceEqual(asRead))
    {
        differing++;
        Console.Error.WriteLine($"sweep: {c.Name}: the undamaged re-parse scores otherwise than the result's documents (parsers changed since it was read?): " +
            string.Join(", ", groups.Select((g, i) => $"{g} {asRead[i]} → {Fields(scores)[i]}").Where((_, i) => asRead[i] != Fields(scores)[i])));
    }
    baseline[c.Name] = (scores, documents);
    // The undamaged re-parse as a result file, so `docingest eval --results` scores a parser change without OCR.
    if (outDirectory is not null)
    {
        Directory.CreateDirectory(Path.Combine(outDirectory, "undamaged"));
        File.WriteAllText(Path.Combine(outDirectory, "undamaged", c.Name + ".json"), ExtractionJson.Serialize(c.Read with { Documents = documents }));
    }
}

Console.WriteLine($"{cases.Count} documents re-parsed; {differing} score otherwise undamaged than as read.");
Console.WriteLine("Survival: of the expected items the undamaged parse found in the documents the damage touched, how many the damaged parse finds (+N: found only damaged).");
Console.WriteLine();
Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-16} {1,5}  {2}", "damage", "docs", string.Join("  ", groups.Select(g => $"{g,-14}"))));
var totalBase = new int[groups.Length];
var totalDamaged = new int[groups.Length];
foreach (var damage in kinds)
{
    int touched = 0;
    var found = new int[groups.Length];
    var survived = new int[groups.Length];
    var gained = new int[groups.Length];
    var misses = new List<string>();
    foreach (var c in cases)
    {
        var damagedPages = c.Pages.Select(damage.Apply).ToList();
        if (damagedPages.Zip(c.Pages).All(p => p.First.Text == p.Second.Text && p.First.Blocks.Count == p.Second.Blocks.Count)) continue;
        touched++;
        var documents = reader.Read(damagedPages);
        var before = Fields(baseline[c.Name].Scores);
        var expected = damage.Printed is { } printed ? c.Expected.Documents.Select(d => AsPrinted(d, printed)).ToList() : c.Expected.Documents;
        var after = Fields(ResultComparer.CompareDocuments(expected, documents));
        for (int g = 0; g < groups.Length; g++)
        {
            found[g] += before[g];
            survived[g] += Math.Min(before[g], after[g]);
            gained[g] += Math.Max(0, after[g] - before[g]);
            if (after[g] < before[g]) misses.Add($"  {damage.Name} {c.Name}: {groups[g]} {before[g]} → {after[g]}{Lost(groups[g], c.Expected.Documents, baseline[c.Name].Documents, documents)}");
        }
        if (show == c.Name)
        {
            Console.WriteLine($"--- {c.Name} with {damage.Name}");
            foreach (var page in damagedPages) Console.WriteLine(page.Text);
        }
        if (outDirectory is not null)
        {
            Directory.CreateDirectory(Path.Combine(outDirectory, damage.Name));
            var result = c.Read with
            {
                Pages = damagedPages.Zip(c.Read.Pages).Select(p => PageRebuild.ToResult(p.First, p.Second)).ToList(),
                Documents = documents,
            };
            File.WriteAllText(Path.Combine(outDirectory, damage.Name, c.Name + ".json"), ExtractionJson.Serialize(result));
        }
    }
    for (int g = 0; g < groups.Length; g++) { totalBase[g] += found[g]; totalDamaged[g] += survived[g]; }
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-16} {1,5}  {2}", damage.Name, touched,
        string.Join("  ", groups.Select((_, g) => $"{Cell(survived[g], found[g], gained[g]),-14}"))));
    if (list) foreach (var miss in misses) Console.WriteLine(miss);
}
Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-16} {1,5}  {2}", "all kinds", "",
    string.Join("  ", groups.Select((_, g) => $"{Cell(totalDamaged[g], totalBase[g], 0),-14}"))));
return 0;

static string Cell(int survived, int found, int gained) =>
    found == 0 && gained == 0 ? "-" : $"{survived}/{found}" + (gained > 0 ? $" +{gained}" : "");

// The matched counts per group: ITA results, indicators, measures, measure cells, header fields, section types, kinds.
static int[] Fields(EvalScores s) =>
    [s.ItaResults.Matched, s.Indicators.Matched, s.Measures.Matched, s.MeasureCells.Hits, s.HeaderFields.Hits, s.SectionTypes.Hits, s.DocumentKind.Hits];

// What the damaged parse lost of one group: ITA results as year:score:grade, measures by title's first words.
static string Lost(string group, IReadOnlyList<Document> expected, IReadOnlyList<Document> before, IReadOnlyList<Document> after)
{
    static string Key(ItaResult r) => string.Create(CultureInfo.InvariantCulture, $"{r.FiscalYear?.ToString() ?? "-"}:{r.Score:0.00}:{r.Grade ?? "-"}");
    if (group == "ita")
    {
        var wanted = expected.SelectMany(d => d.ItaResults).Select(Key).ToHashSet();
        var had = before.SelectMany(d => d.ItaResults).Select(Key).Where(wanted.Contains).ToHashSet();
        var now = after.SelectMany(d => d.ItaResults).Select(Key).ToList();
        return $" (lost {string.Join(", ", had.Except(now))}; read {string.Join(", ", now.Except(wanted))})";
    }
    if (group == "measures")
        return $" (measures read: {before.Sum(d => d.Measures.Count)} → {after.Sum(d => d.Measures.Count)})";
    if (group == "header")
    {
        var a = before.FirstOrDefault(d => d.Header is not null)?.Header;
        var b = after.FirstOrDefault(d => d.Header is not null)?.Header;
        if (a is null || b is null) return " (header lost)";
        var changed = new[]
        {
            ("agency", a.Agency, b.Agency), ("phone", a.Phone, b.Phone), ("reference", a.Reference, b.Reference), ("date", a.Date, b.Date),
            ("dateText", a.DateText, b.DateText), ("subject", a.Subject, b.Subject), ("addressee", a.Addressee, b.Addressee),
        }.Where(f => f.Item2 != f.Item3).Select(f => $"{f.Item1}: {f.Item2} → {f.Item3}");
        return $" ({string.Join("; ", changed)})";
    }
    return "";
}

// The expected document's free text (header, sections, measures' text, people) as the damaged page prints it.
static Document AsPrinted(Document d, Func<string, string> printed)
{
    string? P(string? text) => text is null ? null : printed(text);
    return d with
    {
        Title = P(d.Title),
        Header = d.Header is { } h ? h with { Agency = P(h.Agency), DateText = P(h.DateText), Subject = P(h.Subject), Addressee = P(h.Addressee) } : null,
        Sections = d.Sections.Select(s => s with { Heading = P(s.Heading), Text = printed(s.Text) }).ToList(),
        Measures = d.Measures.Select(m => m with
        {
            Title = printed(m.Title),
            Steps = m.Steps.Select(printed).ToList(),
            Responsible = m.Responsible.Select(printed).ToList(),
            Period = m.Period is { } period ? period with { Text = printed(period.Text) } : null,
        }).ToList(),
        Members = d.Members.Select(p => p with { Name = printed(p.Name), Position = P(p.Position), Role = P(p.Role) }).ToList(),
        Signatures = d.Signatures.Select(p => p with { Name = printed(p.Name), Position = P(p.Position), Role = P(p.Role) }).ToList(),
    };
}

TextCategoryModel Model(string fileName)
{
    using var stream = File.OpenRead(Path.Combine(trainingDirectory, fileName));
    return TextCategoryModel.Load(stream);
}

static Dictionary<string, string?> Arguments(string[] args)
{
    var parsed = new Dictionary<string, string?>();
    for (int i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument {args[i]}");
        string key = args[i][2..];
        bool flag = key is "list";
        parsed[key] = flag ? null : i + 1 < args.Length ? args[++i] : throw new ArgumentException($"--{key} needs a value");
    }
    return parsed;
}
