using DocIngest.Data;
using DocIngest.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

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
            .AddSignInManager();

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

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"DocIngest\", charset=\"UTF-8\"";
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
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// Browser scripts calling a changing API endpoint with the login cookie must send the antiforgery token; Basic
    /// callers (scripts, which a foreign page cannot make a browser replay) need not.
    /// </summary>
    public static TBuilder RequireAntiforgeryForCookies<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.DisableAntiforgery(); // form-based validation would reject Basic callers; the filter below decides instead
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!http.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Results.Problem("missing or invalid antiforgery token (send it in the X-CSRF-TOKEN header)",
                        statusCode: StatusCodes.Status400BadRequest);
            }
            return await next(context);
        });
        return builder;
    }
}
