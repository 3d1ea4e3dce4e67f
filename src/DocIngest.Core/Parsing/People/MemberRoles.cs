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

    /// <summary>The role when the whole text is one (a table's role column).</summary>
    /// Spaces are ignored: a role wrapped inside a narrow cell comes back as "ประธาน กรรมการ".
    public static string? Exact(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return Roles.FirstOrDefault(r => r == compact);
    }
}
