using DocIngest.Data.Identity;
using DocIngest.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages.Admin;

/// <summary>One account as the page lists it.</summary>
public sealed record AccountView(string Name, string Role, bool Disabled);

/// <summary>
/// Accounts and their roles, administrators only: add, change the role, disable and enable, set a new password. Changes
/// go through <see cref="UserAdministration"/>, the one place the API uses too, so they take effect at the account's
/// next request either way.
/// </summary>
[Authorize(Policy = AccessExtensions.CanAdminister)]
public sealed class UsersModel(UserManager<IdentityUser> users, UserAdministration accounts) : PageModel
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];
    [BindProperty] public string? NewUser { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string NewRole { get; set; } = Roles.Reader;
    public string? Error { get; private set; }
    public string? Message { get; private set; }
    public string PasswordRules => ThaiIdentity.PasswordRules(HttpContext.RequestServices);

    private string ActingUser => User.Identity?.Name ?? "";

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
            else Error = string.Join(" · ", created.Errors.Select(e => e.Description));
        }
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(string user, string role) =>
        ShowAsync(accounts.SetRoleAsync(user, role, ActingUser), $"เปลี่ยนบทบาทของ {user} เป็น{RoleLabel(role)}แล้ว");

    public Task<IActionResult> OnPostDisableAsync(string user) =>
        ShowAsync(accounts.DisableAsync(user, ActingUser), $"ระงับบัญชี {user} แล้ว");

    public Task<IActionResult> OnPostEnableAsync(string user) =>
        ShowAsync(accounts.EnableAsync(user, ActingUser), $"เปิดใช้บัญชี {user} แล้ว");

    public async Task<IActionResult> OnPostResetAsync(string user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            Error = "กรอกรหัสผ่านใหม่";
            await LoadAsync();
            return Page();
        }
        return await ShowAsync(accounts.ResetPasswordAsync(user, password, ActingUser), $"ตั้งรหัสผ่านใหม่ให้ {user} แล้ว");
    }

    /// <summary>Shows what became of a change: its Thai refusal, or <paramref name="done"/>.</summary>
    private async Task<IActionResult> ShowAsync(Task<UserChange> change, string done)
    {
        var outcome = await change;
        if (outcome.Succeeded) Message = done;
        else Error = outcome.Error;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Accounts = [.. (await accounts.ListAsync(HttpContext.RequestAborted)).Select(a => new AccountView(a.Name,
            a.Roles.Contains(Roles.Admin) ? Roles.Admin : a.Roles.Contains(Roles.Reviewer) ? Roles.Reviewer : Roles.Reader, a.Disabled))];
    }

    public static string RoleLabel(string role) => role switch
    {
        Roles.Admin => "ผู้ดูแลระบบ",
        Roles.Reviewer => "ผู้ตรวจทาน",
        _ => "ผู้อ่าน",
    };
}
