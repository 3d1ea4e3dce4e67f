using System.Text;
using System.Text.RegularExpressions;

namespace DocIngest.Core.Thai;

/// <summary>
/// Official terms of Thai local-government paperwork (agencies, units, positions, memo labels and headings,
/// ITA vocabulary, months), read from the embedded data file Resources/official-terms.txt.
/// Answers what a term is, maps unit-name variants to one canonical name and expands agency abbreviations.
/// </summary>
public sealed partial class ThaiLexicon
{
    private const string ResourceName = "DocIngest.Core.Thai.Resources.official-terms.txt";
    private static readonly Lazy<ThaiLexicon> DefaultInstance = new(() => Parse(ReadEmbedded()));

    private readonly Dictionary<string, LexiconEntry> bySpellingKey;
    private readonly LexiconEntry[] unitsLongestFirst;
    private readonly Regex agencyAbbreviation;
    private readonly Dictionary<string, string> agencyByAbbreviation;

    /// <summary>A lexicon of the given entries.</summary>
    public ThaiLexicon(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToList();
        bySpellingKey = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
            foreach (var spelling in entry.Spellings)
                bySpellingKey.TryAdd(Key(spelling), entry);
        unitsLongestFirst = Entries.Where(e => e.Category == LexiconCategory.Unit).ToArray();

        agencyByAbbreviation = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Entries.Where(e => e.Category == LexiconCategory.Agency))
            foreach (var abbreviation in entry.Abbreviations)
                agencyByAbbreviation[abbreviation.TrimEnd('.')] = entry.Term;
        // อบต.โคกคอน, อบต. โคกคอน, อบต โคกคอน: the abbreviation must not be the tail of a longer Thai word.
        string alternatives = string.Join('|', agencyByAbbreviation.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        agencyAbbreviation = new Regex($@"(?<![\u0E01-\u0E2E\u0E30-\u0E4E])(?<abbr>{alternatives})(?:\.\s*|\s+|(?=[\u0E01-\u0E2E\u0E40-\u0E44]))",
            RegexOptions.CultureInvariant);
    }

    /// <summary>The lexicon of the embedded data file, loaded once.</summary>
    public static ThaiLexicon Default => DefaultInstance.Value;

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Canonical terms of one category, in file order.</summary>
    public IEnumerable<string> Terms(LexiconCategory category) => Entries.Where(e => e.Category == category).Select(e => e.Term);

    /// <summary>The entry a spelling (canonical, variant or abbreviation) belongs to; spaces and ฯ are ignored.</summary>
    public LexiconEntry? Find(string spelling) =>
        spelling is null ? null : bySpellingKey.GetValueOrDefault(Key(spelling));

    /// <summary>
    /// The canonical unit name for a variant or abbreviation: สป., สำนักปลัดฯ, สำนักปลัด ฯ -> สำนักปลัด; กค. -> กองคลัง.
    /// A unit name followed by an agency (กองคลัง องค์การบริหารส่วนตำบลโคกคอน) also resolves. Null when no unit matches.
    /// </summary>
    public static string? CanonicalUnit(string name) => Default.ResolveUnit(name);

    /// <summary>
    /// Expands agency abbreviations to the full agency type: อบต.โคกคอน -> องค์การบริหารส่วนตำบลโคกคอน,
    /// นายก อบจ. กาฬสินธุ์ -> นายก องค์การบริหารส่วนจังหวัดกาฬสินธุ์. Text without abbreviations is returned normalised.
    /// </summary>
    public static string ExpandOrganization(string text) => Default.Expand(text);

    /// <summary>Instance form of <see cref="CanonicalUnit"/>.</summary>
    public string? ResolveUnit(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        string key = Key(name);
        if (bySpellingKey.TryGetValue(key, out var exact))
            return exact.Category == LexiconCategory.Unit ? exact.Term : null;
        // "กองคลัง อบต.โคกคอน": the longest unit spelling the name starts with, followed by an agency or its name.
        string expandedKey = Key(Expand(name));
        LexiconEntry? best = null;
        int bestLength = 0;
        foreach (var unit in unitsLongestFirst)
        {
            foreach (var spelling in unit.Spellings)
            {
                string k = Key(spelling);
                if (k.Length > bestLength && expandedKey.StartsWith(k, StringComparison.Ordinal) && StartsWithAgency(expandedKey[k.Length..]))
                {
                    best = unit;
                    bestLength = k.Length;
                }
            }
        }
        return best?.Term;
    }

    /// <summary>Instance form of <see cref="ExpandOrganization"/>.</summary>
    public string Expand(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        string normalized = ThaiText.Normalize(text);
        return agencyAbbreviation.Replace(normalized, m => agencyByAbbreviation[m.Groups["abbr"].Value]);
    }

    /// <summary>Reads the data-file format: [category] lines, then "term | variant | ..." lines; # starts a comment.</summary>
    public static ThaiLexicon Parse(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var entries = new List<LexiconEntry>();
        LexiconCategory? category = null;
        int lineNumber = 0;
        foreach (var raw in data.Split('\n'))
        {
            lineNumber++;
            string line = ThaiText.Normalize(raw);
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                category = ParseCategory(line[1..^1], lineNumber);
                continue;
            }
            if (category is null) throw new FormatException($"Lexicon line {lineNumber} comes before any [category] line.");
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            entries.Add(new LexiconEntry(parts[0], category.Value, parts[1..]));
        }
        return new ThaiLexicon(entries);
    }

    private bool StartsWithAgency(string rest) =>
        rest.Length == 0 || Entries.Any(e => e.Category == LexiconCategory.Agency && rest.StartsWith(Key(e.Term), StringComparison.Ordinal));

    private static LexiconCategory ParseCategory(string name, int lineNumber) => name switch
    {
        "agency" => LexiconCategory.Agency,
        "unit" => LexiconCategory.Unit,
        "position" => LexiconCategory.Position,
        "document" => LexiconCategory.Document,
        "memo-label" => LexiconCategory.MemoLabel,
        "heading" => LexiconCategory.Heading,
        "ita" => LexiconCategory.Ita,
        "month" => LexiconCategory.Month,
        _ => throw new FormatException($"Lexicon line {lineNumber}: unknown category [{name}]."),
    };

    /// <summary>Comparison key: normalised, without spaces and without the abbreviation sign ฯ.</summary>
    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in ThaiText.Normalize(text))
            if (!char.IsWhiteSpace(c) && c != 'ฯ') sb.Append(c);
        return sb.ToString();
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(ThaiLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
