using System.Text.RegularExpressions;
using DocIngest.Core.Content;

namespace DocIngest.DamageSweep;

/// <summary>One kind of damage Thai OCR does to a page, applied to every place on the page where it can happen.</summary>
/// <param name="Name">The kind's name in the sweep's table and on the command line.</param>
/// <param name="Description">What the damage is, as OCR does it.</param>
/// <param name="Apply">The damaged page.</param>
/// <param name="Printed">
/// For a damage that changes what the page says rather than how it is laid out (digits in another script, a mark lost),
/// the same change to an expected free-text field: a subject printed with Arabic digits is read right with them.
/// </param>
public sealed record Damage(string Name, string Description, Func<PageContent, PageContent> Apply, Func<string, string>? Printed = null);

/// <summary>
/// The damage kinds of the sweep: what Tesseract's Thai model does to official documents' text, seen on scans (line
/// breaks before a grade or a score, item markers read as specks or letters, the era garbled, digits in the wrong script
/// or as letters, marks lost or split, a table's header row lost). Each rewrites text lines and cell lines alike.
/// </summary>
public static partial class Damages
{
    /// <summary>Every kind, in the order the sweep reports them.</summary>
    public static IReadOnlyList<Damage> All { get; } =
    [
        new("wrap-grade", "line broken after ระดับ, the grade letter on the next line", p => SplitLines(p, GradeAfterLevel())),
        new("wrap-score", "line broken before a score (after คะแนน, เท่ากับ, ได้, ร้อยละ)", p => SplitLines(p, ScoreAfterCue())),
        new("marker-quote", "an item number or bullet at a line's start read as '", p => MapLines(p, l => ReplaceMarker(l, _ => "'"))),
        new("marker-dot", "an item number or bullet at a line's start read as .", p => MapLines(p, l => ReplaceMarker(l, _ => "."))),
        new("marker-latin", "an item number's digits (or a bullet) at a line's start read as look-alike Latin letters", p => MapLines(p, l => ReplaceMarker(l, LatinLookalikes))),
        new("marker-quote-even", "the even item numbers (๒, ๔ …) read as ': one marker in two, the list around it intact", p => MapLines(p, l => ReplaceMarker(l, n => Even(n) ? "'" : n))),
        new("marker-latin-even", "the even item numbers read as look-alike Latin letters", p => MapLines(p, l => ReplaceMarker(l, n => Even(n) ? LatinLookalikes(n) : n))),
        new("era-comma", "พ.ศ. read พ,ศ.", p => MapLines(p, l => l.Replace("พ.ศ.", "พ,ศ.", StringComparison.Ordinal))),
        new("era-latin", "พ.ศ. read WA.", p => MapLines(p, l => l.Replace("พ.ศ.", "WA.", StringComparison.Ordinal))),
        new("era-short", "พ.ศ. read ศ.", p => MapLines(p, l => l.Replace("พ.ศ.", "ศ.", StringComparison.Ordinal))),
        new("digits-arabic", "Thai digits read as Arabic ones", p => MapLines(p, ThaiDigitsToArabic), ThaiDigitsToArabic),
        new("digits-letters", "Thai digits read as look-alike letters: ๑ → o, ๓ → m, ๐ → o", p => MapLines(p, ThaiDigitsToLetters), ThaiDigitsToLetters),
        new("tone-dropped", "a tone mark over an upper vowel dropped (ที่ → ที, ชี้ → ชี)", p => MapLines(p, WithoutToneOverUpperVowel), WithoutToneOverUpperVowel),
        new("sara-am-split", "ำ read as nikhahit and sara aa (ํา)", p => MapLines(p, l => l.Replace("\u0E33", "\u0E4D\u0E32", StringComparison.Ordinal))),
        new("header-row-lost", "a table's first (column header) row lost", WithoutHeaderRows),
        new("label-speck", "a speck before a header label at a line's start read as ) (\") เรื่อง …\")", p => MapLines(p, l => HeaderLabelAtStart().Replace(l, ") $0"))),
        new("agency-label-misread", "ส่วนราชการ read with a mark added and ก as ภ (สั่วนราชภาร)", p => MapLines(p, l => l.Replace("ส่วนราชการ", "สั่วนราชภาร", StringComparison.Ordinal))),
        new("date-speck", "a speck between a date's day and its month read as ' (\"๒๐ ' ธันวาคม ๒๕๖๖\")", p => MapLines(p, l => DayBeforeMonth().Replace(l, "$1 ' $2"))),
        new("issue-label-latin", "วันที่ after ณ on an issue line read as Latin letters (ณ TUN ๒ ธันวาคม …)", p => MapLines(p, l => IssueLabel().Replace(l, "ณ TUN "))),
        new("announcement-garbled", "ประกาศ garbled as on a scan: the title's first syllable lost (“2 Ge กาศ…), the closing's too (Fale กาศให้ทราบ…), the issue line's วันที่ read yun", p => MapLines(p, GarbledAnnouncementWords)),
        new("title-garbled", "a title's first syllable lost to specks and Latin letters on a page's first three lines (“2 Ge ทึกข้อความ, “2 Ge สั่ง…, “2 Ge กาศ…, “2 Ge ตรการ…, “2 Ge ผลการประเมิน…)", p => MapFirstLines(p, TitleLines, GarbledTitle)),
        new("grade-glued", "the space after a grade after ระดับ lost, the next word glued on (ระดับ Aโดยมี…)", p => MapLines(p, l => GradeBeforeWord().Replace(l, "$1$2"))),
        new("grade-glued-lookalike", "the same, the grade read as its look-alike (A → ค, AA → คค, B → 8, C → 6: ระดับ คโดยมี…)", p => MapLines(p, l => GradeBeforeWord().Replace(l, m => m.Groups[1].Value + GradeLookalike(m.Groups[2].Value)))),
        new("measure-word-mark", "มาตรการ read with a mark added (มาตรุการ)", p => MapLines(p, l => l.Replace("มาตรการ", "มาตรุการ", StringComparison.Ordinal))),
        new("item-one-displaced", "item 1's wrapped lines (up to three) put above its marker by the layout of a hanging indent", ItemOneWrapDisplaced),
        new("date-label-month", "วันที่ before a date and the month's first consonant both misread (วงนท ๙ ถันวาคม ๒๕๖๓)", p => MapLines(p, l => LabelledDate().Replace(l, m => "วงนท " + m.Groups["day"].Value + " " + MonthLookalike(m.Groups["month"].Value)))),
        new("position-initial-lost", "a signer's position line loses its first consonant, the mark after it left first (ัฐมนตรีว่าการ…, ู้อำนวยการ…)", p => MapLines(p, l => PositionInitial().Replace(l, "$1"))),
        new("era-speck-wrap", "a subject's era garbled (พ.ศ. → พเต.) and its year wrapped onto a line of its own among specks", p => SplitLines(MapLines(p, GarbledSubjectEra), EraSpeckWrap())),
    ];

    /// <summary>
    /// Each text block's item 1 (๑. / 1. at a line's start) with the lines that wrap it (up to three, up to the next
    /// marker) moved above its marker line, as OCR orders a hanging indent's lines when the marker line sits lower.
    /// </summary>
    public static PageContent ItemOneWrapDisplaced(PageContent page) => page with
    {
        Blocks = page.Blocks.Select(block => block is TextBlock text ? text with { Lines = WrapAboveItemOne(text.Lines) } : block).ToList(),
    };

    private static List<TextLine> WrapAboveItemOne(IReadOnlyList<TextLine> lines)
    {
        var moved = lines.ToList();
        for (int i = 0; i < moved.Count; i++)
        {
            if (!ItemOne().IsMatch(moved[i].Text)) continue;
            int end = i + 1;
            while (end < moved.Count && end - i <= 3 && !LeadingMarker().IsMatch(moved[end].Text) && !ItemOne().IsMatch(moved[end].Text) &&
                   !moved[end].Text.StartsWith("จึงประกาศ", StringComparison.Ordinal)) end++;
            if (end == i + 1 || end - i > 3 && end < moved.Count && !LeadingMarker().IsMatch(moved[end].Text)) continue;
            var wrapped = moved.GetRange(i + 1, end - i - 1);
            var item = moved[i];
            moved.RemoveRange(i, end - i);
            moved.InsertRange(i, [.. wrapped, item]);
            i = end - 1;
        }
        return moved;
    }

    // Item 1 of a list: ๑. or 1. (or ๑) / (๑)) opening a line.
    [GeneratedRegex(@"^\s*\(?[๑1]\s*[.)]\s*\S")]
    private static partial Regex ItemOne();

    /// <summary>The text lines and cell lines of a page, each rewritten by <paramref name="map"/>.</summary>
    public static PageContent MapLines(PageContent page, Func<string, string> map) => page with
    {
        Blocks = page.Blocks.Select(block => block switch
        {
            TextBlock text => text with { Lines = text.Lines.Select(l => l with { Text = map(l.Text) }).ToList() },
            TableBlock table => new TableBlock(table.Table with
            {
                Cells = table.Table.Cells.Select(c => c with { Lines = c.Lines.Select(map).ToList() }).ToList(),
            }),
            _ => block,
        }).ToList(),
    };

    /// <summary>
    /// Every line split into two before each match of <paramref name="breakBefore"/>'s group 1 (the piece after the break
    /// keeps the line's box: the parsers see two lines of one paragraph or cell).
    /// </summary>
    public static PageContent SplitLines(PageContent page, Regex breakBefore)
    {
        IEnumerable<string> Pieces(string line)
        {
            int start = 0;
            foreach (Match m in breakBefore.Matches(line))
            {
                int at = m.Groups[1].Index;
                if (at <= start) continue;
                yield return line[start..at].TrimEnd();
                start = at;
            }
            yield return line[start..];
        }

        return page with
        {
            Blocks = page.Blocks.Select(block => block switch
            {
                TextBlock text => text with { Lines = text.Lines.SelectMany(l => Pieces(l.Text).Select(p => l with { Text = p })).ToList() },
                TableBlock table => new TableBlock(table.Table with
                {
                    Cells = table.Table.Cells.Select(c => c with { Lines = c.Lines.SelectMany(Pieces).ToList() }).ToList(),
                }),
                _ => block,
            }).ToList(),
        };
    }

    /// <summary>The line with its leading item marker's number (or its bullet) replaced by <paramref name="replace"/>'s text.</summary>
    public static string ReplaceMarker(string line, Func<string, string> replace)
    {
        var m = LeadingMarker().Match(line);
        if (!m.Success) return line;
        var number = m.Groups["number"];
        return line[..number.Index] + replace(number.Value) + line[(number.Index + number.Length)..];
    }

    /// <summary>True for an item number that is even (a bullet has none).</summary>
    public static bool Even(string marker) =>
        marker.All(c => c is >= '๐' and <= '๙' or >= '0' and <= '9') && (marker[^1] is var d && (d >= '๐' ? d - '๐' : d - '0') % 2 == 0);

    /// <summary>Digits as the Latin letters Tesseract's Thai model reads them as; a bullet as o.</summary>
    public static string LatinLookalikes(string marker) => string.Concat(marker.Select(c => c switch
    {
        '๑' => 'o', '๒' => 'b', '๓' => 'm', '๔' => 'c', '๕' => 'c', '๖' => 'b', '๗' => 'n', '๘' => 'd', '๙' => 'g', '๐' => 'o',
        '1' => 'l', '2' => 'Z', '3' => 'B', '4' => 'A', '5' => 'S', '6' => 'b', '7' => 'T', '8' => 'B', '9' => 'g', '0' => 'O',
        _ => 'o',
    }));

    /// <summary>Thai digits as Arabic ones.</summary>
    public static string ThaiDigitsToArabic(string line) =>
        string.Concat(line.Select(c => c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c));

    /// <summary>๑ and ๐ as o, ๓ as m: the look-alikes the brief of issue 16 names.</summary>
    public static string ThaiDigitsToLetters(string line) =>
        string.Concat(line.Select(c => c switch { '๑' => 'o', '๓' => 'm', '๐' => 'o', _ => c }));

    /// <summary>The line without the tone marks written over an upper vowel.</summary>
    public static string WithoutToneOverUpperVowel(string line) => ToneOverUpperVowel().Replace(line, "$1");

    /// <summary>Each table without its first row (a header row the grid lost); a table of one row is lost whole.</summary>
    public static PageContent WithoutHeaderRows(PageContent page) => page with
    {
        Blocks = page.Blocks.Select(block => block switch
        {
            TableBlock { Table.RowCount: > 1 } table => new TableBlock(table.Table with
            {
                RowCount = table.Table.RowCount - 1,
                Cells = table.Table.Cells.Where(c => c.Row > 0).Select(c => c with { Row = c.Row - 1 }).ToList(),
            }),
            TableBlock => null,
            _ => block,
        }).OfType<PageBlock>().ToList(),
    };

    /// <summary>A grade letter as Tesseract's Thai model misreads it: A as ค, AA as คค, B as 8, C as 6; others as printed.</summary>
    public static string GradeLookalike(string grade) => grade switch { "A" => "ค", "AA" => "คค", "B" => "8", "C" => "6", _ => grade };

    // ระดับ and a grade letter, a space and a Thai word after it: group 1 up to the grade, group 2 the grade, the space dropped.
    [GeneratedRegex(@"(ระดับ\s*)((?:AA|A|B|C|D|E|F)(?![A-Za-z]))\s+(?=[\u0E01-\u0E2E\u0E40-\u0E44])")]
    private static partial Regex GradeBeforeWord();

    // ระดับ then a grade letter (the cue's words before it: อยู่ในระดับ, ผลการประเมินระดับ …).
    [GeneratedRegex(@"ระดับ\s*((?:AA|A|B|C|D|E|F)(?![A-Za-z]))")]
    private static partial Regex GradeAfterLevel();

    // A score (two or three digits, a point, one or two decimals) after its cue.
    [GeneratedRegex(@"(?:คะแนน(?:รวม)?|เท่ากับ|ได้|ร้อยละ)\s*([๐-๙0-9]{2,3}[.,][๐-๙0-9]{1,2})")]
    private static partial Regex ScoreAfterCue();

    // An item marker at a line's start: ๑. / 1) / (๑) / ข้อ ๑ / a bullet (• ▪ ๏ - –); not a score's or a step's digits (๕๒.๔๗, ๑.๑).
    [GeneratedRegex(@"^\s*(?:ข้อ\s*)?\(?(?<number>[๐-๙0-9]{1,2}|[•▪๏\-–])(?=\.(?![๐-๙0-9])|\)|\s)")]
    private static partial Regex LeadingMarker();

    // A header label standing first on a line: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน.
    [GeneratedRegex(@"^(?:ส่วนราชการ|วันที่|ที่|เรื่อง|เรียน)(?=\s)")]
    private static partial Regex HeaderLabelAtStart();

    // A day and the full month name after it.
    [GeneratedRegex(@"(?<![0-9๐-๙])([0-9๐-๙]{1,2})\s+(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)")]
    private static partial Regex DayBeforeMonth();

    // ณ วันที่ on an issue line.
    /// <summary>A month name with its first consonant read as a look-alike (ธ → ถ, พ → ผ, ม → บ, ก → ถ, ต → ด, ส → ล).</summary>
    public static string MonthLookalike(string month)
    {
        int first = month.IndexOfAny(['ธ', 'พ', 'ม', 'ก', 'ต', 'ส']);
        char lookalike = month[first] switch { 'ธ' => 'ถ', 'พ' => 'ผ', 'ม' => 'บ', 'ก' => 'ถ', 'ต' => 'ด', _ => 'ล' };
        return string.Concat(month.AsSpan(0, first), lookalike.ToString(), month.AsSpan(first + 1));
    }

    // วันที่, a day and a month name.
    [GeneratedRegex(@"วันที่\s*(?<day>[0-9๐-๙]{1,2})\s+(?<month>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)")]
    private static partial Regex LabelledDate();

    // A position line's first consonant where a mark or a following vowel comes after it (รัฐมนตรี, หัวหน้า, ผู้อำนวยการ,
    // นายอำเภอ, นายก…, สาธารณสุข…), specks before it kept.
    [GeneratedRegex(@"^([\s.,:;'`|]*)(?:ร(?=ัฐมนตรี)|ห(?=ัวหน้า)|ผ(?=ู้อำนวยการ|ู้ว่าราชการ)|น(?=ายอำเภอ|ายกเทศมนตรี|ายกองค์การ|ายกรัฐมนตรี)|ส(?=าธารณสุข))")]
    private static partial Regex PositionInitial();

    [GeneratedRegex(@"ณ\s*วันที่\s*")]
    private static partial Regex IssueLabel();

    /// <summary>
    /// A subject's fiscal-year era read พเต. with its year set on a line of its own among specks: "เรื่อง … ปีงบประมาณ
    /// พ.ศ. ๒๕๖๘" (split later before the specks), "เรื่อง … ปีงบประมาณ พ.ศ." / "๒๕๖๘", "เรื่อง … ปีงบประมาณ" / "พ.ศ. ๒๕๖๘".
    /// </summary>
    public static string GarbledSubjectEra(string line)
    {
        line = SubjectEraAndYear().Replace(line, "$1พเต. ' u ");
        line = SubjectEraAtEnd().Replace(line, "$1พเต.");
        return YearAlone().Replace(line, "' u $1 |");
    }

    /// <summary>Lines at a page's top where a document's title stands.</summary>
    private const int TitleLines = 3;

    /// <summary>The first <paramref name="count"/> text lines of a page (in block order) rewritten by <paramref name="map"/>.</summary>
    public static PageContent MapFirstLines(PageContent page, int count, Func<string, string> map)
    {
        int seen = 0;
        return page with
        {
            Blocks = page.Blocks.Select(block => block is TextBlock text
                ? text with { Lines = text.Lines.Select(l => seen++ < count ? l with { Text = map(l.Text) } : l).ToList() }
                : block).ToList(),
        };
    }

    /// <summary>A title word's first syllable as a damaged scan loses it: "“2 Ge " in its place (บันทึกข้อความ → “2 Ge ทึกข้อความ).</summary>
    public static string GarbledTitle(string line) => TitleFirstSyllable().Replace(line, "“2 Ge ");

    // The first syllable of a title word opening a line: บัน(ทึกข้อความ), คำ(สั่ง), ประ(กาศ) but not an issue line, มา(ตรการ),
    // แผน(ปฏิบัติ…), การ(วิเคราะห์…), ผลการ(วิเคราะห์), รายงาน(…), สรุป(ผล…).
    [GeneratedRegex(@"^\s*(?:บัน(?=ทึก)|คำ(?=สั่ง)|ประ(?=กาศ(?!\s*ณ))|มา(?=ตรการ)|แผน|การ(?=วิเคราะห์)|ผลการ(?=วิเคราะห์|ประเมิน)|รายงาน|สรุป(?=ผล))")]
    private static partial Regex TitleFirstSyllable();

    /// <summary>An announcement's own words as a damaged scan reads them (the banlat tuning scan, session 18).</summary>
    public static string GarbledAnnouncementWords(string line)
    {
        line = AnnouncementTitle().Replace(line, "“2 Ge กาศ");
        line = line.Replace("จึงประกาศ", "Fale กาศ", StringComparison.Ordinal);
        return AnnouncementIssueLabel().Replace(line, "$1 yun ");
    }

    // ประกาศ opening a line as a title (ประกาศโรงพยาบาล…), not its issue line (ประกาศ ณ วันที่).
    [GeneratedRegex(@"^ประกาศ(?!\s*ณ)")]
    private static partial Regex AnnouncementTitle();

    // ประกาศ ณ วันที่ on the issue line.
    [GeneratedRegex(@"(ประกาศ\s*ณ)\s*วันที่\s*")]
    private static partial Regex AnnouncementIssueLabel();

    // A subject line's fiscal-year era and year: เรื่อง … ปีงบประมาณ พ.ศ. ๒๕๖๘.
    [GeneratedRegex(@"^(เรื่อง\s.*ปีงบประมาณ\s*)พ\.\s?ศ\.\s*(?=[0-9๐-๙]{4})")]
    private static partial Regex SubjectEraAndYear();

    // A subject line ending in its fiscal-year era: เรื่อง … ปีงบประมาณ พ.ศ.
    [GeneratedRegex(@"^(เรื่อง\s.*ปีงบประมาณ\s*)พ\.\s?ศ\.\s*$")]
    private static partial Regex SubjectEraAtEnd();

    // A line holding only a Buddhist-Era year (its era too): a wrapped fiscal year.
    [GeneratedRegex(@"^\s*(?:พ\.\s?ศ\.\s*)?((?:๒๕|25)[0-9๐-๙]{2})\s*$")]
    private static partial Regex YearAlone();

    // Where the garbled era's line breaks: before the specks and the year.
    [GeneratedRegex(@"พเต\. (' u [0-9๐-๙]{4})")]
    private static partial Regex EraSpeckWrap();

    // An upper vowel with a tone mark over it.
    [GeneratedRegex("([\u0E31\u0E34-\u0E37])[\u0E48-\u0E4B]")]
    private static partial Regex ToneOverUpperVowel();
}
