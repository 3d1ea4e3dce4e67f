using System.Text;
using DocIngest.Core.Parsing.People;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>
/// Fixes Thai OCR confusions in recognised text, line by line, in five passes:
/// (0) sara am read as two glyphs (ต้าบล -> ตำบล) where the dictionary confirms it (<see cref="SaraAmMisreadings"/>);
/// (1) lexicon: a piece of text within a few OCR-typical edits (<see cref="ThaiEditCosts"/>) of exactly one official
/// term becomes that term (วนที่ -> วันที่, องคการบริหารสวนตำบล -> องค์การบริหารส่วนตำบล); short terms (ที่, เรื่อง)
/// only when they stand alone as a token;
/// (2) dictionary: an unknown piece that one cheap edit (a mark added, dropped or swapped for a look-alike) makes fully
/// readable as dictionary words is changed, when exactly one such edit exists.
/// (3) marks: a tone mark OCR added from a speck is dropped, and one it lost over an upper vowel of a frequent word
/// is put back (<see cref="DroppedToneMarks"/>), and a word read as another word by one look-alike swap is put right
/// where the other reading makes one dictionary word with what follows (ชื่อ|สัตย์ -> ซื่อสัตย์, ยืด|ถือ -> ยึดถือ);
/// (4) names: the first names and surnames after a title get back marks lost from the components names are built of
/// (นายสมศักดิ -> นายสมศักดิ์, <see cref="PersonNameSpelling"/>).
/// Nothing is changed when two readings compete. Text is normalised first (<see cref="ThaiText.Normalize"/>).
/// </summary>
public sealed class OcrTextCorrector
{
    private static readonly Lazy<OcrTextCorrector> DefaultInstance = new(() => new OcrTextCorrector(ThaiLexicon.Default, ThaiWordSegmenter.Default));

    // Terms this short are ordinary words too often to be matched inside running text.
    private const int ShortTermLength = 6;
    // Terms at least this long are too specific to be mimicked by ordinary words.
    private const int LongTermLength = 8;
    // Two candidate terms whose costs differ by less than this are a tie: the correction is ambiguous.
    private const double AmbiguityMargin = 0.3;
    // Longest unknown window the dictionary pass tries edits on; longer ones are names or garbage.
    private const int MaxDictionaryWindow = 24;
    private const int NeighbourWords = 2;
    // A dictionary correction must produce a word at least this long around the edit.
    private const int MinCorrectedWordLength = 5;

    private const char Thanthakhat = '\u0E4C';

    private static readonly char[] InsertableMarks = ['\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E31', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E38', '\u0E39', '\u0E47', '\u0E4C'];

    private readonly string[] terms;
    private readonly (string Head, string Tail)[] termSkeletonHalves;
    private readonly ThaiWordSegmenter segmenter;
    private readonly DroppedToneMarks droppedMarks = DroppedToneMarks.Default;
    private readonly SaraAmMisreadings saraAm;
    private readonly PersonNameSpelling nameSpelling;

    /// <summary>
    /// A corrector matching against <paramref name="lexicon"/>, reading words with <paramref name="segmenter"/> and
    /// names with <paramref name="nameSpelling"/> (the shipped name components when null).
    /// </summary>
    public OcrTextCorrector(ThaiLexicon lexicon, ThaiWordSegmenter segmenter, PersonNameSpelling? nameSpelling = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        saraAm = new SaraAmMisreadings(segmenter);
        this.nameSpelling = nameSpelling ?? PersonNameSpelling.Default;
        // Abbreviations are too short and dotted to match approximately; every other spelling is a target as written.
        terms = lexicon.Entries.SelectMany(e => e.Spellings).Where(s => !s.EndsWith('.') && !s.Contains('ฯ'))
            .Select(ThaiText.Normalize).Distinct().ToArray();
        termSkeletonHalves = terms.Select(t => ThaiEditCosts.Skeleton(t)).Select(k => (k[..(k.Length / 2)], k[(k.Length / 2)..])).ToArray();
    }

    /// <summary>The corrector over the default lexicon and dictionary.</summary>
    public static OcrTextCorrector Default => DefaultInstance.Value;

    /// <summary>Corrects every line of <paramref name="text"/>.</summary>
    public CorrectedText Correct(string text)
    {
        string normalized = ThaiText.Normalize(text ?? string.Empty);
        var edits = new List<TextEdit>();
        var output = new StringBuilder(normalized.Length);
        int offset = 0;
        foreach (var line in normalized.Split('\n'))
        {
            if (output.Length > 0) output.Append('\n');
            output.Append(CorrectLine(line, offset, edits));
            offset += line.Length + 1;
        }
        return new CorrectedText(output.ToString(), edits);
    }

    /// <summary>The corrected text only.</summary>
    public string CorrectText(string text) => Correct(text).Text;

    private string CorrectLine(string line, int offset, List<TextEdit> edits)
    {
        if (!line.Any(ThaiCharacters.IsThaiLetter)) return line;
        line = Apply(line, saraAm.Edits(line), offset, TextEditReason.Dictionary, edits);
        var lexiconEdits = LexiconEdits(line);
        string afterLexicon = Apply(line, lexiconEdits, offset, TextEditReason.Lexicon, edits);
        var dictionaryEdits = DictionaryEdits(afterLexicon);
        // Dictionary edits are reported against the line as it stood after the lexicon pass.
        string afterDictionary = Apply(afterLexicon, dictionaryEdits, offset, TextEditReason.Dictionary, edits);
        string afterSpurious = Apply(afterDictionary, SpuriousToneMarkEdits(afterDictionary), offset, TextEditReason.Dictionary, edits);
        string afterMarks = Apply(afterSpurious, DroppedMarkEdits(afterSpurious), offset, TextEditReason.Dictionary, edits);
        string afterPhrases = Apply(afterMarks, PhraseEdits(afterMarks), offset, TextEditReason.Dictionary, edits);
        return Apply(afterPhrases, NameEdits(afterPhrases), offset, TextEditReason.PersonName, edits);
    }

    /// <summary>
    /// A word read as another word by one look-alike swap (<see cref="LookAlikeVariants"/>: a letter, vowel or tone mark
    /// read as its twin) where the right reading makes one dictionary word of it and what follows: ยึดถือ read ยืด|ถือ,
    /// ซื่อสัตย์ read ชื่อ|สัตย์, คำสั่ง read ดำ|สั่ง, เชื้อเพลิง read เชื่อ|เพลิง. Every piece as read is a word, so the
    /// dictionary pass (unknown pieces only) cannot see it; the phrase can. The swap lies in the first word (a swap in
    /// the second made the first word's compounds: การยืน -> การยืม, ศูนย์ปฏิบัติการ -> a misspelt entry), the new word
    /// reaches past it, has <see cref="MinPhraseWordLength"/> letters or more, is longer than any word the text as read
    /// makes there (ยืด|หยุ่น stays), ends where the line reads on as a word (ยึดถือ|เป็น), and no other swap makes a word
    /// as long there. Names are left as spelled.
    /// </summary>
    private List<(int Index, int Length, string Replacement)> PhraseEdits(string line)
    {
        var edits = new List<(int Index, int Length, string Replacement)>();
        var tokens = segmenter.Tokenize(line);
        var dictionary = segmenter.Dictionary;
        var nameWords = PersonNames.NameWords(line).ToList();
        for (int k = 0; k + 1 < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != ThaiTokenKind.Word || !Adjoins(tokens, k)) continue;
            // A name is spelled as it is (พรมมา, นางสะพาน), not as the dictionary's words.
            if (nameWords.Any(w => w.Index < token.Index + token.Text.Length + 1 && token.Index < w.Index + w.Length)) continue;
            int last = k + 1;
            while (last + 1 < tokens.Count && last - k < PhraseWords && Adjoins(tokens, last)) last++;
            int end = NextThaiBreak(line, token.Index);
            int windowEnd = Math.Min(end, tokens[last].Index + tokens[last].Text.Length);
            string window = line[token.Index..windowEnd];
            int longestAsRead = dictionary.PrefixWordLengths(line, token.Index, end).DefaultIfEmpty(0).Max();
            bool WordFollows(int at) => at == end || dictionary.PrefixWordLengths(line, at, end).Any();
            string? best = null;
            int bestLength = 0;
            bool rival = false;
            foreach (var (variant, editAt) in LookAlikeVariants(window))
            {
                if (editAt >= token.Text.Length) continue;
                foreach (int length in dictionary.PrefixWordLengths(variant, 0, variant.Length))
                {
                    if (length <= editAt || length < MinPhraseWordLength || length <= Math.Max(longestAsRead, token.Text.Length)) continue;
                    if (!WordFollows(token.Index + length)) continue;
                    string word = variant[..length];
                    if (length > bestLength) (best, bestLength, rival) = (word, length, false);
                    else if (length == bestLength && word != best) rival = true;
                }
            }
            if (best is null || rival) continue;
            edits.Add((token.Index, bestLength, best));
            while (k + 1 < tokens.Count && tokens[k + 1].Index < token.Index + bestLength) k++;
        }
        return edits;
    }

    /// <summary>Every string one look-alike swap away from <paramref name="window"/> (ช for ซ, ด for ต, ื for ึ), with where the swap is.</summary>
    private static IEnumerable<(string Text, int EditAt)> LookAlikeVariants(string window)
    {
        for (int p = 0; p < window.Length; p++)
            foreach (char alike in LookAlikesOf(window[p]).Where(a => !IsWordPairTwin(window[p], a)))
                yield return (string.Concat(window.AsSpan(0, p), alike.ToString(), window.AsSpan(p + 1)), p);
    }

    // ว and จ open as many common words each (วัด and จัด: แบบวัดการรับรู้ is no จัดการ); a phrase cannot tell them apart.
    private static bool IsWordPairTwin(char a, char b) => (a, b) is ('ว', 'จ') or ('จ', 'ว');

    /// <summary>
    /// Fewest letters of the word <see cref="PhraseEdits"/> makes: both readings are words, and a five-letter word made by
    /// a swap was a place name or a rare word on the tuning material (นางสะพาน read มางสะ|พาน, ลำดับ read ลำลับ -> ลาลับ).
    /// </summary>
    private const int MinPhraseWordLength = 6;

    /// <summary>Most words after the first that <see cref="PhraseEdits"/> reads into one word.</summary>
    private const int PhraseWords = 2;

    // True when token k + 1 is a word that follows token k with nothing between.
    private static bool Adjoins(IReadOnlyList<ThaiToken> tokens, int k) =>
        tokens[k + 1].Kind == ThaiTokenKind.Word && tokens[k + 1].Index == tokens[k].Index + tokens[k].Text.Length;

    private static int NextThaiBreak(string line, int start)
    {
        int end = start;
        while (end < line.Length && ThaiCharacters.IsThaiLetter(line[end])) end++;
        return end;
    }

    /// <summary>First names and surnames after a title whose lost marks <see cref="PersonNameSpelling"/> restores.</summary>
    private List<(int Index, int Length, string Replacement)> NameEdits(string line) =>
        PersonNames.NameWords(line)
            .Select(w => (w.Index, w.Length, Replacement: nameSpelling.Repair(line.Substring(w.Index, w.Length))))
            .Where(e => e.Replacement is not null)
            .Select(e => (e.Index, e.Length, e.Replacement!))
            .ToList();

    /// <summary>
    /// Words that lost a tone mark over their upper vowel (<see cref="DroppedToneMarks"/>): the token gets it back. The
    /// word without its mark is often no word the segmenter knows, which then cuts it into pieces that are (เกียวข้อง
    /// reads เกีย|ว|ข้อง, เชือม reads เชื|อม), so a run of up to <see cref="MaxDroppedMarkTokens"/> adjacent tokens that
    /// together spell a listed word without its mark gets it back too, the longest run first; a run only when the
    /// spelling is at least <see cref="MinDroppedMarkRunLength"/> characters (a short one, ที, could be pieced
    /// together by chance).
    /// </summary>
    private List<(int Index, int Length, string Replacement)> DroppedMarkEdits(string line)
    {
        var tokens = segmenter.Tokenize(line);
        var edits = new List<(int Index, int Length, string Replacement)>();
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind is not (ThaiTokenKind.Word or ThaiTokenKind.Unknown)) continue;
            int last = k;
            while (last + 1 < tokens.Count && last + 1 - k < MaxDroppedMarkTokens && tokens[last + 1].Kind is ThaiTokenKind.Word or ThaiTokenKind.Unknown) last++;
            for (int m = last; m >= k; m--)
            {
                int index = tokens[k].Index;
                int length = tokens[m].Index + tokens[m].Text.Length - index;
                if (m > k && length < MinDroppedMarkRunLength) continue;
                if (droppedMarks.Restore(line.Substring(index, length)) is not { } marked) continue;
                edits.Add((index, length, marked));
                k = m;
                break;
            }
        }
        return edits;
    }

    /// <summary>Most adjacent tokens <see cref="DroppedMarkEdits"/> joins into one word without its mark.</summary>
    private const int MaxDroppedMarkTokens = 4;

    /// <summary>Fewest characters a run of several tokens must spell for <see cref="DroppedMarkEdits"/> to restore it.</summary>
    private const int MinDroppedMarkRunLength = 4;

    /// <summary>
    /// Tone marks OCR added from specks: a mark that turns a longer dictionary word into pieces that happen to be short
    /// words too (ดำเนิ่นงาน reads ดำ|เนิ่น|งาน; without the mark, ดำเนินงาน). The dictionary pass misses these, as every
    /// piece is known. A mark is dropped when, without it, the word and its neighbours read in fewer words, nothing
    /// unknown is added, and the edited letter lies in a word of at least <see cref="MinCorrectedWordLength"/> letters
    /// that reaches past the marked word and absorbs a fragment of the old reading (a one- or two-letter or unknown
    /// piece); only when exactly one mark of the piece qualifies.
    /// </summary>
    private List<(int Index, int Length, string Replacement)> SpuriousToneMarkEdits(string line)
    {
        var chosen = new List<(int Index, int Length, string Replacement)>();
        var tokens = segmenter.Tokenize(line);
        for (int k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != ThaiTokenKind.Word || !token.Text.Any(ThaiCharacters.IsToneMark)) continue;
            int first = k, last = k;
            while (first > 0 && k - first < NeighbourWords && tokens[first - 1].Kind is ThaiTokenKind.Word or ThaiTokenKind.Unknown) first--;
            while (last + 1 < tokens.Count && last - k < NeighbourWords && tokens[last + 1].Kind is ThaiTokenKind.Word or ThaiTokenKind.Unknown) last++;
            int index = tokens[first].Index;
            int length = tokens[last].Index + tokens[last].Text.Length - index;
            if (chosen.Count > 0 && chosen[^1].Index + chosen[^1].Length > index) continue;
            string window = line.Substring(index, length);
            var before = segmenter.Score(window);
            var windowTokens = tokens.Skip(first).Take(last - first + 1).ToList();
            int tokenStart = token.Index - index, tokenEnd = tokenStart + token.Text.Length;
            var readings = new List<string>();
            for (int p = tokenStart; p < tokenEnd; p++)
            {
                if (!ThaiCharacters.IsToneMark(window[p])) continue;
                string variant = window.Remove(p, 1);
                var after = segmenter.Score(variant);
                if (after.UnknownCharacters > before.UnknownCharacters || after.Tokens >= before.Tokens) continue;
                var covering = segmenter.Tokenize(variant).FirstOrDefault(t => t.Index <= p - 1 && p - 1 < t.Index + t.Text.Length);
                if (covering is null || covering.Kind != ThaiTokenKind.Word || covering.Text.Length < MinCorrectedWordLength) continue;
                if (covering.Index >= tokenStart && covering.Index + covering.Text.Length <= tokenEnd - 1) continue;
                // The mark must have broken the word into fragments (a piece of one or two letters, or an unknown one):
                // two real words side by side (เรือง|ร้อง) may also read as one without a mark (เรืองรอง) and stay.
                int coverStart = covering.Index, coverEnd = covering.Index + covering.Text.Length;
                if (coverEnd >= p) coverEnd++;
                bool fragmented = windowTokens.Any(t => t.Index - index < coverEnd && coverStart < t.Index - index + t.Text.Length
                    && (t.Kind == ThaiTokenKind.Unknown || t.Text.Length <= 2));
                if (!fragmented) continue;
                readings.Add(variant);
            }
            if (readings.Count == 1) chosen.Add((index, length, readings[0]));
        }
        return chosen;
    }

    private List<(int Index, int Length, string Replacement)> LexiconEdits(string line)
    {
        var exact = new List<(int Index, int End, string Term)>();
        var candidates = new List<(int Index, int Length, string Term, double Cost)>();
        string lineSkeleton = ThaiEditCosts.Skeleton(line);
        for (int t = 0; t < terms.Length; t++)
        {
            string term = terms[t];
            // Within the threshold a term suffers at most one edit that is not cheap, so one half of its skeleton
            // survives intact: a term neither half of which is in the line cannot match and is not searched.
            var (head, tail) = termSkeletonHalves[t];
            if (!lineSkeleton.Contains(head, StringComparison.Ordinal) && !lineSkeleton.Contains(tail, StringComparison.Ordinal)) continue;
            bool isShort = term.Length <= ShortTermLength;
            foreach (var match in ApproximateSearch.FindAll(line, term, Threshold(term)))
            {
                bool alone = StandsAlone(line, match.Index, match.Length);
                if (isShort && !alone) continue;
                // Inside running text a medium-length term can be mimicked by real words (ขอเสนอ "to propose" vs
                // ข้อเสนอ "proposal"): leave pieces the dictionary already reads.
                if (!alone && match.Cost > 0 && term.Length < LongTermLength && ReadsAsWords(line.Substring(match.Index, match.Length))) continue;
                if (match.Cost == 0) exact.Add((match.Index, match.Index + match.Length, term));
                else candidates.Add((match.Index, match.Length, term, match.Cost));
            }
        }
        var chosen = new List<(int Index, int Length, string Replacement)>();
        foreach (var c in candidates.OrderBy(c => c.Cost).ThenByDescending(c => c.Length))
        {
            int end = c.Index + c.Length;
            // Text that already spells a term exactly is right as printed, unless a longer term holds it whole
            // (ตรวจสอบภายใน inside a misread หน่วยตรวจสอบภายใน).
            if (exact.Any(e => e.Index < end && c.Index < e.End && !(c.Term.Length > e.Term.Length && c.Index <= e.Index && e.End <= end))) continue;
            // Differing only in spaces is layout, not a misreading: the corrector leaves it.
            if (WithoutSpaces(line.Substring(c.Index, c.Length)) == WithoutSpaces(c.Term)) continue;
            bool rival = candidates.Any(o => o.Term != c.Term && o.Index < end && c.Index < o.Index + o.Length
                && Math.Abs(o.Cost - c.Cost) < AmbiguityMargin && !IsPartOf(o.Term, c.Term));
            if (rival) continue;
            if (chosen.Any(o => o.Index < end && c.Index < o.Index + o.Length)) continue;
            chosen.Add((c.Index, c.Length, c.Term));
        }
        return chosen;
    }

    private List<(int Index, int Length, string Replacement)> DictionaryEdits(string line)
    {
        var chosen = new List<(int Index, int Length, string Replacement)>();
        var tokens = segmenter.Tokenize(line);
        var nameWords = PersonNames.NameWords(line).ToList();
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != ThaiTokenKind.Unknown) continue;
            // The unknown piece with up to two Thai words each side: a misread mark often leaves known words
            // around junk (คำสังมอบ reads คำ|สั|งม|อบ), and the right reading needs them back.
            int first = k, last = k;
            while (first > 0 && k - first < NeighbourWords && tokens[first - 1].Kind == ThaiTokenKind.Word) first--;
            while (last + 1 < tokens.Count && last - k < NeighbourWords && tokens[last + 1].Kind == ThaiTokenKind.Word) last++;
            int index = tokens[first].Index;
            int length = tokens[last].Index + tokens[last].Text.Length - index;
            if (length > MaxDictionaryWindow) continue;
            if (chosen.Count > 0 && chosen[^1].Index + chosen[^1].Length > index) continue;
            string window = line.Substring(index, length);
            int windowTokens = last - first + 1;
            var readings = SingleEditVariants(window, 0, window.Length)
                .Where(v => !SilencesInsideName(window, v, index, nameWords))
                .Where(v => IsConvincingReading(v.Text, v.EditAt, windowTokens))
                .Select(v => v.Text)
                .Distinct(StringComparer.Ordinal)
                .Take(2)
                .ToList();
            if (readings.Count == 1) chosen.Add((index, length, readings[0]));
        }
        return chosen;
    }

    /// <summary>
    /// True when <paramref name="variant"/> puts a ์ before the last letter of a name word. Names join Pali parts in
    /// their bare spelling (รัตนชัย, สิทธิชัย), and one ์ would make them read as words (รัตน์|ชัย). Other edits inside
    /// names stay: a vowel OCR lost (ศรีสวรรณ -> ศรีสุวรรณ) is put back as in any word.
    /// </summary>
    private static bool SilencesInsideName(string window, (string Text, int EditAt) variant, int windowIndex, List<(int Index, int Length)> nameWords)
    {
        if (variant.Text.Length != window.Length + 1 || variant.Text[variant.EditAt] != Thanthakhat) return false;
        int at = windowIndex + variant.EditAt;
        return nameWords.Any(w => w.Index < at && at < w.Index + w.Length);
    }

    /// <summary>
    /// A reading worth a correction: every letter known, no more tokens than before, and the edited letter inside a
    /// word of at least <see cref="MinCorrectedWordLength"/> letters. Short words are everywhere in the dictionary and
    /// would "explain" names and junk (สันเทียะ -> สัน|เท|ยะ); a long word rarely appears by accident.
    /// </summary>
    private bool IsConvincingReading(string variant, int editAt, int tokensBefore)
    {
        var score = segmenter.Score(variant);
        if (score.UnknownCharacters > 0 || score.Tokens > tokensBefore) return false;
        var tokens = segmenter.Tokenize(variant);
        if (tokens.Count > tokensBefore || tokens.Any(t => t.Kind != ThaiTokenKind.Word)) return false;
        var covering = tokens.FirstOrDefault(t => t.Index <= editAt && editAt < t.Index + Math.Max(1, t.Text.Length));
        return covering is not null && covering.Text.Length >= MinCorrectedWordLength;
    }

    /// <summary>Every string one cheap edit away from <paramref name="window"/>, editing only in [from, to] (±1), with where the edit is.</summary>
    private static IEnumerable<(string Text, int EditAt)> SingleEditVariants(string window, int from, int to)
    {
        int lo = Math.Max(0, from - 1), hi = Math.Min(window.Length, to + 1);
        for (int p = lo; p < hi; p++)
        {
            char c = window[p];
            if (ThaiCharacters.IsCombiningMark(c)) yield return (window.Remove(p, 1), Math.Max(0, p - 1));
            foreach (char alike in LookAlikesOf(c)) yield return (string.Concat(window.AsSpan(0, p), alike.ToString(), window.AsSpan(p + 1)), p);
        }
        for (int p = Math.Max(1, lo); p <= hi; p++)
        {
            char before = window[p - 1];
            if (!ThaiCharacters.IsConsonant(before) && !ThaiCharacters.IsCombiningMark(before)) continue;
            foreach (char mark in InsertableMarks) yield return (window.Insert(p, mark.ToString()), p);
        }
    }

    private static IEnumerable<char> LookAlikesOf(char c)
    {
        for (char x = '\u0E01'; x <= '\u0E4E'; x++)
            if (ThaiEditCosts.AreLookAlikes(c, x)) yield return x;
    }

    private static string Apply(string line, List<(int Index, int Length, string Replacement)> changes, int offset, TextEditReason reason, List<TextEdit> edits)
    {
        if (changes.Count == 0) return line;
        var sb = new StringBuilder(line.Length);
        int pos = 0;
        foreach (var (index, length, replacement) in changes.OrderBy(c => c.Index))
        {
            sb.Append(line, pos, index - pos);
            string original = line.Substring(index, length);
            string fixedText = ThaiText.FixMarks(replacement);
            if (original != fixedText)
            {
                edits.Add(new TextEdit(offset + sb.Length, original, fixedText, reason));
            }
            sb.Append(fixedText);
            pos = index + length;
        }
        sb.Append(line, pos, line.Length - pos);
        return sb.ToString();
    }

    /// <summary>How far a piece may be from a term: one cheap edit for short terms, one more per 4 letters, at most 1.6.</summary>
    private static double Threshold(string term) =>
        Math.Min(1.6, ThaiEditCosts.Cheap * Math.Max(1, (int)Math.Round(term.Length / 4.0, MidpointRounding.AwayFromZero)) + 0.05);

    private static string WithoutSpaces(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

    private bool ReadsAsWords(string piece) => segmenter.Score(piece).UnknownCharacters == 0;

    private static bool StandsAlone(string line, int index, int length) =>
        (index == 0 || !ThaiCharacters.IsThaiLetter(line[index - 1]))
        && (index + length == line.Length || !ThaiCharacters.IsThaiLetter(line[index + length]));

    private static bool IsPartOf(string a, string b) => a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
}
