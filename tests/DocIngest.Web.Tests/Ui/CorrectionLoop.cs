using System.Net.Http.Json;
using System.Text.Json;
using DocIngest.Data.Identity;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocIngest.Web.Tests.Ui;

/// <summary>
/// What the correction-loop tests share: a service whose "scans" are text files read by <see cref="TextExtractor"/>
/// (each "title|unit" line a measure of a plan), reviewers, and logging in through the login page.
/// Set DOCINGEST_SCREENSHOTS to a folder to keep screenshots (docs/screenshots was made that way).
/// </summary>
internal static class CorrectionLoop
{
    public const string Reviewer = "somchai";
    public const string SecondReviewer = "somying";
    public const string Password = "reviewer-pass-1";

    public static async Task<ServiceHost> StartAsync()
    {
        var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync(Reviewer, Password, Roles.Reviewer);
        await host.AddUserAsync(SecondReviewer, Password, Roles.Reviewer);
        return host;
    }

    /// <summary>Drops a plan into the watch folder and waits until it is read; returns the file id.</summary>
    public static async Task<long> DropPlanAsync(ServiceHost host, string name, params string[] measureLines)
    {
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, name), string.Join('\n', measureLines) + "\n");
        long id = 0;
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
        {
            var doc = (await host.DocumentsAsync()).FirstOrDefault(d => d.FileName == name && d.Documents.Count > 0);
            id = doc?.Id ?? 0;
            return doc is not null;
        }, TimeSpan.FromSeconds(30)), $"{name} was not read");
        return id;
    }

    public static async Task<IPage> LoginAsync(BrowserFixture browser, ServiceHost host, string user = Reviewer, int width = 1400, int height = 1000)
    {
        var page = await browser.NewPageAsync(host.BaseAddress, width, height);
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", user == ServiceHost.AdminUser ? ServiceHost.AdminPassword : Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("user")).ToHaveTextAsync(user);
        return page;
    }

    /// <summary>The schema JSON of a file as the API serves it (corrections laid over the parse).</summary>
    public static async Task<JsonElement> ResultAsync(ServiceHost host, long id) =>
        await host.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");

    public static async Task<string> StatusAsync(ServiceHost host, long id) =>
        (await host.DocumentsAsync()).Single(d => d.Id == id).Status;

    public static async Task Screenshot(IPage page, string name, bool fullPage = false)
    {
        string? folder = Environment.GetEnvironmentVariable("DOCINGEST_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Text a person reads on the page (visible text plus placeholders, titles and labels), for the no-English check.</summary>
    public static async Task<string> ReadableTextAsync(IPage page) => await page.EvaluateAsync<string>(@"() => {
        const parts = [document.body.innerText];
        document.querySelectorAll('[placeholder],[title],[aria-label]').forEach(e => {
          parts.push(e.getAttribute('placeholder') || '', e.getAttribute('title') || '', e.getAttribute('aria-label') || '');
        });
        return parts.join('\n');
      }");

    /// <summary>
    /// English words a person would read: runs of three or more Latin letters, minus the product name, the file
    /// names and document content the test itself put there, and the ITA/OCR acronyms Thai officials use as they are.
    /// </summary>
    public static IReadOnlyList<string> EnglishWords(string text, params string[] allowed)
    {
        var ok = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "DocIngest", "ITA", "OCR", "PDF", "TIFF", "JPEG", "PNG", "DOCX", "Excel", "Word", "Ctrl", "Alt", "Enter", "Shift", "PageUp", "PageDown", "Insert", "Delete", "inbox", "txt", "MB" };
        foreach (var a in allowed) foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(a, "[A-Za-z]{3,}")) ok.Add(m.Value);
        return System.Text.RegularExpressions.Regex.Matches(text, "[A-Za-z]{3,}").Select(m => m.Value).Where(w => !ok.Contains(w)).Distinct().ToList();
    }
}
