using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>What to do with a page's text layer.</summary>
public enum TextLayerDecision
{
    /// <summary>Sound as it is.</summary>
    Accepted,
    /// <summary>Used after repairs.</summary>
    Repaired,
    /// <summary>Not used: even repaired it reads too badly; the page is recognised by OCR instead.</summary>
    Rejected,
}

/// <summary>A text layer judged: the decision, the scores before and after repair, the repaired lines and why.</summary>
/// <param name="Decision">Whether the layer is used as it is, repaired, or not at all.</param>
/// <param name="Before">The score of the lines as the layer gave them.</param>
/// <param name="After">The score of the repaired lines.</param>
/// <param name="Repairs">What the repair changed.</param>
/// <param name="Lines">The repaired lines, one for each line judged, in the same order.</param>
/// <param name="Reason">Null when accepted as it is; otherwise a short page warning saying what was done and why.</param>
public sealed record TextLayerVerdict(
    TextLayerDecision Decision, TextLayerScore Before, TextLayerScore After, TextLayerRepairCounts Repairs,
    IReadOnlyList<string> Lines, string? Reason);

/// <summary>
/// Judges a page's text layer instead of trusting it: scores it, repairs what is certain (<see cref="TextLayerRepair"/>),
/// scores it again, and rejects it when the repaired text still reads badly: too few Thai words in the dictionary,
/// too many impossible sequences, or private-use code points. Thresholds were chosen on the corpus pages
/// (docs/text-layers.md).
/// </summary>
public sealed class TextLayerJudge
{
    /// <summary>Below this share of Thai words in the dictionary the layer is not used.</summary>
    public const double MinDictionaryShare = 0.80;

    /// <summary>Impossible sequences per Thai word above which the layer is not used.</summary>
    public const double MaxFaultsPerWord = 0.05;

    /// <summary>Private-use share above which the layer is not used (a few PUA glyphs are stray symbols).</summary>
    public const double MaxPrivateUseShare = 0.02;

    /// <summary>With fewer Thai words than this the shares say too little: only faults and private use count.</summary>
    public const int MinWordsToJudge = 20;

    private readonly ThaiWordSegmenter segmenter;
    private readonly TextLayerRepair repair;

    /// <summary>A judge reading words with <paramref name="segmenter"/>.</summary>
    public TextLayerJudge(ThaiWordSegmenter segmenter)
    {
        this.segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        repair = new TextLayerRepair(segmenter);
    }

    /// <summary>The judge over the default dictionary.</summary>
    public static TextLayerJudge Default { get; } = new(ThaiWordSegmenter.Default);

    /// <summary>The score of <paramref name="lines"/> as they are.</summary>
    public TextLayerScore Score(IEnumerable<string> lines) => TextLayerScore.Of(lines, segmenter);

    /// <summary>Scores, repairs and decides on the lines of one page (running text and table cells alike).</summary>
    public TextLayerVerdict Judge(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var before = Score(lines);
        var repaired = new List<string>(lines.Count);
        var counts = default(TextLayerRepairCounts);
        foreach (var line in lines)
        {
            var (text, lineCounts) = repair.Repair(line);
            repaired.Add(text);
            counts += lineCounts;
        }
        var after = counts.Total == 0 ? before : Score(repaired);
        string? problem = FindProblem(after);
        if (problem is not null) return new TextLayerVerdict(TextLayerDecision.Rejected, before, after, counts, repaired, problem);
        return counts.Total == 0
            ? new TextLayerVerdict(TextLayerDecision.Accepted, before, after, counts, repaired, null)
            : new TextLayerVerdict(TextLayerDecision.Repaired, before, after, counts, repaired, $"text layer repaired: {counts}");
    }

    private static string? FindProblem(TextLayerScore score)
    {
        if (score.PrivateUseShare > MaxPrivateUseShare)
            return $"{score.PrivateUse} private-use characters ({score.PrivateUseShare * 100:0.#} %)";
        if (score.Faults.Total > Math.Max(1, MaxFaultsPerWord * score.ThaiWords))
            return $"{score.Faults.Total} impossible Thai sequences ({Describe(score.Faults)})";
        if (score.ThaiWords >= MinWordsToJudge && score.DictionaryShare < MinDictionaryShare)
            return $"only {Math.Floor(score.DictionaryShare * 100):0} % of Thai words in the dictionary";
        return null;
    }

    private static string Describe(ThaiSequenceFaults faults)
    {
        var parts = new List<string>(4);
        Add(faults.MarksWithoutBase, "without a letter");
        Add(faults.MarksAfterSpace, "after a space");
        Add(faults.TonesBeforeVowel, "tone before its vowel", noun: false);
        Add(faults.LatinInsideThai, "Latin letter inside a Thai word", noun: false);
        return string.Join(", ", parts);

        void Add(int count, string what, bool noun = true)
        {
            if (count > 0) parts.Add(noun ? $"{count} mark{(count == 1 ? "" : "s")} {what}" : $"{count} × {what}");
        }
    }
}
