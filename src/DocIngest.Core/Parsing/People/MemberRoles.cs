namespace DocIngest.Core.Parsing.People;

/// <summary>Committee roles as printed at the end of a member line, longest first.</summary>
public static class MemberRoles
{
    private static readonly string[] Roles =
    [
        "อนุกรรมการและผู้ช่วยเลขานุการ", "กรรมการและผู้ช่วยเลขานุการ", "คณะทำงานและผู้ช่วยเลขานุการ", "อนุกรรมการและเลขานุการ",
        "กรรมการและเลขานุการ", "คณะทำงานและเลขานุการ", "รองประธานอนุกรรมการ", "ประธานอนุกรรมการ",
        "รองประธานกรรมการ", "รองประธานคณะทำงาน", "รองหัวหน้าคณะทำงาน", "หัวหน้าคณะทำงาน", "ผู้ช่วยเลขานุการ", "ประธานกรรมการ",
        "ประธานคณะทำงาน", "รองประธาน", "ที่ปรึกษา", "เลขานุการ", "อนุกรรมการ", "คณะทำงาน", "ประธาน", "กรรมการ",
    ];

    /// <summary>Splits a trailing role off the text: "ปลัด อบต. กรรมการ" -> ("ปลัด อบต.", "กรรมการ").</summary>
    public static (string Remainder, string? Role) SplitTrailing(string text)
    {
        var trimmed = text.Trim();
        foreach (var role in Roles)
        {
            if (trimmed.EndsWith(role, StringComparison.Ordinal))
            {
                var rest = trimmed[..^role.Length].Trim();
                // "…สภาเทศบาล ประธาน" yes; "ประธานสภา" as a whole position is not a role line.
                if (rest.Length == 0 || char.IsWhiteSpace(trimmed[^(role.Length + 1)])) return (rest, role);
                // "… ปลัด อบต. เป็นประธานกรรมการ": the role said in a sentence.
                if (rest.EndsWith("เป็น", StringComparison.Ordinal)) return (rest[..^"เป็น".Length].Trim(), role);
            }
        }
        return (trimmed, null);
    }

    /// <summary>
    /// The role when the whole text is one (a table's role column). Spaces and stray signs are ignored (a role wrapped
    /// inside a narrow cell comes back as "ประธาน กรรมการ" or "ประธาน 1 คณะทำงาน"), tone marks OCR dropped or added do
    /// not count, and one letter misread in a role of six letters or more ("คณะหำงาน"), two in one of fifteen or more
    /// ("กรรมการและผผู้ชวยเลขานุการ"), are tolerated when no other role is as near.
    /// </summary>
    public static string? Exact(string text)
    {
        var compact = Compact(text);
        if (compact.Length == 0) return null;
        var exact = Roles.FirstOrDefault(r => r == compact);
        if (exact is not null || compact.Length < 6) return exact;
        var bare = WithoutToneMarks(compact);
        var near = Roles.Where(r => r.Length >= 6)
            .Select(r => (Role: r, Distance: DocIngest.Core.Text.EditDistance.Levenshtein(WithoutToneMarks(r), bare)))
            .Where(x => x.Distance <= (x.Role.Length >= LongRole ? 2 : 1))
            .ToList();
        if (near.Count == 0) return null;
        int best = near.Min(x => x.Distance);
        var nearest = near.Where(x => x.Distance == best).ToList();
        return nearest.Count == 1 ? nearest[0].Role : null;
    }

    /// <summary>Length from which a role read with two letters wrong is still that role.</summary>
    private const int LongRole = 15;

    private static string WithoutToneMarks(string text) => string.Concat(text.Where(c => c is < '\u0E48' or > '\u0E4B'));

    /// <summary>
    /// The role a member's position ended on the first part of, completed by the next line ("… หัวหน้างานพัสดุ กรรมการและ" /
    /// "ผู้ช่วยเลขานุการ"): the position without that part and the whole role; null when they make no role.
    /// </summary>
    public static (string? Position, string Role)? CompletedFromPosition(string? position, string next)
    {
        if (position is null) return null;
        var compact = Compact(next);
        if (compact.Length == 0) return null;
        int space = position.LastIndexOf(' ');
        var head = space < 0 ? position : position[(space + 1)..];
        var role = Roles.FirstOrDefault(r => r == head + compact);
        if (role is null) return null;
        var rest = space < 0 ? null : position[..space].Trim();
        return (string.IsNullOrEmpty(rest) ? null : rest, role);
    }

    /// <summary>
    /// A member's role completed by the next line: the role alone when the member has none, or the wrapped rest of a
    /// longer role ("ประธาน" + "กรรมการ" -> ประธานกรรมการ); null when the line is neither.
    /// </summary>
    public static string? Continued(string? role, string next)
    {
        var compact = Compact(next);
        if (compact.Length == 0) return null;
        if (role is null) return Exact(next);
        var joined = role + compact;
        return Roles.FirstOrDefault(r => r == joined);
    }

    // Thai letters and marks only: spaces, digits and signs OCR put between the parts of a wrapped role are dropped.
    private static string Compact(string text) =>
        text.Any(c => c is >= 'A' and <= 'z') ? "" : string.Concat(text.Where(c => c is >= '\u0E01' and <= '\u0E4E' && !char.IsDigit(c)));
}
