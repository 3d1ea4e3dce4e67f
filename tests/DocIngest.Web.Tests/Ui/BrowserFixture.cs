using Microsoft.Playwright;

namespace DocIngest.Web.Tests.Ui;

/// <summary>
/// One headless Debian chromium for the UI tests, driven by Playwright. The browser is the system's
/// (scripts/setup.sh installs the chromium package); Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/setup.sh (installs Debian's chromium)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI containers has no user namespaces for the sandbox.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (own cookies) in Thai, with a generous default timeout for OCR waits.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1400, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString().TrimEnd('/'),
            Locale = "th-TH",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // A phone-sized window is a phone: touch and its device scale, so the layout is tried as a clerk's phone shows it.
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
