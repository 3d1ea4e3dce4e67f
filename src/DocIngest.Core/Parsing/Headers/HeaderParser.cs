using System.Text.RegularExpressions;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Headers;

/// <summary>What the header parser found, and where the header ended.</summary>
/// <param name="Header">The fields read; null when none was found.</param>
/// <param name="BodyStart">Index of the first text line after the header (the body's first line).</param>
/// <param name="ParsedDate">The header's date, for the fiscal-year fallback.</param>
public sealed record HeaderResult(MemoHeader? Header, int BodyStart, DateOnly? ParsedDate);

/// <summary>
/// Reads the labelled header of a memo (ส่วนราชการ / ที่ / วันที่ / เรื่อง / เรียน) or of an order or announcement
/// (ที่ / เรื่อง; their date is the ณ วันที่ line at the end). Labels are found wherever they stand — one field a line,
/// several on one line, a subject continued over lines — and survive lost tone marks.
/// </summary>
public sealed partial class HeaderParser
{
    /// <summary>How far into a document the header may reach (in text lines).</summary>
    private const int HeaderZone = 18;

    /// <summary>How many wrapped lines may continue a subject or agency (a five-line subject is long already).</summary>
    private const int MaxContinuationLines = 4;

    private enum Field { Agency, Reference, Date, Subject, Addressee, Phone }

    private static readonly Regex LabelPattern = BuildLabelPattern();

    // A closing parenthesis or a curly quote never opens a header line: OCR reads a speck before the label as one. A
    // dash or tilde, and a Thai vowel or tone mark standing alone (it belongs to no consonant: "๊: ส่วนราชการ …",
    // "- เรื่อง …"), are specks too; whitespace between specks goes with them.
    private static readonly char[] StrayLeadingMarks =
    [
        ':', ';', '|', '.', ',', '\'', '"', '`', ')', '\u201C', '\u201D', '\u2018', '\u2019', '-', '\u2013', '~', '_', ' ', '\t',
        .. Enumerable.Range('\u0E31', '\u0E4E' - '\u0E31' + 1).Select(c => (char)c).Where(ThaiCharacters.IsCombiningMark),
    ];

    /// <summary>Parses the header of a memo from its cleaned text lines (title line included).</summary>
    public HeaderResult ParseMemo(IReadOnlyList<string> lines, ICollection<string> warnings)
    {
        // Receipt stamps ("เลขรับ ๑๒๓ วันที่ …") stand above the title; the header starts at บันทึกข้อความ.
        int title = TitleLine(lines);
        var fields = ReadLabelledFields(lines.Skip(title).ToList(), stopAtAddressee: true, out int bodyStart);
        bodyStart += title;
        var header = Build(fields, warnings, dateFromFields: true, lines: lines);
        if (header.Header is not null)
        {
            if (header.Header.Agency is null) warnings.Add("header: ส่วนราชการ (agency) not found");
            if (header.Header.Subject is null) warnings.Add("header: เรื่อง (subject) not found");
            if (header.Header.Addressee is null) warnings.Add("header: เรียน/เสนอ (addressee) not found");
            if (header.Header.Date is null) warnings.Add("header: วันที่ (date) not found or not a valid date");
        }
        else
        {
            warnings.Add("header: no memo header fields found");
        }
        return header with { BodyStart = bodyStart };
    }

    /// <summary>Parses ที่ / เรื่อง of an order or announcement, and its ณ วันที่ date anywhere in the document.</summary>
    public HeaderResult ParseOrder(IReadOnlyList<string> lines, ICollection<string> warnings) =>
        ParseOrder(lines.Select(l => new BodyLine(l, 0)).ToList(), warnings);

    /// <summary>
    /// Parses ที่ / เรื่อง of an order or announcement from lines that know their text block: a paragraph of two lines or
    /// more after the subject's block is the body however short its first line.
    /// </summary>
    public HeaderResult ParseOrder(IReadOnlyList<BodyLine> blockLines, ICollection<string> warnings)
    {
        var lines = blockLines.Select(l => l.Text).ToList();
        var fields = ReadLabelledFields(lines, stopAtAddressee: false, out int bodyStart, blockLines.Select(l => l.BlockKey).ToList());
        // The subject of an order ends where the order's body starts; the body never carries labels.
        var result = Build(fields, warnings, dateFromFields: false, lines: lines);
        var issued = IssueLine(lines, IssuedDate());
        // ณ read as something else ("สั่ง น วันที่ …"): the last line that opens with the issuing verb and holds a date.
        if (issued.Date is null) issued = IssueLine(lines, IssuedLead());
        // วันที่ after ณ read as Latin letters or a garbled word ("ประกาศ ณ yun ๒ ธันวาคม …"): ณ, a short piece, a date.
        if (issued.Date is null) issued = IssueLine(lines, IssuedGarbledLabel());
        MemoHeader header = result.Header ?? new MemoHeader();
        // An order's ที่ is its number: when the labelled line was not read as one, the number found elsewhere stands in.
        if (header.Reference is null && OrderNumbers.Find(lines) is { } number) header = header with { Reference = number };
        DateOnly? date = null;
        // The issue line read with its year garbled (or its ณ วันที่ as Latin junk): an order's number carries the year it
        // was issued in (orders are numbered per Buddhist-Era year), so the day and month read go with that year.
        if (issued.Date is null && header.Reference is { } numbered && OrderNumberYear().Match(numbered) is { Success: true } yearOfNumber &&
            DateWithoutYear(lines, int.Parse(yearOfNumber.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)) is { } completed)
        {
            issued = (null, completed);
            warnings.Add("header: issue date's year not readable; taken from the order number");
        }
        if (issued.Date is { } d)
        {
            header = header with { Date = d.Iso, DateText = d.Printed };
            date = d.Date;
            // The number's year garbled ("ที่ ๒๔๘/๒๕ณา๗"): the issue date read whole gives it (orders are numbered per year).
            if (header.Reference is { } garbled && !OrderNumberYear().IsMatch(garbled) &&
                OrderNumbers.WithYearOfIssue(garbled, d.Date.Year + 543) is { } repaired)
            {
                header = header with { Reference = repaired };
                warnings.Add($"header: order number's year not readable ('{garbled}'); taken from the issue date");
            }
        }
        else if (IssueLinePrinted(lines) is { } printedOnly)
        {
            // An issue date whose year reads as none of the documents' years: kept as printed, without a date.
            header = header with { DateText = printedOnly };
            warnings.Add($"header: issue date's year not readable: '{printedOnly}'");
        }
        else
        {
            warnings.Add("header: issue date (ณ วันที่ …) not found");
        }
        if (header.Subject is null) warnings.Add("header: เรื่อง (subject) not found");
        bool empty = header == new MemoHeader();
        return new HeaderResult(empty ? null : header, bodyStart, date);
    }

    /// <summary>
    /// The header of a form (แบบฟอร์ม… with fill-in lines, typed `other`): the เรื่อง it refers to, labelled in its title
    /// block, and the date filled in after its วัน/เดือน/ปี label, in its lines or its table cells (<paramref name="cellTexts"/>).
    /// A code or rule set announced under ประกาศ ณ วันที่ (a gazette's ประมวลจริยธรรม, typed `other` too) is dated by that
    /// line as an announcement is; a law's ให้ไว้ ณ วันที่ is no header date. No header when it has neither.
    /// </summary>
    public HeaderResult ParseForm(IReadOnlyList<BodyLine> blockLines, IReadOnlyList<string> cellTexts)
    {
        var lines = blockLines.Select(l => l.Text).ToList();
        var fields = ReadLabelledFields(lines, stopAtAddressee: false, out int bodyStart, blockLines.Select(l => l.BlockKey).ToList(), subjectEndsAtYear: true);
        string? subject = Blank(fields.GetValueOrDefault(Field.Subject));
        (string Iso, string Printed, DateOnly Date)? date = null;
        foreach (var text in lines.Concat(cellTexts))
        {
            var label = FormDateLabel().Match(text);
            if (label.Success && HeaderFields.FirstDate(text[(label.Index + label.Length)..]) is { } filled)
            {
                date = filled;
                break;
            }
        }
        if (date is null) date = IssueLine(lines, AnnouncedOn()).Date;
        if (subject is null && date is null) return new HeaderResult(null, 0, null);
        return new HeaderResult(new MemoHeader { Subject = subject, Date = date?.Iso, DateText = date?.Printed }, bodyStart, date?.Date);
    }

    // An announcement's issue line, ประกาศ ณ วันที่ (a speck on ณ allowed), at a line's start.
    [GeneratedRegex(@"^\s*ประกาศ\s*ณ[\u0E47-\u0E4E]?\s*วัน")]
    private static partial Regex AnnouncedOn();

    // A form's date label: วัน/เดือน/ปี, its value after an optional colon.
    [GeneratedRegex(@"วัน\s*/\s*เดือน\s*/\s*ปี\s*[:：]?")]
    private static partial Regex FormDateLabel();

    /// <summary>
    /// The last issue line (<paramref name="cue"/>) with its date; a date wrapped onto the next line ("สั่ง ณ วันที่" /
    /// "๑๒ มกราคม พ.ศ. ๒๕๖๗") is read there.
    /// </summary>
    private static (string? Line, (string Iso, string Printed, DateOnly Date)? Date) IssueLine(IReadOnlyList<string> lines, Regex cue)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (!cue.IsMatch(lines[i])) continue;
            if (HeaderFields.FirstDate(lines[i]) is { } date) return (lines[i], date);
            if (i + 1 < lines.Count && HeaderFields.FirstDate(lines[i] + " " + lines[i + 1]) is { } wrapped) return (lines[i], wrapped);
        }
        return (null, null);
    }

    /// <summary>The date printed on the last issue line (either cue), whatever its year reads as; null when none.</summary>
    private static string? IssueLinePrinted(IReadOnlyList<string> lines)
    {
        foreach (var cue in new[] { IssuedDate(), IssuedLead() })
            for (int i = lines.Count - 1; i >= 0; i--)
                if (cue.IsMatch(lines[i]) && HeaderFields.FirstDatePrintedAnyYear(lines[i]) is { } printed) return printed;
        return null;
    }

    /// <summary>How many lines from an order's end its issue line is looked for in.</summary>
    public const int IssueTailLines = 8;

    /// <summary>
    /// The last day and month printed among the order's closing lines whose year did not read, dated in
    /// <paramref name="year"/> (Buddhist Era); the printed form keeps the day as read and writes the year in its digits.
    /// </summary>
    private static (string Iso, string Printed, DateOnly Date)? DateWithoutYear(IReadOnlyList<string> lines, int year)
    {
        for (int i = lines.Count - 1; i >= Math.Max(0, lines.Count - IssueTailLines); i--)
        {
            var m = DayAndMonth().Match(lines[i]);
            if (!m.Success) continue;
            var day = m.Groups["day"].Value;
            string yearText = day.Any(ThaiDigits.IsThaiDigit) ? ThaiDigits.ToThai(year.ToString(System.Globalization.CultureInfo.InvariantCulture)) : year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return HeaderFields.FirstDate($"{day} {m.Groups["month"].Value} พ.ศ. {yearText}");
        }
        return null;
    }

    // n/25xx: an order number with its year.
    [GeneratedRegex(@"^\d{1,4}/(?<y>25\d{2})$")]
    private static partial Regex OrderNumberYear();

    // A day and a full month name, standing apart from other digits.
    [GeneratedRegex(@"(?<![0-9๐-๙])(?<day>[0-9๐-๙]{1,2})\s*(?<month>" + HeaderFields.MonthNames + @")")]
    private static partial Regex DayAndMonth();

    /// <summary>Lines at the top of minutes in which the meeting's date is looked for (title, meeting name, ครั้งที่, date, place).</summary>
    public const int MinutesHeadLines = 8;

    /// <summary>
    /// The date of a meeting from the head of its minutes ("วันพุธที่ ๑๕ มกราคม ๒๕๖๔ เวลา …", "เมื่อวันที่ …"): the first
    /// date before the attendance list or the agenda. Minutes have no other header fields.
    /// </summary>
    public HeaderResult ParseMinutes(IReadOnlyList<string> lines, ICollection<string> warnings)
    {
        foreach (var line in lines.Take(MinutesHeadLines))
        {
            if (MinutesBodyStart().IsMatch(line)) break;
            if (HeaderFields.FirstDate(line) is not { } date) continue;
            return new HeaderResult(new MemoHeader { Date = date.Iso, DateText = date.Printed }, 0, date.Date);
        }
        warnings.Add("header: meeting date not found at the head of the minutes");
        return new HeaderResult(null, 0, null);
    }

    private static int TitleLine(IReadOnlyList<string> lines)
    {
        var title = ThaiCue.Skeleton("บันทึกข้อความ");
        for (int i = 0; i < Math.Min(lines.Count, 6); i++)
        {
            if (ThaiCue.Skeleton(lines[i]).Contains(title, StringComparison.Ordinal)) return i;
        }
        return 0;
    }

    private HeaderResult Build(Dictionary<Field, string> fields, ICollection<string> warnings, bool dateFromFields, IReadOnlyList<string> lines)
    {
        if (fields.Count == 0) return new HeaderResult(null, 0, null);
        string? agency = fields.GetValueOrDefault(Field.Agency);
        fields.TryGetValue(Field.Phone, out var phoneText);
        // The โทร label garbled or glued to the agency's last word: the number, standing where the phone stands (the
        // end of the agency's line), is the phone, and the label's remains are no part of the agency.
        if (agency is not null && AgencyWithPhone().Match(agency) is { Success: true } tail &&
            (tail.Groups["number"].Value.Count(ThaiDigits.IsDigit) >= 8 || tail.Groups["label"].Success))
        {
            agency = agency[..tail.Index].TrimEnd();
            if (string.IsNullOrWhiteSpace(phoneText) && tail.Groups["number"].Value.Length > 0) phoneText = tail.Groups["number"].Value;
        }
        string? phone = phoneText is not null ? HeaderFields.NormalizePhone(phoneText) : null;
        if (phoneText is not null && phone is null) warnings.Add($"header: phone not readable: '{phoneText}'");

        string? reference = fields.TryGetValue(Field.Reference, out var referenceText) ? HeaderFields.NormalizeReference(referenceText) : null;
        if (phone is not null) phone = HeaderFields.WithProvinceAreaCode(phone, reference, agency);
        string? iso = null, printed = null;
        DateOnly? parsed = null;
        if (dateFromFields && fields.TryGetValue(Field.Date, out var dateText))
        {
            if (HeaderFields.FirstDate(dateText) is { } d) (iso, printed, parsed) = (d.Iso, d.Printed, d.Date);
            else
            {
                // Kept as printed so a reviewer sees what the page said; the ISO date stays empty.
                printed = Blank(dateText);
                warnings.Add($"header: date not readable: '{dateText}'");
            }
        }
        var header = new MemoHeader
        {
            Agency = Blank(agency),
            Phone = phone,
            Reference = reference,
            Date = iso,
            DateText = printed,
            Subject = Blank(fields.GetValueOrDefault(Field.Subject)),
            Addressee = Blank(fields.GetValueOrDefault(Field.Addressee)),
        };
        return new HeaderResult(header, 0, parsed);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) || s.Trim() is "-" ? null : s.Trim();

    /// <summary>
    /// Walks the header zone collecting "label value" pairs. A line without labels continues the open free-text field —
    /// the subject, or the agency (also past a โทร label printed after it on its line, whose number may then stand at
    /// the end of the continuation line) — until the next label, the body, or a line that is no text (a decorative
    /// rule, OCR junk). Wrapped lines are joined by <see cref="ThaiText.JoinWrapped(string, string)"/>.
    /// </summary>
    /// <param name="lines">The document's first lines.</param>
    /// <param name="stopAtAddressee">A memo's header ends at its เรียน line.</param>
    /// <param name="bodyStart">The first line after the header.</param>
    /// <param name="blocks">The text block of each line, when known.</param>
    /// <param name="subjectEndsAtYear">
    /// The subject is another document's title (a form's เรื่อง), which closes with its year: a line after the year is
    /// no more of it (สำหรับหน่วยงาน… under a form's subject).
    /// </param>
    private static Dictionary<Field, string> ReadLabelledFields(IReadOnlyList<string> lines, bool stopAtAddressee, out int bodyStart, IReadOnlyList<int>? blocks = null,
        bool subjectEndsAtYear = false)
    {
        var fields = new Dictionary<Field, string>();
        Field? last = null;
        Field? open = null;
        int openLine = 0;
        int continuations = 0;
        bodyStart = 0;
        int limit = Math.Min(lines.Count, HeaderZone);
        for (int i = 0; i < limit; i++)
        {
            // Specks before a label read as punctuation (": เรื่อง …" on a photocopy) must not hide it.
            var line = lines[i].TrimStart(StrayLeadingMarks).TrimStart();
            if (stopAtAddressee && !fields.ContainsKey(Field.Agency)) line = WithAgencyLabelRepaired(line);
            var labels = Labels(line);
            // A subject wrapped before its fiscal year ("… ประจำปีงบประมาณ" / "พ. ศ. ๒๕๖๘", "… ประจำ" / "ปีงบประมาณ พ.ศ. ๒๕๖๘"):
            // the phrase is unfinished, so the line that finishes it with a year is the subject's, whatever block the
            // layout put it in and however few letters it has (a lone era and year looks like junk to the line test).
            // The era read as specks at the subject's end ("… ประจำปีงบประมาณ พเต." / "' u ๒๕๖๘ |") awaits its year too, and
            // specks before the year on its line are no part of it.
            if (labels.Count == 0 && open is Field.Subject && AwaitsFiscalYear(fields[Field.Subject]) &&
                FiscalYearTail().Match(LeadingSpecks().Replace(line, "")) is { Success: true } yearTail)
            {
                var (subjectText, eraLost) = WithoutGarbledEra(fields[Field.Subject]);
                var tail = EraOf(yearTail.Value);
                if (eraLost && !tail.Contains("พ.ศ.", StringComparison.Ordinal)) tail = "พ.ศ. " + tail;
                fields[Field.Subject] = ThaiText.JoinWrapped(subjectText, tail);
                open = null;
                bodyStart = i + 1;
                continue;
            }
            if (labels.Count == 0)
            {
                if (ParsingText.IsJunkLine(line))
                {
                    // Nothing continues over a rule or junk; under an order's subject it is the rule before the body.
                    if (fields.Count > 0) bodyStart = i + 1;
                    open = null;
                    continue;
                }
                // A label printed alone in a label column, its value on the next line ("ที่" / "สบ ๕๒๓๐๑/๑๒๓", "วันที่" /
                // "๒ มีนาคม ๒๕๖๗"): the line under an empty field is its value (the agency has its own continuation below).
                if (last is { } pending and not Field.Agency && open is not Field.Agency && fields.TryGetValue(pending, out var pendingValue) && pendingValue.Length == 0)
                {
                    var value = line.Trim().TrimStart(':', '.').Trim();
                    if (pending is Field.Reference && HeaderFields.SplitReferenceAndDate(value) is (var reference, var date))
                    {
                        value = reference;
                        if (date is not null && !fields.ContainsKey(Field.Date)) fields[Field.Date] = date;
                    }
                    fields[pending] = value;
                    open = pending is Field.Subject ? Field.Subject : null;
                    openLine = i;
                    continuations = 0;
                    bodyStart = i + 1;
                    if (stopAtAddressee && pending is Field.Addressee) break;
                    continue;
                }
                // A subject whose เรื่อง label OCR lost (see SubjectWithLostLabel).
                if (open is null && SubjectWithLostLabel(line, lines, i, limit, stopAtAddressee, fields) is { } lostSubject)
                {
                    fields[Field.Subject] = lostSubject;
                    open = Field.Subject;
                    last = Field.Subject;
                    openLine = i;
                    continuations = 0;
                    bodyStart = i + 1;
                    continue;
                }
                // The ที่ … วันที่ … line with both labels lost ("Nau ๐๐๓๓.๒๑๕/๓๐๗ FUN ๘ พฤศจิกายน ๒๕๖๕"): a reference number
                // and a date after the agency, before the subject, are the reference and the date whatever the labels became.
                if (stopAtAddressee && fields.ContainsKey(Field.Agency) && !fields.ContainsKey(Field.Reference) && !fields.ContainsKey(Field.Subject) &&
                    LostLabelsReferenceLine().Match(line) is { Success: true } lost &&
                    HeaderFields.SplitReferenceAndDate(lost.Groups["value"].Value) is (var lostReference, { } lostDate))
                {
                    fields[Field.Reference] = lostReference;
                    if (!fields.ContainsKey(Field.Date)) fields[Field.Date] = lostDate;
                    open = null;
                    last = Field.Date;
                    bodyStart = i + 1;
                    continue;
                }
                // The ที่ line alone with its label lost ("n ศกุ ๐๐๓๓.๓๑๒/๔๗๘", วันที่ on the next line): a letter code and a
                // reference number after the agency, before the date and the subject, nothing after them, are the reference.
                if (stopAtAddressee && fields.ContainsKey(Field.Agency) && !fields.ContainsKey(Field.Reference) && !fields.ContainsKey(Field.Date) &&
                    !fields.ContainsKey(Field.Subject) && LostLabelReferenceAlone().Match(line) is { Success: true } alone)
                {
                    fields[Field.Reference] = alone.Groups["value"].Value.Trim();
                    open = null;
                    last = Field.Reference;
                    bodyStart = i + 1;
                    continue;
                }
                // A phone number wrapped after its label ("โทร. ๐" / "๔๓๒๖ ๑๕๔๗"): a line of digits continues it.
                if (last is Field.Phone && PhoneContinuation().Match(line) is { Success: true } more && DigitCount(fields[Field.Phone]) < 9)
                {
                    fields[Field.Phone] = (fields[Field.Phone] + " " + more.Groups["phone"].Value.Trim()).Trim();
                    bodyStart = i + 1;
                    continue;
                }
                if (open is Field.Agency)
                {
                    if (continuations < MaxContinuationLines && !OpensBody(line) && SplitAgencyContinuation(line) is { } piece)
                    {
                        fields[Field.Agency] = ThaiText.JoinWrapped(fields[Field.Agency], piece.Text);
                        if (piece.Phone is not null && DigitCount(fields.GetValueOrDefault(Field.Phone) ?? "") == 0) fields[Field.Phone] = piece.Phone;
                        continuations++;
                        bodyStart = i + 1;
                        continue;
                    }
                    open = null;
                    continue;
                }
                // เรียน read one letter wrong ("เรียบ ผู้อำนวยการ…", "เธียน นายก…") under the subject: the addressee, not more subject.
                if (stopAtAddressee && open is Field.Subject && MisreadAddresseeLabel().Match(line) is { Success: true } addressee &&
                    EditDistance.Levenshtein(ThaiCue.Skeleton(addressee.Groups["label"].Value), ThaiCue.Skeleton("เรียน")) == 1)
                {
                    fields[Field.Addressee] = line[addressee.Groups["value"].Index..].Trim();
                    bodyStart = i + 1;
                    break;
                }
                if (open is Field.Subject)
                {
                    // The subject goes on until the next label; the body (ตามที่/ด้วย/โดยที่…, a section heading, a long
                    // line) ends it, and so does a limit: a memo whose เรียน line was lost must not swallow its body.
                    // The paragraph after the subject's block (two lines or more) is the body however short its first
                    // line; a one-line block is the subject's wrap the layout set apart.
                    bool bodyBlock = blocks is not null && blocks[i] != blocks[openLine] && blocks.Count(b => b == blocks[i]) >= 2 &&
                                     !SubjectWrapOverBody(lines, blocks, i);
                    bool closedByYear = subjectEndsAtYear && YearEnds().IsMatch(fields[Field.Subject]);
                    if (bodyBlock || closedByYear || line.Length > 120 || OpensBody(line) || EndsSubject(line) || continuations >= MaxContinuationLines || (!stopAtAddressee && line.Length > 90))
                    {
                        bodyStart = i;
                        break;
                    }
                    fields[Field.Subject] = ThaiText.JoinWrapped(fields[Field.Subject], line);
                    continuations++;
                    bodyStart = i + 1;
                    continue;
                }
                if (fields.Count > 0 && (stopAtAddressee ? fields.ContainsKey(Field.Addressee) : fields.ContainsKey(Field.Subject))) break;
                if (fields.Count > 0 && !stopAtAddressee) break;
                continue;
            }
            // Text before the first label on a header line is the value of a label printed alone on the line above
            // ("ส่วนราชการ" / "กองช่าง … โทร. …"); otherwise it is the title (บันทึกข้อความ) or noise and is ignored.
            var prefix = line[..labels[0].Index].Trim();
            if (prefix.Length > 0 && last is { } previous && fields.TryGetValue(previous, out var previousValue) && previousValue.Length == 0)
                fields[previous] = prefix;
            // The agency's last words before a โทร label on its continuation line ("อุตรดิตถ์ โทร. ๐ ๕๕๔๒ ๑๐๓๐").
            else if (prefix.Length > 0 && open is Field.Agency && FieldOf(labels[0].Groups["label"].Value) is Field.Phone &&
                     continuations < MaxContinuationLines && SplitAgencyContinuation(prefix) is { Phone: null } tail)
            {
                fields[Field.Agency] = ThaiText.JoinWrapped(fields[Field.Agency], tail.Text);
                continuations++;
            }
            // A reference whose ที่ label OCR lost, before the วันที่ label on its line ("อต ๐๐๓๓.๓๐๖/๕๖๐๑ วันที่ …").
            else if (prefix.Length > 0 && stopAtAddressee && FieldOf(labels[0].Groups["label"].Value) is Field.Date && !fields.ContainsKey(Field.Reference) &&
                     LostLabelsReferenceLine().Match(prefix + " ") is { Success: true } lostLabel)
                fields[Field.Reference] = lostLabel.Groups["value"].Value.Trim();
            open = null;
            for (int k = 0; k < labels.Count; k++)
            {
                int valueStart = labels[k].Index + labels[k].Length;
                int valueEnd = k + 1 < labels.Count ? labels[k + 1].Index : line.Length;
                var value = line[valueStart..valueEnd].Trim().TrimStart(':', '.').Trim();
                var field = FieldOf(labels[k].Groups["label"].Value);
                if (field is null) continue;
                if (field is Field.Reference)
                {
                    // "ที่ ขก ๗๔๓๐๒/๒๑๘ ๒๐ พฤศจิกายน ๒๕๖๗" with วันที่ lost or misread: the date is no part of the reference.
                    var (reference, date) = HeaderFields.SplitReferenceAndDate(value);
                    value = reference;
                    if (date is not null && k + 1 == labels.Count && !fields.ContainsKey(Field.Date)) fields[Field.Date] = date;
                }
                if (!fields.ContainsKey(field.Value) || fields[field.Value].Length == 0) fields[field.Value] = value;
                // The agency stays open past a โทร label on its own line: "ส่วนราชการ … องค์การบริหารส่วน โทร" / "ตำบล… ๐-๔๔๙๗-๔๒๒๔".
                open = field switch
                {
                    Field.Agency or Field.Subject => field,
                    Field.Phone when open is Field.Agency => Field.Agency,
                    _ => null,
                };
                last = field;
                openLine = i;
                continuations = 0;
            }
            bodyStart = i + 1;
            if (stopAtAddressee && last == Field.Addressee && fields[Field.Addressee].Length > 0) break;
        }
        return fields;
    }

    /// <summary>
    /// True when a เรียน/เสนอ line follows within a subject's reach (its first line and its wrapped lines) with no other
    /// label before it.
    /// </summary>
    /// <summary>
    /// The subject of a line whose เรื่อง label OCR lost, or null. In a memo ("WAG โช้ง. . ขออนุมัติ…"): after the date or
    /// reference, before the เรียน label a few lines down, with no label between, a line that opens no body. In an
    /// announcement or order ("309 มาตรการป้องกันการทุจริต…" under "ประกาศ…"): right under the title, before any other
    /// field, a line whose first pieces are what is left of a label (Latin letters, digits, no Thai letter) and whose
    /// rest is Thai words.
    /// </summary>
    private static string? SubjectWithLostLabel(string line, IReadOnlyList<string> lines, int i, int limit, bool memo, Dictionary<Field, string> fields)
    {
        if (OpensBody(line) || HeaderFields.FirstDatePrintedAnyYear(line) is not null || ReferenceNumber().IsMatch(line)) return null;
        if (memo)
            return (fields.ContainsKey(Field.Date) || fields.ContainsKey(Field.Reference)) && !fields.ContainsKey(Field.Subject) &&
                !fields.ContainsKey(Field.Addressee) && AddresseeFollows(lines, i + 1, limit)
                ? WithoutLostLabel(line)
                : null;
        return fields.Count == 0 && TitleAbove(lines, i) && WithoutLostLabel(line) is { } subject && subject.Length < line.Trim().Length
            ? subject
            : null;
    }

    private static bool AddresseeFollows(IReadOnlyList<string> lines, int from, int limit)
    {
        for (int j = from; j < Math.Min(limit, from + MaxContinuationLines + 1); j++)
        {
            var labels = Labels(lines[j].TrimStart(StrayLeadingMarks).TrimStart());
            if (labels.Count == 0) continue;
            return labels[0].Index == 0 && FieldOf(labels[0].Groups["label"].Value) is Field.Addressee;
        }
        return false;
    }

    /// <summary>
    /// The line without what is left of a label OCR could not read: leading pieces holding Latin letters, no Thai letter,
    /// or a short run of letters closed by leader dots ("WAG โช้ง. . ขออนุมัติ…" -> "ขออนุมัติ…"). Null when nothing of
    /// Thai text is left.
    /// </summary>
    private static string? WithoutLostLabel(string line)
    {
        var pieces = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int k = 0;
        while (k < pieces.Length - 1 && (pieces[k].Any(char.IsAsciiLetter) || !pieces[k].Any(ThaiCharacters.IsConsonant) ||
                                         pieces[k].Length <= 6 && pieces[k].EndsWith('.') && !pieces[k].EndsWith("ฯ.", StringComparison.Ordinal)))
            k++;
        var rest = string.Join(' ', pieces[k..]).Trim();
        return rest.Length >= 4 && ParsingText.HasWord(rest) && !rest.Any(char.IsAsciiLetter) ? rest : null;
    }

    /// <summary>
    /// True when a subject ends in a fiscal-year phrase that has no year yet: ประจำ, ประจำปี, (ปี)งบประมาณ, พ.ศ. (marks
    /// and spaces aside).
    /// </summary>
    private static bool AwaitsFiscalYear(string subject)
    {
        if (WithoutGarbledEra(subject).EraLost) return true;
        var skeleton = ThaiCue.Skeleton(subject.TrimEnd(' ', '.', ','));
        return skeleton.EndsWith(ThaiCue.Skeleton("ประจำ"), StringComparison.Ordinal) ||
               skeleton.EndsWith(ThaiCue.Skeleton("ประจำปี"), StringComparison.Ordinal) ||
               skeleton.EndsWith(ThaiCue.Skeleton("งบประมาณ"), StringComparison.Ordinal) ||
               skeleton.EndsWith(ThaiCue.Skeleton("พ.ศ"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject without the era OCR garbled after its fiscal-year phrase ("… ประจำปีงบประมาณ พเต.", "… ปีงบประมาณ ห พ.
    /// a."): up to three short pieces without digits standing there can only be the era whose year follows on the next
    /// line. EraLost is false (the subject as given) when the subject ends otherwise.
    /// </summary>
    private static (string Subject, bool EraLost) WithoutGarbledEra(string subject)
    {
        var m = GarbledEraAfterFiscalYear().Match(subject);
        return m.Success && ThaiCue.Skeleton(m.Groups["era"].Value) != ThaiCue.Skeleton("พ.ศ.")
            ? (subject[..m.Groups["era"].Index].TrimEnd(), true)
            : (subject, false);
    }

    /// <summary>The era in a fiscal-year tail written as พ.ศ. (OCR splits and marks it: "พ. ศ.", "พ.ุศ.").</summary>
    private static string EraOf(string tail) => SpeckledEra().Replace(tail, "พ.ศ. ").Replace("  ", " ").Trim();

    /// <summary>
    /// True when the nearest line above <paramref name="i"/> that is text (within two lines) is the title of an
    /// announcement or order (ประกาศ…, คำสั่ง…).
    /// </summary>
    private static bool TitleAbove(IReadOnlyList<string> lines, int i)
    {
        for (int j = i - 1; j >= Math.Max(0, i - 2); j--)
        {
            var above = lines[j].TrimStart(StrayLeadingMarks).TrimStart();
            if (above.Length == 0 || ParsingText.IsJunkLine(above)) continue;
            return ThaiCue.StartsWith(above, "ประกาศ") || ThaiCue.StartsWith(above, "คำสั่ง");
        }
        return false;
    }

    /// <summary>
    /// The line with a misread ส่วนราชการ opening it ("สั่วนราชภาร โรงเรียน…": a mark added, ก read as ภ) written as the
    /// label: a first word whose letters are one or two off the label's nine can be no other word at a memo's head. Three
    /// off ("จวนขาหการ โรงพยาบาล…") only when what follows opens with the word an agency's name opens with: then the
    /// line is the agency's whatever its label became.
    /// </summary>
    private static string WithAgencyLabelRepaired(string line)
    {
        int space = line.IndexOf(' ');
        if (space < 0) return line;
        var word = line[..space];
        var skeleton = ThaiCue.Skeleton(word);
        if (skeleton.Length is < 7 or > 11 || !word.All(c => c is >= '\u0E01' and <= '\u0E4E')) return line;
        int distance = EditDistance.Levenshtein(skeleton, AgencyLabelSkeleton);
        bool agencyFollows = AgencyNameStart().IsMatch(line[space..].TrimStart());
        return distance is 1 or 2 || distance == 3 && agencyFollows ? "ส่วนราชการ" + line[space..] : line;
    }

    // The words an agency's name opens with in a memo's ส่วนราชการ field.
    [GeneratedRegex(@"^(?:สำนัก|กลุ่ม|กอง|ฝ่าย|งาน|โรงพยาบาล|โรงเรียน|องค์การ|เทศบาล|ศูนย์|คณะ|กรม|ที่ทำการ|(?:มหา)?วิทยาลัย)")]
    private static partial Regex AgencyNameStart();

    private static readonly string AgencyLabelSkeleton = ThaiCue.Skeleton("ส่วนราชการ");

    /// <summary>
    /// The subject's last line set into the body's block by the layout: a short line that opens no body sentence, followed
    /// in its block by the line that does ("ในการดำเนินงานของหน่วยงานภาครัฐ" / "เพื่อให้การประเมิน…").
    /// </summary>
    private static bool SubjectWrapOverBody(IReadOnlyList<string> lines, IReadOnlyList<int> blocks, int i) =>
        i + 1 < lines.Count && blocks[i + 1] == blocks[i] && lines[i].Length <= 60 && !OpensBody(lines[i]) && OpensBody(lines[i + 1]);

    /// <summary>
    /// A line continuing the agency: Thai words (the rest of the name), optionally followed by a phone number whose
    /// label stood on the line above. Null when the line is anything else (a misread label line, a reference, prose).
    /// </summary>
    private static (string Text, string? Phone)? SplitAgencyContinuation(string line)
    {
        int digit = line.IndexOf(line.FirstOrDefault(ThaiDigits.IsDigit));
        if (!line.Any(ThaiDigits.IsDigit)) digit = line.Length;
        var text = line[..digit].Trim().TrimEnd(':', '.', ',', '-', '–').Trim();
        var rest = line[digit..].Trim();
        if (text.Length == 0 || text.Length > 60 || !ParsingText.HasWord(text) || text.Any(char.IsAsciiLetter)) return null;
        if (rest.Length == 0) return (text, null);
        // A number of one or two digits ending the name, a speck after it ("ศึกษาขอนแก่น เขต ๓ |"), is the name's (an
        // area's number): a phone has more digits.
        if (NameNumber().Match(rest) is { Success: true } number) return (text + " " + number.Groups["number"].Value, null);
        var phone = PhoneContinuation().Match(rest);
        return phone.Success ? (text, phone.Groups["phone"].Value.Trim()) : null;
    }

    private static int DigitCount(string text) => text.Count(ThaiDigits.IsDigit);

    /// <summary>
    /// The labels of a header line. ส่วนราชการ, เรื่อง, เรียน/เสนอ count only at the start of a line; a line that
    /// starts with เรื่อง or เรียน carries nothing else (its text may contain ที่ or วันที่ as ordinary words), and a
    /// line that opens a body carries none (ตามคำสั่ง… ที่ ๑๙๖/๒๕๖๗ ลงวันที่ … cites another document's number).
    /// </summary>
    private static List<Match> Labels(string line)
    {
        var labels = new List<Match>();
        if (OpensBody(line)) return labels;
        foreach (Match m in LabelPattern.Matches(line))
        {
            var field = FieldOf(m.Groups["label"].Value);
            // เรื่อง run onto the date's line after its year ("วันที่ ๑๓ พฤศจิกายน ๒๕๖๒ เรื่อง ขอ…") still opens the subject.
            if (field is Field.Agency or Field.Subject or Field.Addressee && m.Index != 0 &&
                !(field is Field.Subject && YearEnds().IsMatch(line[..m.Index]))) continue;
            labels.Add(m);
        }
        if (labels.Count > 0 && FieldOf(labels[0].Groups["label"].Value) is Field.Subject or Field.Addressee) labels.RemoveRange(1, labels.Count - 1);
        return labels;
    }

    private static bool OpensBody(string line) =>
        ThaiCue.StartsWith(line, "ตามที่") || ThaiCue.StartsWith(line, "ด้วย") || ThaiCue.StartsWith(line, "โดยที่") ||
        ThaiCue.StartsWith(line, "เพื่อ") || ThaiCue.StartsWith(line, "อาศัย") || BodyOpening().IsMatch(line);

    // Other openings of a body's first sentence: "ตามพระราชบัญญัติ…", "ตามระเบียบ…", "เนื่องจาก…", "อนุสนธิ…".
    [GeneratedRegex(@"^(?:ตาม(?:พระราชบัญญัติ|ระเบียบ|ประกาศ|หนังสือ|คำสั่ง|มติ|นโยบาย|รัฐธรรมนูญ)|เนื่องจาก|อนุสนธิ|ในการนี้|บัดนี้)")]
    private static partial Regex BodyOpening();

    /// <summary>Header keys that follow the subject in letters and memos: อ้างถึง, สิ่งที่ส่งมาด้วย; and section headings (เรื่องเดิม…).</summary>
    private static bool EndsSubject(string line) =>
        ThaiCue.StartsWith(line, "อ้างถึง") || ThaiCue.StartsWith(line, "สิ่งที่ส่งมาด้วย") || SectionHeadings.Match(line) is not null;

    private static Field? FieldOf(string label)
    {
        var s = ThaiCue.Skeleton(label);
        if (s == ThaiCue.Skeleton("ส่วนราชการ")) return Field.Agency;
        if (s == ThaiCue.Skeleton("วันที่")) return Field.Date;
        if (s == ThaiCue.Skeleton("ที่")) return Field.Reference;
        if (s == ThaiCue.Skeleton("เรื่อง")) return Field.Subject;
        if (s == ThaiCue.Skeleton("เรียน") || s == ThaiCue.Skeleton("เสนอ")) return Field.Addressee;
        if (s.StartsWith(ThaiCue.Skeleton("โทร"), StringComparison.Ordinal)) return Field.Phone;
        return null;
    }

    private static Regex BuildLabelPattern()
    {
        // Longest labels first so that วันที่ wins over ที่.
        string[] words = ["ส่วนราชการ", "วันที่", "เรื่อง", "เรียน", "เสนอ"];
        var alternatives = words.Select(ThaiCue.LoosePattern).ToList();
        alternatives.Add(@"โทร(?:ศัพท์|สาร)?\.?");
        string ti = ThaiCue.LoosePattern("ที่");
        // "ที่" only when followed by a space or a digit or a reference-like code (กส, นก.), never inside words
        // like หน้าที่; the negative look-behind keeps "วันที่" from also yielding "ที่".
        // เรียน/เสนอ typed or read without the space before the addressee: "เรียนนายกเทศมนตรี…", "เสนอผู้อำนวยการ…".
        string addressee = $"(?:{ThaiCue.LoosePattern("เรียน")}|{ThaiCue.LoosePattern("เสนอ")})";
        const string addresseeStart = "(?:นาย|ผู้|ปลัด|หัวหน้า|คณะ|ประธาน|รอง|อธิบดี|ผู้ว่า)";
        // เรื่อง run into its subject by a text layer that lost the space ("เรื่องขออนุญาตเผยแพร่…"): only before the
        // words subjects open with, so that เรื่องเดิม (a section heading) stays a heading.
        string subject = ThaiCue.LoosePattern("เรื่อง");
        const string subjectStart = "(?:ขอ|การ|รายงาน|แต่งตั้ง|ประกาศ|มาตรการ|แผน|ส่ง|แจ้ง|เชิญ|ประชาสัมพันธ์|อนุมัติ|ผล|นโยบาย|แนวทาง)";
        string pattern = $@"(?:(?<=^)|(?<=\s))(?:(?<label>{string.Join('|', alternatives)})(?=\s|:|[0-9๐-๙]|$)|(?<label>{addressee})(?={addresseeStart})|(?<=^)(?<label>{subject})(?={subjectStart})|(?<label>{ti})(?=\s|:|[0-9๐-๙]|$|\.?[ก-ฮ]{{1,4}}\.?\s?[0-9๐-๙]))";
        return new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    // "สั่ง ณ วันที่", "ประกาศ ณ วันที่", "ให้ไว้ ณ วันที่"
    // A misread label (up to two short words that are no letter code: the label and a code both read as Latin, "N VU";
    // or none), then a reference: an optional letter code, digits, a slash, digits.
    // A lost label (a short word or letters), then a letter code (a speck of a mark on it allowed) and a reference number
    // ending the line: "n ศกุ ๐๐๓๓.๓๑๒/๔๗๘".
    [GeneratedRegex(@"^[\s.,:;'`|]*(?:[A-Za-z\u0E01-\u0E4E]{1,4}\.?\s+)?(?<value>[ก-ฮ](?:[ก-ฮ][\u0E31-\u0E4E]?){1,2}\.?\s*[๐-๙0-9]{2,}[๐-๙0-9.]*\s*/\s*[๐-๙0-9]{1,6})[\s.,]*$")]
    private static partial Regex LostLabelReferenceAlone();

    [GeneratedRegex(@"^(?:(?![ก-ฮ]{2,3}\.?\s)[A-Za-z\u0E01-\u0E4E]{1,5}\.?\s+){0,2}(?<value>(?:[ก-ฮ]{2,3}\.?\s*)?[๐-๙0-9]{2,}[๐-๙0-9.\s]*/\s*[๐-๙0-9]+\s.*)$")]
    private static partial Regex LostLabelsReferenceLine();

    // What finishes a fiscal-year phrase: (ปี)(งบประมาณ) (พ.ศ.) and a Buddhist-Era year, standing first on the line.
    [GeneratedRegex(@"^(?:ปี\s*)?(?:งบ\s*ประมาณ\s*)?(?:พ[\u0E31-\u0E4E]?\s?\.?\s?[\u0E31-\u0E4E]?ศ[\u0E31-\u0E4E]?\s?\.?\s*)?(?:๒๕|25)[0-9๐-๙]{2}(?![0-9๐-๙])")]
    private static partial Regex FiscalYearTail();

    // ปีงบประมาณ, then one to three short pieces without digits (the era, garbled) ending the text.
    [GeneratedRegex(@"ปีงบประมาณ(?<era>(?:\s+[^\s0-9๐-๙]{1,4}){1,3})\s*$")]
    private static partial Regex GarbledEraAfterFiscalYear();

    // Specks before a year on its line: pieces of one or two signs that hold no Thai consonant and no digit ("u ", ":, ").
    [GeneratedRegex(@"^(?:[^\sก-ฮ0-9๐-๙]{1,2}\s+)+")]
    private static partial Regex LeadingSpecks();

    // พ.ศ. as OCR splits it or specks it with a mark.
    [GeneratedRegex(@"พ[\u0E31-\u0E4E]?\s?\.?\s?[\u0E31-\u0E4E]?ศ[\u0E31-\u0E4E]?\s?\.?\s*")]
    private static partial Regex SpeckledEra();

    // A first word of four to six Thai signs, then the words an addressee opens with.
    [GeneratedRegex(@"^(?<label>[\u0E01-\u0E4E]{4,6})\s+(?<value>(?:ผู้|นาย|ปลัด|หัวหน้า|คณะ|ประธาน|รอง|อธิบดี|ผู้ว่า|สาธารณสุข)\S*.*)$")]
    private static partial Regex MisreadAddresseeLabel();

    // A reference number: digits, a slash, digits.
    [GeneratedRegex(@"[๐-๙0-9]{2,}[๐-๙0-9.]*\s*/\s*[๐-๙0-9]+")]
    private static partial Regex ReferenceNumber();

    // Text ending in a Buddhist-Era year.
    [GeneratedRegex(@"(?:๒๕|25)[0-9๐-๙]{2}\s*$")]
    private static partial Regex YearEnds();

    // A speck read as a mark on ณ ("ณ์ วันที่") is no other word.
    [GeneratedRegex(@"ณ[\u0E47-\u0E4E]?\s*วัน")]
    private static partial Regex IssuedDate();

    // The end of an agency value: a โทร label glued to the last word ("จังหวัดศรีสะเกษโทร"), or a phone-like run of
    // digits with at most a short garbled label before it ("(งานบริหาร) ๑.๓๘-๒๑๙๒๓๒-๓").
    [GeneratedRegex(@"(?:(?<label>โทร(?:ศัพท์|สาร)?\.?)\s*(?<number>[0-9๐-๙][0-9๐-๙\-–\s]*)?|(?<=\s)(?:[^\s]{0,3}?)(?<number>[0-9๐-๙]{1,3}[\-–\s]?[0-9๐-๙][0-9๐-๙\-–\s]{5,}[0-9๐-๙]))\s*$")]
    private static partial Regex AgencyWithPhone();

    // ณ standing alone, one short piece without digits (วันที่ misread), then a day and a month name.
    [GeneratedRegex(@"(?<![\u0E01-\u0E4E])ณ[\u0E47-\u0E4E]?\s+[^\s0-9๐-๙]{1,5}\s+[0-9๐-๙]{1,2}\s*(?:" + HeaderFields.MonthNames + ")")]
    private static partial Regex IssuedGarbledLabel();

    // The issuing line with its ณ garbled or lost: สั่ง / ประกาศ / ให้ไว้ at the start, then within a few characters วัน.
    [GeneratedRegex(@"^\s*(?:สั่ง|ส่ัง|ประกาศ|ให้ไว้)\s*\S{0,3}\s*วั?น")]
    private static partial Regex IssuedLead();

    // One or two digits, then at most specks that are no letter or digit.
    [GeneratedRegex(@"^(?<number>[0-9๐-๙]{1,2})[\s|.,:;'`]*$")]
    private static partial Regex NameNumber();

    // Digits of a phone number, possibly followed by a speck OCR read as a letter or two.
    [GeneratedRegex(@"^(?<phone>[0-9๐-๙][\s0-9๐-๙\-–]{3,19})(?:\s+\S{1,2})?$")]
    private static partial Regex PhoneContinuation();

    // Where the head of minutes ends: the attendance list, the opening time or the first agenda item.
    [GeneratedRegex(@"^(?:ผู้มาประชุม|ผู้เข้าประชุม|รายชื่อผู้|เริ่มประชุม|ระเบียบวาระ)")]
    private static partial Regex MinutesBodyStart();
}
