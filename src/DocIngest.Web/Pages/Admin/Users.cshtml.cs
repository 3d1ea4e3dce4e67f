using DocIngest.Data.Identity;
using DocIngest.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Pages.Admin;

/// <summary>One account as the page lists it.</summary>
public sealed record AccountView(string Name, string Role, bool Disabled);

/// <summary>
/// Accounts and their roles, administrators only: add, change the role, disable and enable, set a new password.
/// Everything goes through Identity's own UserManager; a changed, disabled or re-passworded account gets a new
/// security stamp, so a host that validates stamps ends its sessions.
/// </summary>
[Authorize(Policy = AccessExtensions.CanAdminister)]
public sealed class UsersModel(UserManager<IdentityUser> users) : PageModel
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];
    [BindProperty] public string? NewUser { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string NewRole { get; set; } = Roles.Reader;
    public string? Error { get; private set; }
    public string? Message { get; private set; }
    public string PasswordRules => ThaiIdentity.PasswordRules(HttpContext.RequestServices);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        string name = NewUser?.Trim() ?? "";
        if (name.Length == 0 || string.IsNullOrEmpty(NewPassword)) Error = "กรอกชื่อผู้ใช้และรหัสผ่าน";
        else if (!Roles.All.Contains(NewRole)) Error = "ไม่รู้จักบทบาทนี้";
        else
        {
            var user = new IdentityUser(name);
            var created = await users.CreateAsync(user, NewPassword);
            if (created.Succeeded) created = await users.AddToRoleAsync(user, NewRole);
            if (created.Succeeded) Message = $"สร้างผู้ใช้ {name} ({RoleLabel(NewRole)}) แล้ว";
            else Error = Describe(created);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string user, string role) => await ForUserAsync(user, async account =>
    {
        if (!Roles.All.Contains(role)) return "ไม่รู้จักบทบาทนี้";
        if (IsSelf(account) && role != Roles.Admin) return "เปลี่ยนบทบาทของตัวเองไม่ได้ (ต้องมีผู้ดูแลระบบเหลืออย่างน้อยหนึ่งคน)";
        var current = await users.GetRolesAsync(account);
        var result = await users.RemoveFromRolesAsync(account, current);
        if (result.Succeeded) result = await users.AddToRoleAsync(account, role);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(account);
        return result.Succeeded ? null : Describe(result);
    }, $"เปลี่ยนบทบาทของ {user} เป็น{RoleLabel(role)}แล้ว");

    public async Task<IActionResult> OnPostDisableAsync(string user) => await ForUserAsync(user, async account =>
    {
        if (IsSelf(account)) return "ระงับบัญชีของตัวเองไม่ได้";
        var result = await users.SetLockoutEnabledAsync(account, true);
        if (result.Succeeded) result = await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(account);
        return result.Succeeded ? null : Describe(result);
    }, $"ระงับบัญชี {user} แล้ว");

    public async Task<IActionResult> OnPostEnableAsync(string user) => await ForUserAsync(user, async account =>
    {
        var result = await users.SetLockoutEndDateAsync(account, null);
        if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(account);
        return result.Succeeded ? null : Describe(result);
    }, $"เปิดใช้บัญชี {user} แล้ว");

    public async Task<IActionResult> OnPostResetAsync(string user, string? password) => await ForUserAsync(user, async account =>
    {
        if (string.IsNullOrEmpty(password)) return "กรอกรหัสผ่านใหม่";
        // Checked before the old one is removed, so a refused password never leaves the account without one.
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, account, password);
            if (!valid.Succeeded) return Describe(valid);
        }
        var result = await users.RemovePasswordAsync(account);
        if (result.Succeeded) result = await users.AddPasswordAsync(account, password);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(account);
        return result.Succeeded ? null : Describe(result);
    }, $"ตั้งรหัสผ่านใหม่ให้ {user} แล้ว");

    private bool IsSelf(IdentityUser account) => string.Equals(account.UserName, User.Identity?.Name, StringComparison.Ordinal);

    /// <summary>Runs a change on one account; the change returns a Thai refusal, or null when it succeeded.</summary>
    private async Task<IActionResult> ForUserAsync(string userName, Func<IdentityUser, Task<string?>> change, string done)
    {
        var account = await users.FindByNameAsync(userName);
        if (account is null) Error = $"ไม่พบผู้ใช้ {userName}";
        else if (await change(account) is { } refusal) Error = refusal;
        else Message = done;
        await LoadAsync();
        return Page();
    }

    private static string Describe(IdentityResult result) => string.Join(" · ", result.Errors.Select(e => e.Description));

    private async Task LoadAsync()
    {
        var list = new List<AccountView>();
        var now = DateTimeOffset.UtcNow;
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
        {
            var roles = await users.GetRolesAsync(user);
            string role = roles.Contains(Roles.Admin) ? Roles.Admin : roles.Contains(Roles.Reviewer) ? Roles.Reviewer : Roles.Reader;
            list.Add(new AccountView(user.UserName ?? "", role, user.LockoutEnd is { } end && end > now.AddYears(50)));
        }
        Accounts = list;
    }

    public static string RoleLabel(string role) => role switch
    {
        Roles.Admin => "ผู้ดูแลระบบ",
        Roles.Reviewer => "ผู้ตรวจทาน",
        _ => "ผู้อ่าน",
    };
}
