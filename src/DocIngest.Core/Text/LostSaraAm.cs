using System.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>
/// Sara am (ำ) that a PDF text layer stored as sara aa (า): Word's export of Thai fonts drops the nikhahit, so
/// สำนักงาน arrives as สานักงาน and ประจำปี as ประจาปี. า is the commonest vowel, so it becomes ำ only where the dictionary
/// settles it: with ำ the Thai run reads with fewer unknown letters, or as many and fewer words (never more), and
/// the letter lies inside a dictionary word of at least <see cref="MinRepairedWordLength"/> letters whose า spelling
/// the dictionary does not list. Where both spellings are words (ทา/ทำ, นา/นำ) the text is left as it is.
/// </summary>
public sealed class LostSaraAm
{
    private const char SaraAa = '\u0E32';
    private const char SaraAm = '\u0E33';
    // Two-letter words (ทำ, นำ, จำ, คำ, ต่ำ) each have an equally common า twin (ทา, นา, จา, คา, ต่า): only a longer word decides.
    private const int MinRepairedWordLength = 3;
    private const int MaxPasses = 3;

    private readonly ThaiWordSegmenter segmenter;

    /// <summary>Restores ำ where <paramref name="segmenter"/>'s dictionary confirms it.</summary>
    public LostSaraAm(ThaiWordSegmenter segmenter)
    {
        this.segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
    }

    /// <summary>The text with every confirmed ำ restored; <paramref name="restored"/> says how many.</summary>
    public string Restore(string text, out int restored)
    {
        ArgumentNullException.ThrowIfNull(text);
        restored = 0;
        if (text.IndexOf(SaraAa) < 0) return text;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int end = i;
            while (end < text.Length && ThaiCharacters.IsThaiLetter(text[end])) end++;
            if (end == i)
            {
                sb.Append(text[i++]);
                continue;
            }
            // The run between spaces, digits or punctuation is the context the dictionary reads. A word at its edge
            // may go on past a space (a layer that splits words: ด้ า น), so there its reading is not enough.
            var run = new Run(text[i..end], ContinuesAcrossSpace(text, i - 1, -1), ContinuesAcrossSpace(text, end, +1));
            sb.Append(RestoreRun(run, ref restored));
            i = end;
        }
        return sb.ToString();
    }

    private sealed record Run(string Text, bool OpenStart, bool OpenEnd);

    // Across one space, a neighbouring run that starts (or ends) with a piece the dictionary does not know, or a lone letter, is
    // likely the rest of a word the layer split (ด้า น, พั ฒนา), not a word of its own.
    private bool ContinuesAcrossSpace(string text, int at, int direction)
    {
        if (at < 0 || at >= text.Length || text[at] != ' ') return false;
        int from = at + direction, to = from;
        while (to + direction >= 0 && to + direction < text.Length && ThaiCharacters.IsThaiLetter(text[to + direction])) to += direction;
        if (from < 0 || from >= text.Length || !ThaiCharacters.IsThaiLetter(text[from])) return false;
        string neighbour = direction > 0 ? text[from..(to + 1)] : text[to..(from + 1)];
        var edge = segmenter.Tokenize(neighbour) is var tokens && direction > 0 ? tokens[0] : tokens[^1];
        // A lone letter counts as a fragment even where the dictionary lists it (บ, ง).
        return edge.Kind != ThaiTokenKind.Word || SpacingLetters(edge.Text) < 2;
    }

    private string RestoreRun(Run context, ref int restored)
    {
        string run = context.Text;
        var score = segmenter.Score(run);
        // A word beside an unknown piece waits for that piece's own repair (สานักงาน next to อาเภอ): passes until none changes.
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            int before = restored;
            for (int p = 1; p < run.Length; p++)
            {
                if (!IsCandidate(run, p)) continue;
                string variant = string.Concat(run.AsSpan(0, p), SaraAm.ToString(), run.AsSpan(p + 1));
                var after = segmenter.Score(variant);
                if (after.Tokens > score.Tokens) continue;
                bool fewerUnknown = after.UnknownCharacters < score.UnknownCharacters;
                if (!fewerUnknown && (after.UnknownCharacters > score.UnknownCharacters || after.Tokens == score.Tokens)) continue;
                if (!IsConfirmedWord(context, run, variant, p, fewerUnknown)) continue;
                run = variant;
                score = after;
                restored++;
            }
            if (restored == before) break;
        }
        return run;
    }

    // The word the repair lands in is long enough to mean something, lies whole inside the run, and its า spelling
    // is no word of its own. When ำ only joins known words into fewer (ฒ|นา|ทาง -> ฒ|นำทาง), the word must also stand
    // between known words: beside an unknown piece it may be a fragment of a word the layer split.
    private bool IsConfirmedWord(Run context, string run, string variant, int at, bool fewerUnknown)
    {
        var tokens = segmenter.Tokenize(variant);
        int k = 0;
        while (k < tokens.Count && tokens[k].Index + tokens[k].Text.Length <= at) k++;
        if (k == tokens.Count || tokens[k].Kind != ThaiTokenKind.Word) return false;
        var covering = tokens[k];
        if (!fewerUnknown && ((k > 0 && tokens[k - 1].Kind != ThaiTokenKind.Word) || (k + 1 < tokens.Count && tokens[k + 1].Kind != ThaiTokenKind.Word)))
            return false;
        if (context.OpenStart && covering.Index == 0) return false;
        if (context.OpenEnd && covering.Index + covering.Text.Length == run.Length) return false;
        return SpacingLetters(covering.Text) >= MinRepairedWordLength
            && !segmenter.Dictionary.Contains(run.AsSpan(covering.Index, covering.Text.Length));
    }

    // Marks do not count: ต่ำ and น้ำ are two-letter words with an equally short า twin (ต่า, น้า).
    private static int SpacingLetters(string word) => word.Count(c => !ThaiCharacters.IsCombiningMark(c));

    // า straight after a consonant, or after a consonant and its tone mark (น้า for น้ำ): where ำ stood.
    private static bool IsCandidate(string text, int p) =>
        text[p] == SaraAa
        && (ThaiCharacters.IsConsonant(text[p - 1])
            || (p >= 2 && ThaiCharacters.IsToneMark(text[p - 1]) && ThaiCharacters.IsConsonant(text[p - 2])));
}
