using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>
/// Sara am (ำ) that OCR read as two glyphs: its ring taken for mai tho or mai han akat over the consonant and its
/// tail for sara aa (ตำบล read ต้าบล, ประจำ read ประจัา; ํา is already folded by <see cref="ThaiText.Normalize"/>).
/// A single-mark edit cannot undo it, so the dictionary pass misses it. ้า is ordinary Thai (ถ้า, ข้าว), so the
/// reading is changed only where the dictionary settles it: the misreading lies in or beside a piece the dictionary
/// does not know, and with ำ that piece and its neighbours read with fewer unknown letters and no more words, the repaired
/// letter inside a dictionary word of at least <see cref="MinRepairedWordLength"/> letters.
/// </summary>
public sealed class SaraAmMisreadings
{
    private const char SaraAm = '\u0E33';
    private const char SaraAa = '\u0E32';
    private const char MaiTho = '\u0E49';
    private const char MaiHanAkat = '\u0E31';
    private const int NeighbourWords = 2;
    // Short words (คำ, ทำ, จำ) are within one edit of too much; a longer word rarely appears by accident.
    private const int MinRepairedWordLength = 3;

    private readonly ThaiWordSegmenter segmenter;

    /// <summary>Repairs sara am where <paramref name="segmenter"/>'s dictionary reads the repaired text.</summary>
    public SaraAmMisreadings(ThaiWordSegmenter segmenter)
    {
        this.segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
    }

    /// <summary>The repairs of <paramref name="line"/>: where, how long, and what replaces it, left to right and not overlapping.</summary>
    public List<(int Index, int Length, string Replacement)> Edits(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var chosen = new List<(int Index, int Length, string Replacement)>();
        // Most lines have no ้า or ัา at all: the cheap scan spares them the segmentation.
        if (!HasMisreading(line)) return chosen;
        var tokens = segmenter.Tokenize(line);
        for (int k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != ThaiTokenKind.Unknown) continue;
            // The misreading may have left a known word beside the unknown piece (ก้าหนด reads ก้า|หน|ด).
            int first = k, last = k;
            while (first > 0 && k - first < NeighbourWords && tokens[first - 1].Kind is ThaiTokenKind.Word or ThaiTokenKind.Unknown) first--;
            while (last + 1 < tokens.Count && last - k < NeighbourWords && tokens[last + 1].Kind is ThaiTokenKind.Word or ThaiTokenKind.Unknown) last++;
            int index = tokens[first].Index;
            if (chosen.Count > 0 && chosen[^1].Index + chosen[^1].Length > index) continue;
            int length = tokens[last].Index + tokens[last].Text.Length - index;
            string window = line.Substring(index, length);
            if (!HasMisreading(window)) continue;
            string repaired = Repair(window);
            if (repaired != window) chosen.Add((index, length, repaired));
        }
        return chosen;
    }

    /// <summary>The window with every misreading the dictionary confirms repaired, one at a time from the left.</summary>
    private string Repair(string window)
    {
        for (int p = 1; p + 1 < window.Length; p++)
        {
            if (!IsMisreadingAt(window, p)) continue;
            string variant = string.Concat(window.AsSpan(0, p), SaraAm.ToString(), window.AsSpan(p + 2));
            if (IsConfirmed(window, variant, p)) window = variant;
        }
        return window;
    }

    private bool IsConfirmed(string window, string variant, int editAt)
    {
        var before = segmenter.Score(window);
        var after = segmenter.Score(variant);
        if (after.UnknownCharacters >= before.UnknownCharacters || after.Tokens > before.Tokens) return false;
        var covering = segmenter.Tokenize(variant).FirstOrDefault(t => t.Index <= editAt && editAt < t.Index + t.Text.Length);
        return covering is { Kind: ThaiTokenKind.Word } && covering.Text.Length >= MinRepairedWordLength;
    }

    private static bool HasMisreading(string text)
    {
        for (int p = 1; p + 1 < text.Length; p++)
            if (IsMisreadingAt(text, p)) return true;
        return false;
    }

    // ้า or ัา right after a consonant: where ำ stood if the consonant carried it.
    private static bool IsMisreadingAt(string text, int p) =>
        text[p] is MaiTho or MaiHanAkat && text[p + 1] == SaraAa && ThaiCharacters.IsConsonant(text[p - 1]);
}
