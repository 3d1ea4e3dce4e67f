using System.Text.RegularExpressions;
using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Which engine reads a table cell. Most cells of Thai tables hold Thai words, Thai or Arabic numbers and a few signs;
/// the page's engine reads them with Thai and English, and asks the English model again for every line whose Thai
/// words are not all accepted, which is most Thai lines. The cell is read first by the engine without English; its
/// reading is kept, and the cell's later re-reads go to that engine too, when nothing in it suggests Latin text
/// (<see cref="ShowsNoLatin"/>) and it is not a lone short token where a number may stand (<see cref="KeepsThaiReading"/>). Otherwise the cell is read again by the engine with English, as it always was, so a
/// Latin word (ITA, an English term in brackets, which the Thai model reads as signs or as a jumble of scripts) still
/// reaches the English model and the <c>cell latin words</c> pass.
/// Whether a table's cells may be read this way at all is decided from the table, not from the cell: the Thai model
/// reads Latin capitals as digits ("IIT" as "111", "OIT" as "011"), which no test of the cell's own text can tell from a
/// number, and score tables (ITA results, indicators) hold such acronyms and grade letters. So the table's top row is read by the page's
/// engine first and the Thai read is refused when it names scores or shows Latin (<see cref="HeadingsAllowThaiRead"/>); and
/// when any cell of the table, read either way, shows Latin or is a label naming scores (<see cref="CellsAllowThaiRead"/>), the cells kept from the Thai read are read again by the
/// page's engine.
/// </summary>
public static partial class CellThaiRead
{
    /// <summary>
    /// The longest cell, in characters, read as a label (a row's or column's name) rather than as text: "ระดับผลการประเมิน"
    /// names a row of grades; a sentence that mentions an assessment or raising a level (ยกระดับ) in a plan's cell does not.
    /// </summary>
    public const int MaxLabelLength = 24;

    /// <summary>
    /// True when the table's top row (its headings, read by the page's engine) leaves the table to the Thai read: no
    /// heading shows a Latin letter or names a score, an indicator or a grade (<see cref="ScoreWord"/>).
    /// </summary>
    /// <param name="headings">The texts of the table's top row, lines joined by line breaks.</param>
    public static bool HeadingsAllowThaiRead(IEnumerable<string> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        return !headings.Any(t => t.Any(char.IsAsciiLetter) || ScoreWord().IsMatch(t));
    }

    /// <summary>
    /// True when the table's cells, read each by either engine, keep the table to the Thai read: no cell shows a Latin
    /// letter, and no label (one line of at most <see cref="MaxLabelLength"/> characters) names a score, an indicator or a
    /// grade, as the row labels of a table of scores by year do (คะแนนรวม, ระดับผลการประเมิน).
    /// </summary>
    /// <param name="cells">The texts of the table's cells, lines joined by line breaks.</param>
    public static bool CellsAllowThaiRead(IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return !cells.Any(t => t.Any(char.IsAsciiLetter) || (t.Length <= MaxLabelLength && !t.Contains('\n', StringComparison.Ordinal) && ScoreWord().IsMatch(t)));
    }

    /// <summary>
    /// Words of score tables' headings and row labels: คะแนน (score; its first letters, as OCR often garbles the rest),
    /// ระดับ (grade or level), ตัวชี้วัด (indicator), แบบวัด (survey form), ประเมิน (assessment), เกรด (grade).
    /// </summary>
    [GeneratedRegex("คะแน|ระดับ|ตัวชี้?วัด|แบบวัด|ประเมิน|เกรด")]
    private static partial Regex ScoreWord();

    /// <summary>Signs a Thai cell holds besides Thai characters, Arabic digits and spaces: dots, commas, dashes, slashes, brackets, colons, percent.</summary>
    private const string ThaiCellSigns = ".,-/():%";

    /// <summary>
    /// A cell read as one token of at most this many characters, not all digits, is read again by the page's engine: the
    /// length of the stray tokens the <c>cell numbers</c> pass reads as Thai digits (<see cref="Digits.ThaiDigitCorrectorOptions.MaxStrayLength"/>'s
    /// default).
    /// </summary>
    public const int MaxLoneTokenLength = 4;

    /// <summary>
    /// True when the cell's reading by the engine without English is kept: it shows no sign of Latin
    /// (<see cref="ShowsNoLatin"/>) and it is not one short token other than digits (<see cref="MaxLoneTokenLength"/>).
    /// The fast Thai model has no glyphs for ๔ ๖ ๗ ๘ ๙ and reads a lone one as a Thai letter ("ด" for ๗), which no digit
    /// pass takes for a number; the page's engine reads it as Latin letters or look-alikes, which the <c>cell numbers</c>
    /// pass reads again by the digit model. Such cells are small: read twice, they cost little.
    /// </summary>
    public static bool KeepsThaiReading(IReadOnlyList<RecognizedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!ShowsNoLatin(lines)) return false;
        string text = lines[0].Text.Trim();
        bool loneShortToken = lines.Count == 1 && text.Length <= MaxLoneTokenLength && !text.Contains(' ', StringComparison.Ordinal);
        return !loneShortToken || text.All(c => char.IsAsciiDigit(c) || c is >= '\u0E50' and <= '\u0E59');
    }

    /// <summary>
    /// True when <paramref name="lines"/>, a cell read by the engine without English, holds at least one line and every
    /// character is a Thai character (U+0E01-U+0E5B), an Arabic digit, a space or one of the signs Thai cells hold (<see cref="ThaiCellSigns"/>),
    /// and no token mixes scripts as a Latin word read by the Thai model does (<see cref="CellLatinWords.IsGarbledLatin"/>,
    /// or one or two digits between Thai letters).
    /// A Latin letter, or any other sign (the Thai model reads "ITA" as "|!โ/,"), sends the cell to the engine with English.
    /// </summary>
    public static bool ShowsNoLatin(IReadOnlyList<RecognizedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0) return false;
        foreach (var line in lines)
        {
            if (!line.Text.All(c => c is >= '\u0E01' and <= '\u0E5B' || char.IsAsciiDigit(c) || c == ' ' || ThaiCellSigns.Contains(c))) return false;
            if (Token().Matches(line.Text).Any(m => CellLatinWords.IsGarbledLatin(m.Value))) return false;
            if (DigitsInsideAWord().IsMatch(line.Text)) return false;
        }
        return true;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    /// <summary>
    /// One or two digits with Thai letters or marks on both sides: no Thai word holds a digit, and a number glued to a
    /// word is a year or an amount, longer. The Thai model reads an English term as Thai fragments and digits this way
    /// ("(ก็กา๐เพล๕๓ทาลท)" for "(Empowerment)").
    /// </summary>
    [GeneratedRegex(@"[\u0E01-\u0E4E](?:[\u0E50-\u0E590-9]{1,2})[\u0E01-\u0E4E]")]
    private static partial Regex DigitsInsideAWord();
}
