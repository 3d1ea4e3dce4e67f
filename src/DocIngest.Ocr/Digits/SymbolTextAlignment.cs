using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Digits;

/// <summary>
/// Which characters of a recognised line's text each symbol produced. Symbols follow the text in order and
/// spaces are not symbols; the text is normalised (<see cref="ThaiText.Normalize"/>) while symbols are raw,
/// so a run of symbols such as ํ + า may together make one character (ำ).
/// </summary>
public static class SymbolTextAlignment
{
    private const int MaxSymbolsPerCharacterRun = 3;

    /// <summary>
    /// Start and length in <paramref name="text"/> for each symbol (length 0 for a symbol that was merged into its
    /// predecessor's span), or null when the symbols do not spell the text, in which case nothing may be rewritten.
    /// </summary>
    public static (int Start, int Length)[]? Align(string text, IReadOnlyList<RecognizedSymbol> symbols)
    {
        var spans = new (int Start, int Length)[symbols.Count];
        int position = 0;
        for (int i = 0; i < symbols.Count; i++)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
            string raw = symbols[i].Text;
            if (raw.Length > 0 && string.CompareOrdinal(text, position, raw, 0, raw.Length) == 0)
            {
                spans[i] = (position, raw.Length);
                position += raw.Length;
                continue;
            }
            int merged = MatchNormalisedRun(text, position, symbols, i);
            if (merged < 0 && IsRepeatedMark(text, position, raw))
            {
                // Normalising dropped this mark as a repeat of one its letter already has (น้้า -> น้า).
                spans[i] = (position, 0);
                continue;
            }
            if (merged < 0) return null;
            string normalised = ThaiText.Normalize(string.Concat(symbols.Skip(i).Take(merged).Select(s => s.Text)));
            spans[i] = (position, normalised.Length);
            for (int k = 1; k < merged; k++) spans[i + k] = (position + normalised.Length, 0);
            position += normalised.Length;
            i += merged - 1;
        }
        while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
        return position == text.Length ? spans : null;
    }

    /// <summary>
    /// A single mark the text already holds among the marks right before <paramref name="position"/>: a mark the engine
    /// read twice on one letter, which <see cref="ThaiText.Normalize"/> keeps once (<see cref="ThaiText.FixMarks"/>).
    /// </summary>
    private static bool IsRepeatedMark(string text, int position, string raw)
    {
        if (raw.Length != 1 || !ThaiCharacters.IsCombiningMark(raw[0])) return false;
        for (int k = position - 1; k >= 0 && ThaiCharacters.IsCombiningMark(text[k]); k--)
            if (text[k] == raw[0]) return true;
        return false;
    }

    /// <summary>How many symbols from <paramref name="first"/> on, once normalised together, match the text at <paramref name="position"/>; -1 if none do.</summary>
    private static int MatchNormalisedRun(string text, int position, IReadOnlyList<RecognizedSymbol> symbols, int first)
    {
        string run = "";
        for (int count = 1; count <= MaxSymbolsPerCharacterRun && first + count <= symbols.Count; count++)
        {
            run += symbols[first + count - 1].Text;
            string normalised = ThaiText.Normalize(run);
            if (normalised.Length > 0 && string.CompareOrdinal(text, position, normalised, 0, normalised.Length) == 0) return count;
        }
        return -1;
    }
}
