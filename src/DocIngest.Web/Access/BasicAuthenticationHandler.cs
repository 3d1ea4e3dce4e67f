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
/// cross the network in clear, so the request is refused rather than authenticated. Failed logins are counted per
/// client address (<see cref="FailedBasicLoginThrottle"/>); an address over the limit gets 429 with the Thai message.
/// A pair that passed the password check lately is not hashed again (<see cref="VerifiedBasicCredentials"/>).
/// </summary>
public sealed class BasicAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, SignInManager<IdentityUser> signIn, FailedBasicLoginThrottle throttle, VerifiedBasicCredentials verified) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    /// <summary>This request was refused for too many failed logins from its address; <see cref="retryAfter"/> says until when.</summary>
    private bool throttled;
    private TimeSpan? retryAfter;

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

        var address = Context.Connection.RemoteIpAddress;
        if (!throttle.MayTry(address, out retryAfter))
        {
            throttled = true;
            return AuthenticateResult.Fail("too many failed logins from this address");
        }
        var user = await signIn.UserManager.FindByNameAsync(decoded[..colon]);
        if (user is null)
        {
            throttle.RecordFailure(address);
            return AuthenticateResult.Fail("unknown user or wrong password");
        }
        string userName = decoded[..colon], password = decoded[(colon + 1)..];
        // A pair verified lately for this account, unchanged since, skips the slow hash (VerifiedBasicCredentials).
        if (verified.WereVerified(userName, password, user) && !await signIn.UserManager.IsLockedOutAsync(user))
            return await SuccessAsync(user);
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            throttle.RecordFailure(address);
            return AuthenticateResult.Fail(check.IsLockedOut ? "account locked" : "unknown user or wrong password");
        }
        verified.Remember(userName, password, user);
        return await SuccessAsync(user);
    }

    private async Task<AuthenticateResult> SuccessAsync(IdentityUser user)
    {

        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (throttled)
        {
            // As the form login's limiter answers: 429, when to come back, and why in Thai.
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.ContentType = "text/plain; charset=utf-8";
            await Response.WriteAsync(AccessExtensions.LoginRateLimitMessage, Context.RequestAborted);
            return;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // Never "Basic": a browser answering that challenge caches the credentials and replays them to this site for
        // any page that posts here. Scripts send Basic without being asked.
        Response.Headers.WWWAuthenticate = AccessExtensions.Challenge;
    }

    private bool IsLoopback() => Context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);
}
