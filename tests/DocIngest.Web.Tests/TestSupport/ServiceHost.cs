using System.Net.Http.Json;
using System.Text.Json;
using DocIngest.Pipeline;
using DocIngest.Web.Api;
using DocIngest.Web.Hosting;
using DocIngest.Web.Queries;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DocIngest.Web.Tests.TestSupport;

/// <summary>The real service (Kestrel on a loopback port, SQLite, watcher, workers) in a temporary folder, with a given extractor.</summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    public string Root { get; }
    public string Inbox => Path.Combine(Root, "inbox");
    public string Data => Path.Combine(Root, "data");
    public HttpClient Http { get; }
    /// <summary>The app's services, for tests that drive a component directly.</summary>
    public IServiceProvider Services => _app.Services;

    private ServiceHost(WebApplication app, string root)
    {
        _app = app;
        Root = root;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Http = Client(AdminUser, AdminPassword);
    }

    /// <summary>The administrator every test host is seeded with (DocIngest:Admin:*), whom <see cref="Http"/> acts as.</summary>
    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-pass-123";

    public Uri BaseAddress { get; }

    /// <summary>
    /// A client that sends HTTP Basic credentials and the script header, as scripts do; null user for an anonymous
    /// client; <paramref name="scriptHeader"/> false for a browser replaying cached Basic credentials.
    /// </summary>
    public HttpClient Client(string? user, string? password, bool scriptHeader = true)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (user is not null) client.DefaultRequestHeaders.Authorization = Basic(user, password!);
        if (scriptHeader) client.DefaultRequestHeaders.Add(DocIngest.Web.Access.AccessExtensions.ScriptHeader, "test");
        return client;
    }

    /// <summary>Posts the login form as a browser does; the response (a redirect when it worked, the page or 429 when not).</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string user, string password)
    {
        string login = await browser.GetStringAsync("/account/login");
        string token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>A client logged in with the login cookie, as a browser (no redirects followed; antiforgery token not sent).</summary>
    public async Task<HttpClient> BrowserAsync(string user, string password)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        var response = await PostLoginAsync(browser, user, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"login as {user} failed: {response.StatusCode}");
        return browser;
    }

    public static System.Net.Http.Headers.AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));

    /// <summary>Creates an account with a role (Admin, Reviewer, Reader).</summary>
    public async Task AddUserAsync(string user, string password, string role)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DocIngest.Web.Access.AdminBootstrap>().CreateUserAsync(user, password, role);
    }

    public static async Task<ServiceHost> StartAsync(IExtractor? extractor, string? root = null, Dictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        root ??= Directory.CreateTempSubdirectory("docingest-web-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DocIngest:StableFor"] = "00:00:00.300",
            ["DocIngest:ScanInterval"] = "00:00:00.500",
            ["DocIngest:Workers"] = "2",
            ["DocIngest:Admin:User"] = AdminUser,
            ["DocIngest:Admin:Password"] = AdminPassword,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder);
        builder.AddDocIngestService();
        // No extractor given: the real pipeline (Tesseract, parsers), as the service runs it.
        if (extractor is null) builder.Services.AddDocIngestExtraction(builder.Configuration);
        else builder.Services.AddSingleton(extractor);
        var app = builder.Build();
        await app.PrepareDocIngestAsync();
        app.MapDocIngestApi();
        await app.StartAsync();
        return new ServiceHost(app, root);
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<List<DocumentSummary>> DocumentsAsync() =>
        (await Http.GetFromJsonAsync<List<DocumentSummary>>("/api/documents?take=500", Json))!;

    /// <summary>Polls until the condition holds or the time is up (then returns false; the caller asserts).</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var end = DateTime.UtcNow + within;
        while (DateTime.UtcNow < end)
        {
            if (await condition()) return true;
            await Task.Delay(200);
        }
        return await condition();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
