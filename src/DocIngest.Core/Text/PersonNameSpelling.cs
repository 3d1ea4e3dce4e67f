using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>
/// Puts back the marks OCR loses in the words of a person's name, from the name components listed in
/// <c>Thai/Resources/name-parts.txt</c>. Names are mostly not dictionary words, so the dictionary pass cannot see that
/// สมศักดิ lost its ์ or มันดี its mai ek; the components they are built of are few and well known. Three repairs:
/// a name word ending in the bare spelling of a component with a silent letter gets the ์ back (สมศักดิ -> สมศักดิ์);
/// a piece of the word that reads as the bare spelling of a component with a tone mark over its upper vowel gets the
/// mark back (มันดี -> มั่นดี); a last syllable ดิ์ that OCR read as two (ดีดี, ดดี) is read once, when that
/// gives a listed component (พูนสวัสดีดี -> พูนสวัสดิ์). A word the dictionary knows as written is left alone.
/// </summary>
public sealed class PersonNameSpelling
{
    private const string Resource = "DocIngest.Core.Thai.Resources.name-parts.txt";
    private const char Thanthakhat = '\u0E4C';
    private const char SaraI = '\u0E34';
    private const char SaraIi = '\u0E35';

    private static readonly Lazy<PersonNameSpelling> DefaultInstance = new(() => new PersonNameSpelling(ReadEmbeddedList(), ThaiWordSegmenter.Default));

    // Bare spelling -> component, for components whose last letter is silenced by ์ (ศักดิ -> ศักดิ์).
    private readonly Dictionary<string, string> silentEndingByBare;
    // Bare spelling -> component, for components with a tone mark over an upper vowel (มัน -> มั่น).
    private readonly Dictionary<string, string> stackedMarkByBare;
    private readonly int longestBare;
    private readonly ThaiWordSegmenter segmenter;

    /// <summary>Repairs names built of <paramref name="components"/> (written with their marks), reading words with <paramref name="segmenter"/>.</summary>
    public PersonNameSpelling(IEnumerable<string> components, ThaiWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(components);
        this.segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        var listed = components.Select(ThaiText.Normalize).Where(c => c.Length > 0).Distinct().ToList();
        silentEndingByBare = UniqueByBare(listed.Where(c => c.EndsWith(Thanthakhat)), c => c.Replace(Thanthakhat.ToString(), ""));
        stackedMarkByBare = UniqueByBare(listed.Where(c => !c.Contains(Thanthakhat)), DroppedToneMarks.WithoutStackedMarks);
        longestBare = silentEndingByBare.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The list shipped with DocIngest over the default dictionary.</summary>
    public static PersonNameSpelling Default => DefaultInstance.Value;

    /// <summary>
    /// <paramref name="word"/> (a first name or surname, Thai letters only) with its lost marks restored, or null when
    /// there is nothing to restore.
    /// </summary>
    public string? Repair(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2 || !word.All(ThaiCharacters.IsThaiLetter) || segmenter.Dictionary.Contains(word)) return null;
        string repaired = RestoreStackedMarks(word);
        repaired = RestoreSilentEnding(repaired) ?? RestoreSplitLastSyllable(repaired) ?? repaired;
        return repaired == word ? null : repaired;
    }

    /// <summary>Pieces that read as the bare spelling of a component with a stacked tone mark get the mark back.</summary>
    private string RestoreStackedMarks(string word)
    {
        if (stackedMarkByBare.Count == 0) return word;
        var pieces = segmenter.Tokenize(word).Select(t => stackedMarkByBare.GetValueOrDefault(t.Text) ?? t.Text);
        return string.Concat(pieces);
    }

    /// <summary>The word with the ์ of the component its end spells bare, or null when it ends in none.</summary>
    private string? RestoreSilentEnding(string word)
    {
        if (word.EndsWith(Thanthakhat)) return null;
        for (int length = Math.Min(longestBare, word.Length); length >= 2; length--)
        {
            int start = word.Length - length;
            if (!ThaiCharacters.IsClusterBoundary(word, start)) continue;
            if (silentEndingByBare.TryGetValue(word[start..], out var component)) return word[..start] + component;
        }
        return null;
    }

    /// <summary>
    /// A last syllable with ิ์ that OCR read as two, the ์ over sara i taken for the tail of sara ii: ดิ์ read ดีดี or
    /// ดดี (สวัสดีดี, สวัสดดี). Read once with ิ, it must end in a listed component, or the word is left as printed.
    /// </summary>
    private string? RestoreSplitLastSyllable(string word)
    {
        for (int length = 2; length <= 3 && length + 1 < word.Length; length++)
        {
            string last = word[^length..];
            if (!ThaiCharacters.IsConsonant(last[0])) continue;
            int split;
            if (2 * length < word.Length && word[^(2 * length)..^length] == last) split = word.Length - 2 * length;      // ดีดี
            else if (word[^(length + 1)] == last[0]) split = word.Length - length - 1;                                   // ดดี
            else continue;
            if (!ThaiCharacters.IsClusterBoundary(word, split)) continue;
            string once = word[..split] + last;
            string asSaraI = once[^1] == SaraIi ? once[..^1] + SaraI : once;
            if (RestoreSilentEnding(asSaraI) is { } restored) return restored;
        }
        return null;
    }

    private static Dictionary<string, string> UniqueByBare(IEnumerable<string> components, Func<string, string> bare) =>
        components.Select(c => (Bare: bare(c), Component: c))
            .Where(p => p.Bare != p.Component && p.Bare.Length >= 2)
            .GroupBy(p => p.Bare)
            // Two components with one bare spelling: the mark cannot be told from the word.
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Component);

    private static IEnumerable<string> ReadEmbeddedList()
    {
        using var stream = typeof(PersonNameSpelling).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing from DocIngest.Core.");
        using var reader = new StreamReader(stream);
        var components = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var component = line.Trim();
            if (component.Length > 0 && !component.StartsWith('#')) components.Add(component);
        }
        return components;
    }
}
