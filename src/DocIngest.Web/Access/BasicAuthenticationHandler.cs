using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Access;

/// <summary>
/// HTTP Basic against the Identity accounts, for scripts. Only over loopback or HTTPS: elsewhere the password would
/// cross the network in clear, so the request is refused rather than authenticated.
/// </summary>
public sealed class BasicAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, SignInManager<IdentityUser> signIn) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !SchemeName.Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
            return AuthenticateResult.NoResult();
        if (!Request.IsHttps && !IsLoopback())
            return AuthenticateResult.Fail("Basic authentication is accepted only over HTTPS or from loopback");

        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)); }
        catch (FormatException) { return AuthenticateResult.Fail("malformed Basic credentials"); }
        int colon = decoded.IndexOf(':');
        if (colon <= 0) return AuthenticateResult.Fail("malformed Basic credentials");

        var user = await signIn.UserManager.FindByNameAsync(decoded[..colon]);
        if (user is null) return AuthenticateResult.Fail("unknown user or wrong password");
        var check = await signIn.CheckPasswordSignInAsync(user, decoded[(colon + 1)..], lockoutOnFailure: true);
        if (!check.Succeeded) return AuthenticateResult.Fail(check.IsLockedOut ? "account locked" : "unknown user or wrong password");

        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // Never "Basic": a browser answering that challenge caches the credentials and replays them to this site for
        // any page that posts here. Scripts send Basic without being asked.
        Response.Headers.WWWAuthenticate = AccessExtensions.Challenge;
        return Task.CompletedTask;
    }

    private bool IsLoopback() => Context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);
}
