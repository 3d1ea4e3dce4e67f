using System.Globalization;
using System.Text;
using DocIngest.Core.Thai;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>
/// Word's automatic list numbers, which a page prints but no run of text holds: a plan whose measures Word numbers
/// "๑." "๒." (or "1.1", "ก.") has them only in numbering.xml. Paragraphs are given in document order (body and table
/// cells alike) and each numbered one gets its label as Word would print it: the level's text (<c>%1.%2.</c>) with every
/// level's counter in its own format (decimal, Thai digits, Thai letters, Latin letters, Roman), counters restarting
/// below a level that advances, a list instance's start override honoured, and digits drawn as Thai digits when the
/// number is set in an IT๙ font. Numbering given by a paragraph style counts like numbering given directly.
/// </summary>
public sealed class DocxListNumbering
{
    private readonly Dictionary<int, NumberingInstance> instances = [];
    private readonly Dictionary<int, AbstractNum> abstracts = [];
    private readonly DocxStyles styles;
    /// <summary>Counters per abstract list, per level; a list instance's start override restarts them on its first use.</summary>
    private readonly Dictionary<int, int[]> counters = [];
    private readonly HashSet<int> startedInstances = [];

    private readonly DocxFonts fonts;

    /// <summary>The numbering of <paramref name="document"/>'s main part (its numbering and style definitions).</summary>
    public static DocxListNumbering Of(WordprocessingDocument document, DocxStyles styles, DocxFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocxListNumbering(document.MainDocumentPart?.NumberingDefinitionsPart?.Numbering, styles, fonts);
    }

    /// <param name="numbering">The package's numbering.xml root, if any.</param>
    /// <param name="styles">The package's styles, for numbering a paragraph style gives.</param>
    /// <param name="fonts">The package's fonts, for labels an IT๙ font draws in Thai digits.</param>
    public DocxListNumbering(Numbering? numbering, DocxStyles styles, DocxFonts fonts)
    {
        this.styles = styles ?? throw new ArgumentNullException(nameof(styles));
        this.fonts = fonts ?? throw new ArgumentNullException(nameof(fonts));
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
            if (instance.NumberID?.Value is int id) instances[id] = instance;
        foreach (var list in numbering?.Elements<AbstractNum>() ?? [])
            if (list.AbstractNumberId?.Value is int id) abstracts[id] = list;
    }

    /// <summary>
    /// The label Word prints before <paramref name="paragraph"/> followed by its separator (a space; nothing when the level
    /// says so), or "" when the paragraph is not numbered. Advances the list's counters: call once per paragraph, in order.
    /// </summary>
    public string Label(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var (numberId, level) = NumberingOf(paragraph);
        if (numberId is not { } id || id == 0 || !instances.TryGetValue(id, out var instance)) return "";
        if (instance.AbstractNumId?.Val?.Value is not int abstractId || !abstracts.TryGetValue(abstractId, out var list)) return "";
        level = Math.Clamp(level, 0, 8);

        var levels = new Level?[9];
        foreach (var l in list.Elements<Level>())
            if (l.LevelIndex?.Value is int i and >= 0 and < 9) levels[i] = l;
        // A list instance may replace a level's start (Word's "restart numbering") or the whole level.
        var overrides = instance.Elements<LevelOverride>().Where(o => o.LevelIndex?.Value is >= 0 and < 9).ToList();
        foreach (var o in overrides)
            if (o.Level is { } replaced) levels[o.LevelIndex!.Value] = replaced;
        if (levels[level] is not { } current) return "";

        if (!counters.TryGetValue(abstractId, out var count))
        {
            count = new int[9];
            for (int i = 0; i < 9; i++) count[i] = Start(levels[i]) - 1;
            counters[abstractId] = count;
        }
        if (startedInstances.Add(id))
        {
            foreach (var o in overrides)
                if (o.StartOverrideNumberingValue?.Val?.Value is int start) count[o.LevelIndex!.Value] = start - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < 9; deeper++) count[deeper] = Start(levels[deeper]) - 1;

        var format = current.NumberingFormat?.Val;
        if (format is not null && format.Value == NumberFormatValues.None) return "";
        bool thaiDigits = fonts.LabelDrawsThaiDigits(current.NumberingSymbolRunProperties?.RunFonts, paragraph);
        string text = current.LevelText?.Val?.Value ?? $"%{level + 1}.";
        var label = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int referenced = text[i + 1] - '1';
                // isLgl: every level shown as a decimal ("1.1" under a list counted in Thai letters).
                bool legal = current.IsLegalNumberingStyle is { } lgl && (lgl.Val is null || lgl.Val.Value);
                var referencedFormat = legal ? NumberFormatValues.Decimal : levels[referenced]?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                label.Append(Format(Math.Max(count[referenced], Start(levels[referenced])), referencedFormat));
                i++;
            }
            else label.Append(text[i]);
        }
        string printed = format is not null && format.Value == NumberFormatValues.Bullet ? Bullet(label.ToString()) : label.ToString();
        if (thaiDigits) printed = ThaiDigits.ToThai(printed);
        if (printed.Length == 0) return "";
        var suffix = current.LevelSuffix?.Val;
        return suffix is not null && suffix.Value == LevelSuffixValues.Nothing ? printed : printed + " ";
    }

    /// <summary>The paragraph's list and level: its own numPr, else its style's (following basedOn).</summary>
    private (int? NumberId, int Level) NumberingOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        int? numberId = own?.NumberingId?.Val?.Value;
        int? level = own?.NumberingLevelReference?.Val?.Value;
        foreach (var style in styles.Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            if (numberId is not null && level is not null) break;
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            numberId ??= numbering?.NumberingId?.Val?.Value;
            level ??= numbering?.NumberingLevelReference?.Val?.Value;
        }
        return (numberId, level ?? 0);
    }

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    /// <summary>Thai letters as lists count with them: ก ข ค ง … (ฃ, ฅ and ฆ are skipped, as in laws and orders).</summary>
    private const string ThaiLetters = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

    /// <summary>The counter <paramref name="n"/> (1-based) in a list format; formats this reader does not know print as decimals.</summary>
    public static string Format(int n, NumberFormatValues format)
    {
        if (format == NumberFormatValues.ThaiNumbers) return ThaiDigits.ToThai(n.ToString(CultureInfo.InvariantCulture));
        if (format == NumberFormatValues.ThaiLetters) return Letters(n, ThaiLetters);
        if (format == NumberFormatValues.LowerLetter) return Letters(n, "abcdefghijklmnopqrstuvwxyz");
        if (format == NumberFormatValues.UpperLetter) return Letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        if (format == NumberFormatValues.LowerRoman) return Roman(n).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman) return Roman(n);
        if (format == NumberFormatValues.DecimalZero) return n.ToString("00", CultureInfo.InvariantCulture);
        return n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letter counting: a, b, … z, then aa, bb, … (the letter repeated).</summary>
    private static string Letters(int n, string alphabet)
    {
        if (n <= 0) return n.ToString(CultureInfo.InvariantCulture);
        int index = (n - 1) % alphabet.Length, repeat = (n - 1) / alphabet.Length + 1;
        return new string(alphabet[index], repeat);
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        var values = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var roman = new StringBuilder();
        foreach (var (value, symbol) in values)
            for (; n >= value; n -= value) roman.Append(symbol);
        return roman.ToString();
    }

    /// <summary>A bullet as printed: symbol-font glyphs (private use) and odd marks become "•"; plain dashes stay.</summary>
    private static string Bullet(string text) =>
        text.Length == 1 && text[0] is '-' or '–' or '•' or '*' or '>' ? text : "•";
}
