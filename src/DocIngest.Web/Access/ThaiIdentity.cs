using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Access;

/// <summary>
/// Identity in Thai for the people who manage accounts: user names may be written in Thai (สมชาย.ใจดี), Identity's
/// refusals are Thai, and the password rules in force can be shown as a sentence.
/// </summary>
public static class ThaiIdentity
{
    /// <summary>Identity's default user-name characters plus the Thai block (letters, vowels, tone marks, Thai digits).</summary>
    public static readonly string AllowedUserNameCharacters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+"
        + new string(Enumerable.Range(0x0E01, 0x0E5B - 0x0E01 + 1).Select(c => (char)c).ToArray());

    /// <summary>Thai user names and Thai error descriptions; the rest of Identity's set-up is left as it is.</summary>
    public static IServiceCollection AddThaiIdentity(this IServiceCollection services)
    {
        services.Configure<IdentityOptions>(o => o.User.AllowedUserNameCharacters = AllowedUserNameCharacters);
        services.AddScoped<IdentityErrorDescriber, ThaiIdentityErrorDescriber>();
        return services;
    }

    /// <summary>The password rules in force, as a Thai sentence for the forms that set a password.</summary>
    public static string PasswordRules(PasswordOptions o)
    {
        var parts = new List<string> { $"อย่างน้อย {o.RequiredLength} ตัวอักษร" };
        if (o.RequireDigit) parts.Add("มีตัวเลข (0–9)");
        if (o.RequireLowercase) parts.Add("มีอักษรอังกฤษตัวพิมพ์เล็ก (a–z)");
        if (o.RequireUppercase) parts.Add("มีอักษรอังกฤษตัวพิมพ์ใหญ่ (A–Z)");
        if (o.RequireNonAlphanumeric) parts.Add("มีสัญลักษณ์ เช่น ! หรือ -");
        if (o.RequiredUniqueChars > 1) parts.Add($"มีอักขระไม่ซ้ำกันอย่างน้อย {o.RequiredUniqueChars} ตัว");
        return "รหัสผ่าน: " + string.Join(" · ", parts);
    }

    /// <summary>The rules from the running options.</summary>
    public static string PasswordRules(IServiceProvider services) =>
        PasswordRules(services.GetRequiredService<IOptions<IdentityOptions>>().Value.Password);
}

/// <summary>Identity's refusals in Thai.</summary>
public sealed class ThaiIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "เกิดข้อผิดพลาด");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"มีผู้ใช้ชื่อ '{userName}' อยู่แล้ว");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"ชื่อผู้ใช้ '{userName}' ใช้ไม่ได้: ใช้ได้เฉพาะอักษรไทย อักษรอังกฤษ ตัวเลข และ - . _ @ + โดยไม่มีช่องว่าง");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "รหัสผ่านต้องมีตัวเลขอย่างน้อยหนึ่งตัว (0–9)");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "รหัสผ่านต้องมีอักษรอังกฤษตัวพิมพ์เล็กอย่างน้อยหนึ่งตัว (a–z)");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "รหัสผ่านต้องมีอักษรอังกฤษตัวพิมพ์ใหญ่อย่างน้อยหนึ่งตัว (A–Z)");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "รหัสผ่านต้องมีสัญลักษณ์อย่างน้อยหนึ่งตัว");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"รหัสผ่านต้องมีอักขระไม่ซ้ำกันอย่างน้อย {uniqueChars} ตัว");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"ผู้ใช้มีบทบาท {role} อยู่แล้ว");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"ผู้ใช้ไม่มีบทบาท {role}");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "บัญชีนี้ระงับไม่ได้");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "มีผู้อื่นแก้บัญชีนี้พร้อมกัน ลองอีกครั้ง");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "รหัสผ่านไม่ถูกต้อง");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "บัญชีนี้มีรหัสผ่านอยู่แล้ว");
}
