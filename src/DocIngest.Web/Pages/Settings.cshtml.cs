using DocIngest.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages;

/// <summary>Display preferences kept in a cookie: Thai or Arabic digits.</summary>
public sealed class SettingsModel : PageModel
{
    [BindProperty] public string Digits { get; set; } = "arabic";

    public void OnGet() => Digits = Request.Cookies[ThaiDisplay.DigitsCookie] == "thai" ? "thai" : "arabic";

    public IActionResult OnPost()
    {
        Response.Cookies.Append(ThaiDisplay.DigitsCookie, Digits == "thai" ? "thai" : "arabic", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
        return Redirect("/settings");
    }
}
