using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>How sound a text layer reads: its Thai words against the dictionary, impossible sequences, private-use code points.</summary>
/// <param name="ThaiWords">Thai tokens the segmenter cut (dictionary words and unknown pieces; adjacent unknown clusters are one piece).</param>
/// <param name="KnownWords">Those found in the dictionary.</param>
/// <param name="Faults">Impossible character sequences.</param>
/// <param name="PrivateUse">Code points in the private-use area (U+E000–U+F8FF): glyphs whose letter the font does not say.</param>
/// <param name="Characters">Characters other than whitespace.</param>
public sealed record TextLayerScore(int ThaiWords, int KnownWords, ThaiSequenceFaults Faults, int PrivateUse, int Characters)
{
    /// <summary>Share of Thai words found in the dictionary, 0..1; 1 when there are none.</summary>
    public double DictionaryShare => ThaiWords == 0 ? 1 : (double)KnownWords / ThaiWords;

    /// <summary>Share of characters in the private-use area, 0..1.</summary>
    public double PrivateUseShare => Characters == 0 ? 0 : (double)PrivateUse / Characters;

    /// <summary>The score of <paramref name="lines"/> read with <paramref name="segmenter"/>.</summary>
    public static TextLayerScore Of(IEnumerable<string> lines, ThaiWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(segmenter);
        int words = 0, known = 0, privateUse = 0, characters = 0;
        var faults = default(ThaiSequenceFaults);
        foreach (var line in lines)
        {
            foreach (var token in segmenter.Tokenize(line))
            {
                if (token.Kind is not (ThaiTokenKind.Word or ThaiTokenKind.Unknown) || IsAbbreviation(line, token)) continue;
                words++;
                if (token.Kind == ThaiTokenKind.Word) known++;
            }
            foreach (char c in line)
            {
                if (char.IsWhiteSpace(c)) continue;
                characters++;
                if (c is >= '\uE000' and <= '\uF8FF') privateUse++;
            }
            faults += ThaiSequenceFaults.Count(line);
        }
        return new TextLayerScore(words, known, faults, privateUse, characters);
    }

    /// <summary>Letters before a dot (พ.ศ., ต.ค., ศปท.) abbreviate words: the dictionary neither knows nor needs them.</summary>
    private static bool IsAbbreviation(string line, ThaiToken token)
    {
        int end = token.Index + token.Text.Length;
        return end < line.Length && line[end] == '.' && token.Text.Count(c => !ThaiCharacters.IsCombiningMark(c)) <= MaxAbbreviationLetters;
    }

    private const int MaxAbbreviationLetters = 4;
}
