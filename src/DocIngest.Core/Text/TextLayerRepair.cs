using System.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>What <see cref="TextLayerRepair"/> changed, by kind.</summary>
/// <param name="SaraAmRestored">า turned back into ำ (<see cref="LostSaraAm"/>).</param>
/// <param name="TonesReordered">Tone marks moved after the above or below vowel they stood before.</param>
/// <param name="SpacesRemoved">Spaces dropped between a letter and the mark or following vowel it carries.</param>
public readonly record struct TextLayerRepairCounts(int SaraAmRestored, int TonesReordered, int SpacesRemoved)
{
    /// <summary>Every change.</summary>
    public int Total => SaraAmRestored + TonesReordered + SpacesRemoved;

    /// <summary>The changes of both.</summary>
    public static TextLayerRepairCounts operator +(TextLayerRepairCounts a, TextLayerRepairCounts b) =>
        new(a.SaraAmRestored + b.SaraAmRestored, a.TonesReordered + b.TonesReordered, a.SpacesRemoved + b.SpacesRemoved);

    /// <summary>"57 sara am restored, 3 tone marks reordered": the kinds that occurred, for a page warning.</summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (SaraAmRestored > 0) parts.Add($"{SaraAmRestored} sara am restored");
        if (TonesReordered > 0) parts.Add($"{TonesReordered} tone mark{(TonesReordered == 1 ? "" : "s")} reordered");
        if (SpacesRemoved > 0) parts.Add($"{SpacesRemoved} space{(SpacesRemoved == 1 ? "" : "s")} before marks removed");
        return parts.Count == 0 ? "no repairs" : string.Join(", ", parts);
    }
}

/// <summary>
/// Repairs a PDF text-layer line where the repair is certain from spelling alone or confirmed by the dictionary:
/// spaces between a letter and its mark or following vowel (no Thai word starts with one), tone marks stored before
/// their above or below vowel (canonical order: consonant, vowel, tone), and ำ stored as า (<see cref="LostSaraAm"/>).
/// The result is normalised (<see cref="ThaiText.Normalize"/>: NFC, ํา recomposed to ำ).
/// </summary>
public sealed class TextLayerRepair
{
    private readonly LostSaraAm saraAm;

    /// <summary>A repair reading words with <paramref name="segmenter"/>.</summary>
    public TextLayerRepair(ThaiWordSegmenter segmenter)
    {
        saraAm = new LostSaraAm(segmenter ?? throw new ArgumentNullException(nameof(segmenter)));
    }

    /// <summary>The repair over the default dictionary.</summary>
    public static TextLayerRepair Default { get; } = new(ThaiWordSegmenter.Default);

    /// <summary>The repaired line and what was changed.</summary>
    public (string Text, TextLayerRepairCounts Counts) Repair(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Spaces first: a tone split from its vowel by a space is only seen as misordered once the space is gone.
        string joined = RemoveSpacesBeforeMarks(line, out int spaces);
        string ordered = ReorderTones(joined, out int tones);
        string restored = saraAm.Restore(ordered, out int saraAmCount);
        return (ThaiText.Normalize(restored), new TextLayerRepairCounts(saraAmCount, tones, spaces));
    }

    private static string RemoveSpacesBeforeMarks(string text, out int removed)
    {
        removed = 0;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && sb.Length > 0 && IsBase(sb[^1]))
            {
                int end = i;
                while (end < text.Length && text[end] == ' ') end++;
                if (end < text.Length && (ThaiCharacters.IsCombiningMark(text[end]) || ThaiCharacters.IsFollowingVowel(text[end])))
                {
                    removed++;
                    i = end - 1;
                    continue;
                }
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    private static bool IsBase(char c) => ThaiCharacters.IsConsonant(c) || ThaiCharacters.IsCombiningMark(c);

    private static string ReorderTones(string text, out int moved)
    {
        moved = 0;
        var chars = text.ToCharArray();
        for (int i = 0; i + 1 < chars.Length; i++)
        {
            if (!ThaiCharacters.IsToneMark(chars[i])) continue;
            char next = chars[i + 1];
            if (!ThaiCharacters.IsAboveVowel(next) && !ThaiCharacters.IsBelowVowel(next)) continue;
            (chars[i], chars[i + 1]) = (next, chars[i]);
            moved++;
        }
        return new string(chars);
    }
}
