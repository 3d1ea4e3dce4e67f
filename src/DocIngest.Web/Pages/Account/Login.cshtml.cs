using DocIngest.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "กรุณากรอกชื่อผู้ใช้และรหัสผ่าน";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = !result.IsLockedOut ? "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
            : await DisabledAsync(UserName.Trim(), Password) ? "บัญชีนี้ถูกปิดการใช้งาน ติดต่อผู้ดูแลระบบเพื่อเปิดใช้อีกครั้ง"
            : "บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง ลองใหม่ภายหลัง";
        return Page();
    }

    /// <summary>
    /// Whether the account was disabled by an administrator (not locked for a while after failed logins). Said only to
    /// someone who knows its password, so the answer does not tell a stranger which accounts exist or are disabled.
    /// </summary>
    private async Task<bool> DisabledAsync(string userName, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        return user is not null && UserAdministration.IsDisabled(user) && await signIn.UserManager.CheckPasswordAsync(user, password);
    }
}
