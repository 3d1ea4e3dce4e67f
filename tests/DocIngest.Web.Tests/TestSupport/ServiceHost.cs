using System.Net.Http.Json;
using System.Text.Json;
using DocIngest.Pipeline;
using DocIngest.Web.Api;
using DocIngest.Web.Hosting;
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
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public static async Task<ServiceHost> StartAsync(IExtractor extractor, string? root = null, Dictionary<string, string?>? settings = null)
    {
        root ??= Directory.CreateTempSubdirectory("docingest-web-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DocIngest:StableFor"] = "00:00:00.300",
            ["DocIngest:ScanInterval"] = "00:00:00.500",
            ["DocIngest:Workers"] = "2",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddDocIngestService();
        builder.Services.AddSingleton(extractor);
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
