using System.Reflection;

namespace DocIngest.Core.Thai;

/// <summary>
/// A set of Thai words for segmentation and spelling checks. <see cref="Default"/> holds the embedded word list
/// (hunspell-th and libthai, both LGPL; see Resources/README.md) plus every word of <see cref="ThaiLexicon"/>.
/// </summary>
public sealed class ThaiDictionary
{
    private const string WordListResource = "DocIngest.Core.Thai.Resources.thai-words.txt";
    private static readonly Lazy<ThaiDictionary> DefaultInstance = new(BuildDefault);

    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> spanLookup;

    // A trie over the words for left-to-right matching: edges keyed by (node, character); node 0 is the root.
    private readonly Dictionary<(int Node, char Letter), int> edges = new();
    private readonly List<bool> terminal = [false];

    /// <summary>A dictionary of the given words (normalised with <see cref="ThaiText.Normalize"/>; blanks skipped).</summary>
    public ThaiDictionary(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            var n = ThaiText.Normalize(w);
            if (n.Length == 0) continue;
            if (!this.words.Add(n)) continue;
            if (n.Length > MaxWordLength) MaxWordLength = n.Length;
            AddToTrie(n);
        }
        spanLookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded word list and the lexicon's words, loaded once.</summary>
    public static ThaiDictionary Default => DefaultInstance.Value;

    /// <summary>How many distinct words the dictionary holds.</summary>
    public int Count => words.Count;

    /// <summary>Length of the longest word, in UTF-16 code units.</summary>
    public int MaxWordLength { get; private set; }

    /// <summary>True when the exact (normalised) word is listed.</summary>
    public bool Contains(string word) => words.Contains(word);

    /// <summary>True when the exact span is a listed word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => spanLookup.Contains(word);

    /// <summary>
    /// Lengths of every word that <paramref name="text"/> starts with, shortest first, in one walk down the trie.
    /// </summary>
    public IEnumerable<int> PrefixWordLengths(string text, int start, int end)
    {
        int node = 0;
        for (int j = start; j < end; j++)
        {
            if (!edges.TryGetValue((node, text[j]), out node)) yield break;
            if (terminal[node]) yield return j + 1 - start;
        }
    }

    private void AddToTrie(string word)
    {
        int node = 0;
        foreach (char c in word)
        {
            if (!edges.TryGetValue((node, c), out int next))
            {
                next = terminal.Count;
                terminal.Add(false);
                edges[(node, c)] = next;
            }
            node = next;
        }
        terminal[node] = true;
    }

    /// <summary>Every word of the embedded word list, one per line of the resource.</summary>
    public static IEnumerable<string> ReadEmbeddedWordList()
    {
        using var stream = typeof(ThaiDictionary).Assembly.GetManifestResourceStream(WordListResource)
            ?? throw new InvalidOperationException($"Embedded resource {WordListResource} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var list = new List<string>(60_000);
        while (reader.ReadLine() is { } line)
        {
            var w = line.Trim();
            if (w.Length > 0) list.Add(w);
        }
        return list;
    }

    private static ThaiDictionary BuildDefault()
    {
        // Lexicon terms are split at spaces: "กองการศึกษา ศาสนาและวัฒนธรรม" is two dictionary entries.
        var lexiconWords = ThaiLexicon.Default.Entries
            .SelectMany(e => e.Spellings)
            .SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.All(ThaiCharacters.IsThaiLetter));
        return new ThaiDictionary(ReadEmbeddedWordList().Concat(lexiconWords));
    }
}
