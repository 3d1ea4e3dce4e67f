using DocIngest.Web.Access;
using Microsoft.AspNetCore.Identity;

namespace DocIngest.Web.Api;

/// <summary>A new password.</summary>
public sealed record PasswordReset(string Password);

/// <summary>A user's own password change.</summary>
public sealed record PasswordChange(string CurrentPassword, string NewPassword);

/// <summary>The role an account is given.</summary>
public sealed record RoleChange(string Role);

/// <summary>
/// Accounts (administrators): list, disable, enable, reset a password, set the role, delete; and every user's own
/// password. Each change takes effect at the account's next request (see <see cref="UserAdministration"/>).
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/users").WithTags("users").RequireAuthorization(AccessExtensions.CanAdminister);
        admin.MapGet("/", async (UserAdministration accounts, CancellationToken ct) => Results.Ok(await accounts.ListAsync(ct)))
            .WithSummary("Every account with its roles and whether it is disabled.");
        admin.MapPost("/{name}/disable", (string name, UserAdministration accounts, HttpContext http) =>
                Answer(accounts.DisableAsync(name, Me(http))))
            .WithSummary("Disable an account: no login, its open sessions end at their next request.").RequireAntiforgeryForCookies();
        admin.MapPost("/{name}/enable", (string name, UserAdministration accounts, HttpContext http) =>
                Answer(accounts.EnableAsync(name, Me(http))))
            .WithSummary("Enable a disabled account.").RequireAntiforgeryForCookies();
        admin.MapPost("/{name}/password", (string name, PasswordReset body, UserAdministration accounts, HttpContext http) =>
                Answer(accounts.ResetPasswordAsync(name, body.Password, Me(http))))
            .WithSummary("Set a new password; the account's open sessions end.").RequireAntiforgeryForCookies();
        admin.MapPut("/{name}/role", (string name, RoleChange body, UserAdministration accounts, HttpContext http) =>
                Answer(accounts.SetRoleAsync(name, body.Role, Me(http))))
            .WithSummary("Give the account one role (Admin, Reviewer, Reader); it applies from the account's next request.").RequireAntiforgeryForCookies();
        admin.MapDelete("/{name}", (string name, UserAdministration accounts, HttpContext http) =>
                Answer(accounts.DeleteAsync(name, Me(http))))
            .WithSummary("Delete an account; its open sessions end at their next request.").RequireAntiforgeryForCookies();

        app.MapPost("/api/account/password", async (PasswordChange body, UserAdministration accounts, SignInManager<IdentityUser> signIn, HttpContext http) =>
            {
                var change = await accounts.ChangeOwnPasswordAsync(Me(http), body.CurrentPassword, body.NewPassword);
                // The stamp was renewed, which ends every session of this account; the one making the change stays logged in.
                if (change.Succeeded && http.User.Identity?.AuthenticationType != BasicAuthenticationHandler.SchemeName
                    && await signIn.UserManager.FindByNameAsync(Me(http)) is { } user)
                    await signIn.RefreshSignInAsync(user);
                return ToResult(change);
            })
            .WithTags("users").WithSummary("Change your own password (the current one is required); your other sessions end.")
            .RequireAntiforgeryForCookies();
        return app;
    }

    private static string Me(HttpContext http) => http.User.Identity?.Name ?? throw new InvalidOperationException("no user on an authorised request");

    private static async Task<IResult> Answer(Task<UserChange> change) => ToResult(await change);

    private static IResult ToResult(UserChange change) => change switch
    {
        { Succeeded: true } => Results.NoContent(),
        { Found: false } => Results.Problem(change.Error, statusCode: StatusCodes.Status404NotFound),
        _ => Results.Problem(change.Error, statusCode: StatusCodes.Status400BadRequest),
    };
}
