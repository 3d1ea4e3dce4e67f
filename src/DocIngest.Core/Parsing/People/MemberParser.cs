using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Parsing.People;

/// <summary>
/// Committee members of an order (numbered lines "๑. นาย… ตำแหน่ง… ประธานกรรมการ" or a table with name,
/// position and role columns) and attendees of a meeting (the ผู้มาประชุม list).
/// </summary>
public sealed partial class MemberParser
{
    /// <summary>Members appointed by an order, in the order printed.</summary>
    /// <param name="content">
    /// The order's body in reading order: text lines (strings, or <see cref="TextLine"/>s whose boxes let a member's
    /// wrapped name or position be joined back, see <see cref="WrappedMemberText"/>), and tables where they stand.
    /// </param>
    /// <param name="warnings">Receives what could not be read.</param>
    /// <param name="memberLines">
    /// Receives the text of every line read as a member or as the wrapped rest of one (a role or a position's tail on the
    /// next line), so that the order's prose can leave them out; null when not wanted.
    /// </param>
    public IReadOnlyList<Person> ParseOrderMembers(IEnumerable<object> content, ICollection<string> warnings, ICollection<string>? memberLines = null)
    {
        var members = new List<Person>();
        WrappedMemberText? open = null;
        bool lastWasMember = false;
        foreach (var item in content)
        {
            if (item is Table table)
            {
                members.AddRange(FromTable(table));
                open = null;
                continue;
            }
            var (text, box) = item switch
            {
                TextLine l => (l.Text, l.Box),
                string plain => (plain, (BoundingBox?)null),
                _ => ("", null),
            };
            bool previousWasMember = lastWasMember;
            lastWasMember = false;
            bool taken = true;
            // A member line whose number OCR lost still names a person and ends in a role, inside the list.
            if ((MemberLine(text) ?? (members.Count > 0 ? UnnumberedMemberLine(text) : null)) is { } person)
            {
                lastWasMember = true;
                members.Add(person);
                open = box is { } b ? new WrappedMemberText(members.Count - 1, text, b) : null;
            }
            // The first part of a role ended the position's line ("… กรรมการและ" / "ผู้ช่วยเลขานุการ").
            else if (members.Count > 0 && previousWasMember && members[^1].Role is null &&
                     MemberRoles.CompletedFromPosition(members[^1].Position, text) is { } completed)
            {
                members[^1] = members[^1] with { Position = completed.Position, Role = completed.Role };
                open = null;
            }
            // A role alone on the line after a member without one (DOCX and text layers have no boxes to join by), or the
            // rest of a role that wrapped ("… ประธาน" / "กรรมการ"): a role word, never the tail of a name or position.
            else if (members.Count > 0 && previousWasMember && MemberRoles.Continued(members[^1].Role, text) is { } role)
            {
                members[^1] = members[^1] with { Role = role };
                open = null;
            }
            // The position's last word and the role wrapped together ("… เทคนิคการแพทย์และพยาธิวิทยา" / "คลินิก กรรมการ").
            else if (members.Count > 0 && previousWasMember && members[^1].Role is null && PositionTailAndRole(text) is { } tailed)
            {
                members[^1] = members[^1] with { Position = (members[^1].Position ?? "") + tailed.Tail, Role = tailed.Role };
                open = null;
            }
            else if (open is not null && box is { } fragmentBox && open.Attach(members[open.Index], text, fragmentBox) is { } joined)
            {
                members[open.Index] = joined;
            }
            else
            {
                open = null;
                taken = false;
            }
            // The line went into the list: a new member, or more of one already read.
            if (taken) memberLines?.Add(text);
        }
        if (members.Count == 0) warnings.Add("members: no committee member list found");
        int withoutRole = members.Count(m => m.Role is null);
        if (withoutRole > 0) warnings.Add($"members: {withoutRole} member(s) without a recognisable role");
        return members;
    }

    /// <summary>Attendees of a meeting: the ผู้มาประชุม list (none, with a warning, when the minutes have no such list).</summary>
    public IReadOnlyList<Person> ParseAttendees(IReadOnlyList<string> lines, ICollection<string> warnings)
    {
        var attendees = new List<Person>();
        bool inList = false;
        foreach (var line in lines)
        {
            if (ThaiCue.StartsWith(line, "ผู้มาประชุม") || ThaiCue.StartsWith(line, "ผู้เข้าประชุม") || ThaiCue.StartsWith(line, "รายชื่อผู้มาประชุม"))
            {
                inList = true;
                continue;
            }
            if (inList && (ThaiCue.StartsWith(line, "ผู้ไม่มาประชุม") || ThaiCue.StartsWith(line, "ผู้เข้าร่วมประชุม") ||
                           ThaiCue.StartsWith(line, "เริ่มประชุม") || ThaiCue.StartsWith(line, "ระเบียบวาระ")))
                break;
            if (inList && MemberLine(line) is { } person) attendees.Add(person);
        }
        // Without the list the minutes do not say who attended: the speakers are only some of them, and in the usual
        // two-column layout their names wrap inside a narrow column, so listing them would give cut names as members.
        if (attendees.Count == 0) warnings.Add("members: no attendance list (ผู้มาประชุม)");
        return attendees;
    }

    /// <summary>
    /// A member line without its number (OCR lost it, or the list is not numbered): a name at the start and a role at
    /// the end, nothing less; null otherwise.
    /// </summary>
    public static Person? UnnumberedMemberLine(string line)
    {
        var name = WithSurnameGlued(PersonNames.AtStart(LeadingPunctuation().Replace(line, "")));
        if (name is null) return null;
        var (position, role) = MemberRoles.SplitTrailing(TrailingPunctuation().Replace(name.Rest, ""));
        return role is null ? null : new Person(name.Name, Blank(position), role);
    }

    /// <summary>One numbered member line, or null.</summary>
    public static Person? MemberLine(string line)
    {
        var m = Numbering().Match(line);
        if (!m.Success) return null;
        var name = WithSurnameGlued(PersonNames.AtStart(line[m.Length..]));
        if (name is null) return null;
        var (position, role) = MemberRoles.SplitTrailing(TrailingPunctuation().Replace(name.Rest, ""));
        return new Person(name.Name, Blank(position), role);
    }

    /// <summary>
    /// A name whose surname a text layer ran into the first name ("นายธนวัฒน์ศรีมงคล นักจัดการงานทั่วไปปฏิบัติการ"): what
    /// was taken for the surname opens a position, so the name is the first word (kept as printed) and the rest is the
    /// position's.
    /// </summary>
    private static NameMatch? WithSurnameGlued(NameMatch? name)
    {
        if (name is null) return null;
        int space = name.Name.LastIndexOf(' ');
        if (space < GluedNameLength) return name;
        var surname = name.Name[(space + 1)..];
        return PositionOpening().IsMatch(surname)
            ? new NameMatch(name.Name[..space], (surname + " " + name.Rest).Trim())
            : name;
    }

    /// <summary>Shortest title and first name that may hold a surname run into it (นาย + two words of four letters).</summary>
    private const int GluedNameLength = 11;

    private static IEnumerable<Person> FromTable(Table table)
    {
        for (int r = 0; r < table.RowCount; r++)
        {
            var cells = table.Row(r).Select(c => TrailingPunctuation().Replace(LeadingPunctuation().Replace(ParsingText.OneLine(ParsingText.Clean(c.Text)), ""), ""))
                .Where(t => t.Length > 0).ToList();
            var nameCell = cells.Select(c => (Cell: c, Name: PersonNames.AtStart(Numbering().Replace(c, "")))).FirstOrDefault(x => x.Name is not null);
            if (nameCell.Name is null) continue;
            string? role = cells.Select(MemberRoles.Exact).FirstOrDefault(x => x is not null);
            // The position is the column after the name; a cell before it is the number column, whatever OCR made of it.
            var after = cells.Skip(cells.IndexOf(nameCell.Cell) + 1).ToList();
            var position = after.FirstOrDefault(c => MemberRoles.Exact(c) is null && !c.All(ch => char.IsDigit(ch) || ch == '.'));
            var rest = nameCell.Name.Rest;
            var name = nameCell.Name.Name;
            // A surname wrapped inside a narrow name cell ("นางสาวกมลชนก บุญ" / "ประเสริฐ"): the tail is Thai letters only
            // and the cell holds nothing else, so it belongs to the surname.
            if (rest.Length > 0 && position is not null && WrappedTail().IsMatch(rest) && MemberRoles.Exact(rest) is null)
            {
                name += rest;
                rest = "";
            }
            if (role is null && rest.Length > 0) (rest, role) = MemberRoles.SplitTrailing(rest);
            // A role typed into the position cell with spaces instead of a column: "ผู้อำนวยการกอง…   กรรมการ".
            if (role is null && position is not null) (position, role) = MemberRoles.SplitTrailing(position);
            yield return new Person(name, Blank(position ?? rest), role);
        }
    }

    /// <summary>
    /// A line holding the end of a wrapped position and a role after it, or null: one Thai word ("คลินิก กรรมการ"), or a
    /// few when the position ends in a name with an area number ("ประถมศึกษาเลย เขต ๒ ประธานกรรมการ").
    /// </summary>
    private static (string Tail, string Role)? PositionTailAndRole(string line)
    {
        var (rest, role) = MemberRoles.SplitTrailing(TrailingPunctuation().Replace(LeadingPunctuation().Replace(line, ""), ""));
        if (role is null || !(WrappedTail().IsMatch(rest) || WrappedTailWords().IsMatch(rest)) || PersonNames.AtStart(rest) is not null) return null;
        return (rest, role);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // "๑.", "(๒)", "๓)", nested "๑.๒" (a group's members), or a bullet.
    [GeneratedRegex(@"^\s*(?:\(?[0-9๐-๙]{1,3}\s*[.)]\s*(?:[0-9๐-๙]{1,3}\s*[.)]?\s*){0,2}|[-•●]\s*)")]
    private static partial Regex Numbering();

    // Specks and rules OCR reads around a cell's or line's text: ".นางสาว…", "… ทองมา -".
    [GeneratedRegex(@"^[\s.,\-–—•·'`|:;]+")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"[\s.,\-–—•·'`|:;]+$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"^[\u0E01-\u0E4E]{2,20}$")]
    private static partial Regex WrappedTail();

    // Words a position opens with that no surname does.
    [GeneratedRegex(@"^(?:ผู้อำนวยการ|ผู้ช่วย|รองผู้อำนวยการ|รองปลัด|ปลัด|หัวหน้า|นักวิชาการ|นักจัดการ|นักทรัพยากร|นักวิเคราะห์|นักประชาสัมพันธ์|นักพัฒนา|นักบริหาร|นักตรวจสอบ|เจ้าพนักงาน|เจ้าหน้าที่|พนักงาน|ข้าราชการ|นิติกร|พยาบาล|เภสัชกร|นายแพทย์|แพทย์|ครูชำนาญ|ครูผู้ช่วย|สาธารณสุข|ท้องถิ่น|รองนายก|นายก)")]
    private static partial Regex PositionOpening();

    // A wrapped position's last words: a Thai word, then at most two more, each a Thai word or an area number (เขต ๒).
    [GeneratedRegex(@"^[\u0E01-\u0E4E]{2,20}(?:\s+(?:[\u0E01-\u0E4E]{2,20}|[0-9๐-๙]{1,2})){1,2}$")]
    private static partial Regex WrappedTailWords();
}
