using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.People;

/// <summary>Where a running text line was printed: its box and the width of its page, in page pixels.</summary>
public sealed record LinePlacement(BoundingBox Box, int PageWidth);

/// <summary>
/// Signature blocks: the signer's name in parentheses "(นายมีชัย จงสันเทียะ)", the position on the line(s) below,
/// and — on the (ลงชื่อ) line of minutes — the signer's role (ผู้บันทึกรายงานการประชุม, ผู้รับรอง…).
/// </summary>
public sealed partial class SignatureParser
{
    private static readonly string[] NotPositions = ["ทราบ", "อนุมัติ", "ไม่อนุมัติ", "เห็นชอบ", "ไม่เห็นชอบ", "ลงชื่อ", "ความเห็น", "เรียน", "จึงเรียน"];

    /// <summary>The signatures in a document's running text lines.</summary>
    public IReadOnlyList<Person> Parse(IReadOnlyList<string> lines) => Parse(lines, []);

    /// <summary>
    /// The signatures in a document's running text lines and in its tables: Word documents and forms often set
    /// signature blocks in a borderless table, one signer per cell or per column.
    /// </summary>
    public IReadOnlyList<Person> Parse(IReadOnlyList<string> lines, IReadOnlyList<Table> tables) => Parse(lines, tables, []);

    /// <summary>
    /// As <see cref="Parse(IReadOnlyList{string}, IReadOnlyList{Table})"/>, with where each running text line was printed
    /// (<paramref name="placements"/>, parallel to <paramref name="lines"/>; null or shorter where unknown): a name printed
    /// without brackets is then a signer by its layout (<see cref="BareSigner"/>).
    /// </summary>
    public IReadOnlyList<Person> Parse(IReadOnlyList<string> lines, IReadOnlyList<Table> tables, IReadOnlyList<LinePlacement?> placements)
    {
        var found = new List<(Person Person, (int Table, int Row)? Cell)>();
        Collect(lines, found, placements, null);
        for (int t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            // Down each column, so that a name and the position in the cell below stay together.
            for (int c = 0; c < table.ColumnCount; c++)
            {
                var cells = Enumerable.Range(0, table.RowCount)
                    .Select(r => table.Cells.FirstOrDefault(x => x.Row == r && x.Column == c))
                    .OfType<TableCell>().Distinct()
                    .SelectMany(cell => cell.Lines.Select(l => ParsingText.Clean(l)).Where(l => l.Length > 0).Select(l => (Line: l, Cell: (t, cell.Row)))).ToList();
                Collect(cells.Select(x => x.Line).ToList(), found, null, cells.Select(x => x.Cell).ToList());
            }
        }
        return found.Select(f => f.Person).ToList();
    }

    /// <summary>
    /// Adds the signers the lines hold to <paramref name="found"/>. A signer already found is not added again, except
    /// one found in another row of a table: a form sets each role's block in a row of its own, and one official may
    /// sign two roles (ผู้รับผิดชอบการให้ข้อมูล and ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่).
    /// </summary>
    private static void Collect(IReadOnlyList<string> lines, List<(Person Person, (int Table, int Row)? Cell)> found,
        IReadOnlyList<LinePlacement?>? placements, IReadOnlyList<(int Table, int Row)>? cellOfLine)
    {
        void Add(Person person, int line)
        {
            (int, int)? cell = cellOfLine is null ? null : cellOfLine[line];
            if (!found.Any(f => f.Person == person && (f.Cell is null || cell is null || f.Cell == cell))) found.Add((person, cell));
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var names = Names(lines[i]);
            // A long name (an academic rank, a doctor's title) wrapped inside its brackets: "(ผู้ช่วยศาสตราจารย์ ดร.ชนิดา แสนทวี"
            // / "สุข)". The piece that closes the bracket on the next line is the name's end; the position follows it.
            if (names.Count == 0 && WrappedName(lines, i) is { } wrapped)
            {
                names = Names(wrapped);
                if (names.Count == 1 && names[0] is { } whole)
                {
                    Add(new Person(whole, Position(lines, i + 2), i > 0 ? SignerRole(lines[i - 1]) : null), i);
                    i++;
                    continue;
                }
                names = [];
            }
            // A closing bracket lost (blue ink, a stroke too thin) or no brackets at all (an Act's countersignature):
            // the name is the signer's when the line below is a position.
            if (names.Count == 0 && (UnclosedName(lines[i]) ?? BareSigner(lines, i, placements)) is { } unbracketed &&
                Position(lines, i + 1) is { } below)
            {
                Add(new Person(unbracketed, below, null), i);
                continue;
            }
            for (int k = 0; k < names.Count; k++)
            {
                if (names[k] is not { } name) continue;
                // Two signers side by side on one line: their positions below are side by side too.
                var position = names.Count == 1 ? Position(lines, i + 1) : SideBySidePosition(lines, i + 1, k, names.Count);
                var role = i > 0 ? SignerRole(lines[i - 1]) : null;
                Add(new Person(name, position, role), i);
            }
        }
    }

    /// <summary>
    /// The signers' names a line holds in parentheses: one, or several side by side ("(นาย ก)   (นาง ข)"); null for a
    /// parenthesised text that is no name, so that each name keeps its place among the columns.
    /// </summary>
    private static List<string?> Names(string line)
    {
        var one = Parenthesised().Match(line);
        var parts = one.Success ? [one.Groups["name"].Value] : SideBySide().IsMatch(line)
            ? SideBySideName().Matches(line).Select(m => m.Groups["name"].Value).ToList()
            : new List<string>();
        var names = new List<string?>();
        foreach (var part in parts)
        {
            var inner = ParsingText.OneLine(part).Trim();
            var titled = PersonNames.AtStart(inner);
            if (titled is not null && titled.Rest.Length == 0) names.Add(titled.Name);
            else if (PersonNames.LooksLikeBareName(inner) && !ThaiCue.StartsWith(inner, "ลงชื่อ")) names.Add(inner);
            // A text layer that lost the space between first name and surname ("นายวิโรจน์มุมานะจิตต์"): kept as printed.
            else if (JoinedTitledName().IsMatch(inner)) names.Add(inner);
            else names.Add(null);
        }
        return names.Any(n => n is not null) ? names : [];
    }

    /// <summary>
    /// The line and the next as one bracketed name when the line opens a bracket it does not close and the next line is
    /// only the name's last piece and the closing bracket ("สุข)"); null otherwise.
    /// </summary>
    private static string? WrappedName(IReadOnlyList<string> lines, int i)
    {
        if (i + 1 >= lines.Count || !UnclosedBracket().IsMatch(lines[i].Trim())) return null;
        var end = NameEnd().Match(lines[i + 1].Trim());
        return end.Success ? ThaiText.JoinWrapped(lines[i].Trim(), end.Groups["piece"].Value) + ")" : null;
    }

    // The end of a wrapped name: one short Thai word and the closing bracket, at most a speck after it.
    [GeneratedRegex(@"^(?<piece>[\u0E01-\u0E4E]{1,15})\s*[)\]}]\s*[^\s\u0E01-\u0E4E]{0,2}$")]
    private static partial Regex NameEnd();

    /// <summary>A signer's titled name after an opening bracket whose closing one was lost: "(นายเกียรติภูมิ วงศ์รจิต".</summary>
    private static string? UnclosedName(string line)
    {
        var m = UnclosedBracket().Match(line.Trim());
        return m.Success && PersonNames.AtStart(m.Groups["name"].Value) is { Rest.Length: 0 } titled ? titled.Name : null;
    }

    /// <summary>A name line is short: at most this share of the page width.</summary>
    private const double BareNameMaximumWidth = 0.4;

    /// <summary>A signature block stands off the left margin: the name line starts right of this share of the page width.</summary>
    private const double BareNameMinimumLeft = 0.3;

    /// <summary>The position line's centre lies within this share of the page width of the name's centre.</summary>
    private const double StackedCentreTolerance = 0.1;

    /// <summary>
    /// A name printed without brackets as a signer's: a short line holding only a name (a title or rank and two words,
    /// or two to four Thai words) with a position line stacked right under it, as signature blocks are set: off the left
    /// margin (centred or to the right), or centred on each other ("พลเอก ประยุทธ์ จันทร์โอชา" / "นายกรัฐมนตรี" under
    /// ผู้รับสนองพระราชโองการ, at an Act's left margin).
    /// Without the lines' places nothing is taken: a bare name in running text is no signature.
    /// </summary>
    private static string? BareSigner(IReadOnlyList<string> lines, int i, IReadOnlyList<LinePlacement?>? placements)
    {
        if (placements is null || i + 1 >= lines.Count || i + 1 >= placements.Count) return null;
        if (placements[i] is not { } name || placements[i + 1] is not { } position || name.PageWidth <= 0) return null;
        // A position line that lost its first letter is still no name.
        var text = WithLostInitialRestored(TrimSpecks(lines[i]));
        string? person = PersonNames.AtStart(text) is { Rest.Length: 0 } titled ? titled.Name
            : PersonNames.LooksLikeBareName(text) && !PositionWord().IsMatch(text) && !Rank().IsMatch(text) && !NotPositions.Any(n => ThaiCue.StartsWith(text, n)) &&
              !LawDivisionHeading().IsMatch(text)
                ? text : null;
        if (person is null || !SignerPosition().IsMatch(WithLostInitialRestored(TrimSpecks(lines[i + 1])))) return null;
        double width = name.PageWidth;
        var (a, b) = (name.Box, position.Box);
        if (a.Width > BareNameMaximumWidth * width || b.Y <= a.Y || b.Y - a.Bottom > 2 * a.Height) return null;
        double offCentre = Math.Abs(a.X + a.Width / 2.0 - (b.X + b.Width / 2.0));
        // Off the left margin, the block's lines only need to stand over each other; at the margin (an Act's
        // countersignature) they must be centred on each other, not merely start together as a list's lines do.
        bool offMargin = a.X >= BareNameMinimumLeft * width && offCentre <= StackedCentreTolerance * width;
        bool centredOnEachOther = offCentre <= CentredBlockTolerance * width && Math.Abs(a.X - b.X) > CentredBlockTolerance * width;
        return offMargin || centredOnEachOther ? person : null;
    }

    /// <summary>Lines of a block centred on each other share their centre within this share of the page width.</summary>
    private const double CentredBlockTolerance = 0.02;

    // The k-th of n positions printed side by side on the line below the names (wide gaps apart).
    private static string? SideBySidePosition(IReadOnlyList<string> lines, int from, int k, int n)
    {
        if (from >= lines.Count) return null;
        var line = lines[from].Trim();
        // Columns apart by a wide gap, or (gaps folded to one space) each position after its own ตำแหน่ง label.
        var pieces = WideGap().Split(line);
        if (pieces.Length != n) pieces = RepeatedLabel().Split(line);
        var parts = pieces.Select(p => WithoutPositionLabel(TrimSpecks(p))).Where(p => p.Length > 0).ToList();
        return parts.Count == n && IsPositionLine(parts[k]) ? parts[k] : null;
    }

    // One position line; more when it ends in แทน (รองปลัด… / รักษาราชการแทน / ปลัด…), or when the organisation at its
    // end wrapped its name onto the next line (นายกองค์การบริหารส่วนตำบลหนอง / แวง).
    private static string? Position(IReadOnlyList<string> lines, int from)
    {
        var parts = new List<string>();
        for (int i = from; i < lines.Count && parts.Count < 3; i++)
        {
            var line = WithoutPositionLabel(WithLostInitialRestored(TrimSpecks(lines[i])));
            if (parts.Count > 0 && IsWrappedOrganisationName(parts[^1], line))
            {
                parts[^1] = ThaiText.JoinWrapped(parts[^1], line);
                continue;
            }
            // After a joined name, a further line belongs to the position only when the position asks for one (…แทน), or
            // when a rank is followed by the post its holder heads (นักวิชาการ…ชำนาญการ / หัวหน้ากลุ่มงาน…).
            if (parts.Count > 0 && !AsksForMore(parts[^1]) && !StartsActing(line) &&
                !(Rank().IsMatch(parts[0]) && parts.Count == 1 && HeadPost().IsMatch(line))) break;
            if (!IsPositionLine(line)) break;
            parts.Add(line);
            bool more = AsksForMore(line) ||
                        parts.Count == 1 && i + 1 < lines.Count && Rank().IsMatch(line) && HeadPost().IsMatch(TrimSpecks(lines[i + 1])) || i + 1 < lines.Count && StartsActing(lines[i + 1]) ||
                        i + 1 < lines.Count && IsWrappedOrganisationName(line, TrimSpecks(lines[i + 1]));
            if (!more) break;
        }
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>
    /// True when <paramref name="next"/> is the rest of an organisation name that <paramref name="position"/> ends with:
    /// one Thai word standing alone, after a position ending in a local-government or province/district body.
    /// </summary>
    private static bool IsWrappedOrganisationName(string position, string next) =>
        next.Length is > 0 and <= 20 && !next.Contains(' ') && next.All(ThaiCharacters.IsThaiLetter) &&
        !NotPositions.Any(n => ThaiCue.StartsWith(next, n)) && !PositionWord().IsMatch(next) && !StartsActing(next) && OrganisationAtEnd().IsMatch(position);

    /// <summary>The line without the specks OCR reads beside it ("; หัวหน้าสำนักปลัด", "ผู้ช่วยเจ้าพนักงานธุรการ .").</summary>
    private static string TrimSpecks(string line) => TrailingSpecks().Replace(LeadingSpecks().Replace(line.Trim(), ""), "");

    private static bool StartsActing(string line) => Acting().IsMatch(line);

    /// <summary>
    /// Posts that open a signer's position line with a consonant carrying a mark or a following vowel: when OCR loses that
    /// consonant, what is left opens with a sign no word opens with, so the loss shows.
    /// </summary>
    private static readonly string[] LostInitialPosts =
        ["นายกรัฐมนตรี", "นายกเทศมนตรี", "นายกองค์การ", "นายอำเภอ", "รัฐมนตรี", "ผู้อำนวยการ", "ผู้ว่าราชการ", "หัวหน้า", "สาธารณสุข"];

    /// <summary>
    /// A position line whose first letter OCR lost, its vowel or mark left standing first ("์ฐมนตรีว่าการกระทรวง…" for
    /// รัฐมนตรีว่าการกระทรวง…: no Thai word opens with a mark or a following vowel) is the post whose letters after its first
    /// consonant and its signs open the rest: that post's first letter is put back. Only a post with four letters or more
    /// after them counts (a shorter rest could start many words); any other line comes back as it is.
    /// </summary>
    private static string WithLostInitialRestored(string line)
    {
        if (line.Length == 0 || !OpensNoWord(line[0])) return line;
        // The signs left first may be misread too (ั read ์): the letters after them are compared.
        var rest = line[line.TakeWhile(OpensNoWord).Count()..];
        foreach (var post in LostInitialPosts)
        {
            var postRest = post[1..];
            postRest = postRest[postRest.TakeWhile(OpensNoWord).Count()..];
            if (postRest.Length >= 4 && rest.StartsWith(postRest, StringComparison.Ordinal)) return post + rest[postRest.Length..];
        }
        return line;
    }

    // A mark above or below a consonant, or a vowel written after one (ะ า ำ): no Thai word opens with it.
    private static bool OpensNoWord(char c) => ThaiCharacters.IsCombiningMark(c) || ThaiCharacters.IsFollowingVowel(c);

    // "… รักษาราชการแทน" / "รักษาการในตำแหน่ง": the post acted for is on the next line.
    private static bool AsksForMore(string line) =>
        line.EndsWith("แทน", StringComparison.Ordinal) || line.EndsWith("ตำแหน่ง", StringComparison.Ordinal) || line.EndsWith("ตาแหน่ง", StringComparison.Ordinal);

    /// <summary>The position without the label a form prints before it ("ตำแหน่ง นักวิชาการ…"; ำ lost in text layers).</summary>
    private static string WithoutPositionLabel(string line) => PositionLabel().Replace(line, "");

    // Acting titles on a line of their own: รักษาราชการแทน, ปฏิบัติราชการแทน, รักษาการในตำแหน่ง…, รักษาการแทน, ทำการแทน
    // (tone marks OCR drops are optional).
    [GeneratedRegex(@"^(?:รักษาราชการแทน|ปฏิบัติราชการแทน|ปฏิบ[ัั]?ติราชการแทน|รักษาการ(?:ใน)?(?:ตำแหน่ง|ตาแหน่ง)|รักษาการแทน|ทำการแทน)")]
    private static partial Regex Acting();

    [GeneratedRegex(@"^ต[ำา]แหน่ง\s*[:：]?\s*")]
    private static partial Regex PositionLabel();

    // A law's division heading centred over its title ("หมวด ๘" / "เจ้าพนักงานควบคุมโรคติดต่อ"), set as a signature block
    // is: the division word and its number, which OCR may read as a letter or two ("หมวด ซ"); no name has a word so short.
    [GeneratedRegex(@"^(?:หมวด|ส่วนที่|บทที่|ภาค|มาตรา|ลักษณะ)\s*[\u0E01-\u0E2E\u0E50-\u0E59\d]{1,3}$")]
    private static partial Regex LawDivisionHeading();

    // A rank in the civil service (นักวิชาการ…ชำนาญการ, เจ้าพนักงาน…, พยาบาลวิชาชีพ…).
    [GeneratedRegex(@"^(?:นัก|เจ้าพนักงาน|เจ้าหน้าที่|พยาบาล|ครู|แพทย์|ทันตแพทย์|เภสัชกร)")]
    private static partial Regex Rank();

    // A post headed by the rank's holder, printed on the next line.
    [GeneratedRegex(@"^(?:หัวหน้า|ผู้อำนวยการ|ผู้ช่วยผู้อำนวยการ|รักษาการ|ปฏิบัติหน้าที่)")]
    private static partial Regex HeadPost();

    // Nothing but parenthesised names, two or more, and the gaps between them.
    [GeneratedRegex(@"^[\s.,:;'`|]*(?:\(\s*[^()]{4,60}\)\s*){2,4}$")]
    private static partial Regex SideBySide();

    [GeneratedRegex(@"\((?<name>[^()]{4,60})\)")]
    private static partial Regex SideBySideName();

    [GeneratedRegex(@"^(?:นางสาว|นาง(?!าน)|นาย(?!ก))[\u0E01-\u0E4E]{5,30}$")]
    private static partial Regex JoinedTitledName();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"\s+(?=ต[ำา]แหน่ง)")]
    private static partial Regex RepeatedLabel();

    private static bool IsPositionLine(string line) =>
        line.Length is > 1 and <= 90 && !line.StartsWith('(') && !NotPositions.Any(n => ThaiCue.StartsWith(line, n)) &&
        !line.Any(char.IsDigit) && !line.Contains('/');

    // "(ลงชื่อ) นุชจรินทร์ พรีพรม ผู้บันทึกรายงานการประชุม" -> ผู้บันทึกรายงานการประชุม
    private static string? SignerRole(string line)
    {
        var m = SignerRoleWord().Match(line);
        return m.Success ? m.Value.Trim() : null;
    }

    // Specks may stand before the parenthesis (". (นาง…)", a table's rule "| (นาย…)", and up to two short tokens without a Thai letter or a bracket:
    // "2 2 (นางสาว…)"); OCR reads a parenthesis as a bracket or a bar ("[นาย…]",
    // "(นาง…]", "| นาย…)"), which Names() accepts only around a whole name. A closing bracket may be doubled ("…])")
    // and up to two short speck tokens without a Thai letter may follow it ("(นาง…) ๊", "(นาย…) . sais").
    [GeneratedRegex(@"^[\s.,:;'`""\-_~|]*(?:[^\s\u0E01-\u0E2E()\[\]{}|]{1,2}\s+){0,2}(?:\(?ลงชื่อ\)?[\s._…]*)?(?:\(|\[|\{|\|\s*)(?<name>[^()\[\]{}|]{4,60}?)\s*[)\]}|]{1,2}(?:\s*[^\s\u0E01-\u0E2E]{1,4}){0,2}\s*$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"(?:องค์การบริหารส่วน(?:จังหวัด|ตำบล[ก-๎]*)?|เทศบาล(?:ตำบล|เมือง|นคร)[ก-๎]*|จังหวัด|อำเภอ)$")]
    private static partial Regex OrganisationAtEnd();

    // An opening bracket (or what OCR reads for it) and a name, no closing bracket.
    [GeneratedRegex(@"^[\s.,:;'`""\-_~]*[(\[{]\s*(?<name>[^()\[\]{}|]{4,60}?)\s*$")]
    private static partial Regex UnclosedBracket();

    // A line that is a signer's position: a post or rank word opens it (นายกรัฐมนตรี, รัฐมนตรีว่าการ…, ปลัดกระทรวง…):
    // the words that open a position of its own, and posts that stand only at a line's start.
    [GeneratedRegex("^(?:" + PositionOpeners + "|นายอำเภอ|รัฐมนตรี|อธิบดี|อธิการบดี|ครู|พยาบาล|แพทย์|เภสัชกร)")]
    private static partial Regex SignerPosition();

    // Words that open a position of its own (the next signer's), never the rest of an organisation name.
    private const string PositionOpeners = "ปลัด|นายก|รอง|หัวหน้า|ผู้|เจ้าพนักงาน|เจ้าหน้าที่|นัก|ประธาน|กรรมการ|เลขานุการ";

    [GeneratedRegex("^(?:" + PositionOpeners + ")")]
    private static partial Regex PositionWord();

    [GeneratedRegex(@"^[;:,.'`""|]+\s*")]
    private static partial Regex LeadingSpecks();

    // A speck standing apart after the position ("ธุรการ ."); dots that end an abbreviation (ผอ.) stay.
    [GeneratedRegex(@"(?:\s+[;:,.'`""|]+|[;:,'`""|]+)$")]
    private static partial Regex TrailingSpecks();

    [GeneratedRegex(@"ผู้(?:บันทึก|จด|ตรวจ|รับรอง)[ก-๎]*")]
    private static partial Regex SignerRoleWord();
}
