using System.Reflection;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>
/// Puts back the tone marks OCR drops over upper vowels (ที -> ที่, เรือง -> เรื่อง, ขันตอน -> ขั้นตอน) for the
/// frequent words of official writing listed in <c>Thai/Resources/marked-words.txt</c>. Tesseract's Thai model often
/// loses a mark stacked on an upper vowel; the unmarked spelling is then a rare word or none, which the dictionary pass
/// cannot settle because the dictionary reads it. Only words whose unmarked spelling is not common on its own are listed,
/// and a spelling two listed words share is left alone.
/// </summary>
public sealed class DroppedToneMarks
{
    private const string Resource = "DocIngest.Core.Thai.Resources.marked-words.txt";

    private static readonly Lazy<DroppedToneMarks> DefaultInstance = new(() => new DroppedToneMarks(ReadEmbeddedList()));

    private readonly Dictionary<string, string> markedByBare;

    /// <summary>Restores the marks of <paramref name="markedWords"/> (each written with its marks, NFC).</summary>
    public DroppedToneMarks(IEnumerable<string> markedWords)
    {
        ArgumentNullException.ThrowIfNull(markedWords);
        var pairs = markedWords.Select(ThaiText.Normalize).Distinct().Select(w => (Bare: WithoutStackedMarks(w), Marked: w))
            .Where(p => p.Bare != p.Marked).ToList();
        markedByBare = pairs.GroupBy(p => p.Bare).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Marked);
    }

    /// <summary>The list shipped with DocIngest.</summary>
    public static DroppedToneMarks Default => DefaultInstance.Value;

    /// <summary>The listed word <paramref name="token"/> is with its dropped marks restored, or null when it is none.</summary>
    public string? Restore(string token) => markedByBare.GetValueOrDefault(token);

    /// <summary>
    /// <paramref name="word"/> without the tone marks OCR tends to lose: those over an upper vowel (ที่ -> ที) and those
    /// before sara am (ต่ำ -> ตำ). Marks standing over a consonant alone (ต้อง) are kept: OCR reads those well.
    /// </summary>
    public static string WithoutStackedMarks(string word)
    {
        var chars = new List<char>(word.Length);
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            bool stacked = ThaiCharacters.IsToneMark(c) &&
                           (i > 0 && ThaiCharacters.IsAboveVowel(word[i - 1]) || i + 1 < word.Length && word[i + 1] == '\u0E33');
            if (!stacked) chars.Add(c);
        }
        return new string(chars.ToArray());
    }

    private static IEnumerable<string> ReadEmbeddedList()
    {
        using var stream = typeof(DroppedToneMarks).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#')) words.Add(word);
        }
        return words;
    }
}
