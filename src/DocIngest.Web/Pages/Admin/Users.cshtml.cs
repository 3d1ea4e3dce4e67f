using DocIngest.Data.Identity;
using DocIngest.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Pages.Admin;

/// <summary>Accounts and their roles; administrators only.</summary>
[Authorize(Policy = AccessExtensions.CanAdminister)]
public sealed class UsersModel(UserManager<IdentityUser> users, AdminBootstrap bootstrap) : PageModel
{
    public IReadOnlyList<(string Name, IList<string> Roles)> Accounts { get; private set; } = [];
    [BindProperty] public string? NewUser { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string NewRole { get; set; } = Roles.Reader;
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(NewUser) || string.IsNullOrEmpty(NewPassword)) Error = "กรอกชื่อผู้ใช้และรหัสผ่าน";
        else
        {
            try
            {
                await bootstrap.CreateUserAsync(NewUser.Trim(), NewPassword, NewRole);
                Message = $"สร้างผู้ใช้ {NewUser.Trim()} แล้ว";
            }
            catch (InvalidOperationException e) { Error = e.Message; }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var list = new List<(string, IList<string>)>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
            list.Add((user.UserName ?? "", await users.GetRolesAsync(user)));
        Accounts = list;
    }

    public static string RoleLabel(string role) => role switch
    {
        Roles.Admin => "ผู้ดูแลระบบ",
        Roles.Reviewer => "ผู้ตรวจทาน",
        _ => "ผู้อ่าน",
    };
}
