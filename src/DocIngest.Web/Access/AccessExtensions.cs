using DocIngest.Data;
using DocIngest.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using System.Threading.RateLimiting;

namespace DocIngest.Web.Access;

/// <summary>
/// Who may see and change what. People log in with the Identity cookie; scripts send HTTP Basic with the same
/// accounts. Nothing but the login page and /health is served without a login; editing needs the Reviewer role.
/// </summary>
public static class AccessExtensions
{
    /// <summary>Chooses Basic when the request carries Basic credentials, the login cookie otherwise.</summary>
    public const string Scheme = "DocIngest";

    /// <summary>Policy for anything that changes data (corrections, confirmation, uploads, retraining).</summary>
    public const string CanReview = "CanReview";

    /// <summary>Policy for user management.</summary>
    public const string CanAdminister = "CanAdminister";

    /// <summary>The header the browser scripts send the antiforgery token in.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    /// <summary>
    /// The header a Basic caller sends with every changing call (any value, e.g. <c>X-DocIngest-Client: script</c>). A
    /// foreign page cannot make a browser add a custom header without a CORS preflight, which this service never grants,
    /// so a browser replaying Basic credentials it cached is refused.
    /// </summary>
    public const string ScriptHeader = "X-DocIngest-Client";

    /// <summary>The challenge sent with a 401: not "Basic", so no browser opens its password dialog and caches credentials.</summary>
    public const string Challenge = "DocIngest realm=\"DocIngest\", login=\"/account/login\"";

    public static WebApplicationBuilder AddDocIngestAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DocIngestDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders(); // administrators' password resets (UserAdministration)

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "cookie or basic", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
                    ? BasicAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "docingest.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                // The API answers 401/403 instead of redirecting scripts to an HTML login page.
                o.Events.OnRedirectToLogin = c => ApiAware(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => ApiAware(c, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = ValidateSessionAsync;
            });
        services.AddScoped<UserAdministration>();
        services.AddSingleton<FailedBasicLoginThrottle>();
        services.AddSingleton<VerifiedBasicCredentials>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = CreateLoginLimiter(); // one per host: each app counts its own attempts
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsync(LoginRateLimitMessage, ct);
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build())
            .AddPolicy(CanReview, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.Admin, Roles.Reviewer))
            .AddPolicy(CanAdminister, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.Admin));

        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "docingest.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddScoped<AdminBootstrap>();
        return builder;
    }

    /// <summary>
    /// Every cookie request is checked against the account (one indexed look-up, against a 10-hour cookie no one could
    /// otherwise revoke): a deleted or disabled account, or one whose security stamp changed (password reset or
    /// changed, role changed), is logged out at once; otherwise the request carries the account's roles as they are now.
    /// Identity's own SecurityStampValidator would sign out of external and two-factor schemes this host does not have.
    /// </summary>
    private static async Task ValidateSessionAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<IdentityUser>>();
        var user = context.Principal is { } principal ? await signIn.ValidateSecurityStampAsync(principal) : null;
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user));
    }

    /// <summary>Login attempts (posts to the login page) allowed per client address per minute; also the failed Basic logins.</summary>
    public const int LoginAttemptsPerMinute = 10;

    /// <summary>What a person sees when they try to log in too often.</summary>
    public const string LoginRateLimitMessage = "พยายามเข้าสู่ระบบบ่อยเกินไป กรุณารอสักครู่แล้วลองใหม่";

    /// <summary>
    /// Password guessing through the login form is slowed per client address, before Identity's per-account lockout
    /// (which a guesser spreading over many accounts never reaches). Every other request passes unlimited.
    /// </summary>
    private static PartitionedRateLimiter<HttpContext> CreateLoginLimiter() => PartitionedRateLimiter.Create<HttpContext, string>(context =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = LoginAttemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = Challenge;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Security headers on every response; the UI has no inline scripts or styles, so the policy can forbid them.</summary>
    public static WebApplication UseDocIngestAccess(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            await next();
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// A changing API call must show it was not forged by another site: cookie callers (the UI's scripts) send the
    /// antiforgery token, Basic callers (scripts) send <see cref="ScriptHeader"/>. A browser that cached Basic
    /// credentials sends them to any page's form post, so Basic alone proves nothing.
    /// </summary>
    public static TBuilder RequireAntiforgeryForCookies<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.DisableAntiforgery(); // form-based validation would reject Basic callers; the filter below decides instead
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                if (string.IsNullOrWhiteSpace(http.Request.Headers[ScriptHeader]))
                    return Api.Problems.Result(Api.Problems.BadRequest, StatusCodes.Status400BadRequest,
                        $"คำขอที่เปลี่ยนข้อมูลด้วย Basic ต้องส่ง header {ScriptHeader} (ค่าใดก็ได้)");
            }
            else
            {
                var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Api.Problems.Result(Api.Problems.BadRequest, StatusCodes.Status400BadRequest,
                        "โทเค็นยืนยันคำขอหายไปหรือไม่ถูกต้อง: โหลดหน้าใหม่แล้วลองอีกครั้ง (สคริปต์ส่งใน header X-CSRF-TOKEN)");
            }
            return await next(context);
        });
        return builder;
    }
}
