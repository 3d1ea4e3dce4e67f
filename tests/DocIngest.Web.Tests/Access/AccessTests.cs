using System.Net;
using System.Net.Http.Json;
using DocIngest.Data.Identity;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Access;

/// <summary>No data without a login; readers read, reviewers edit; Basic for scripts; security headers everywhere.</summary>
public sealed class AccessTests
{
    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/api/measures?q=abc")]
    [InlineData("/api/compare?agency=a&years=2566")]
    [InlineData("/api/export/measures.xlsx")]
    [InlineData("/openapi/v1.json")]
    public async Task Api_Anonymous_Unauthorized(string path)
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var anonymous = host.Client(null, null);
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // A Basic challenge would make a browser ask for the password and replay it, as ambient credentials, to any
        // site's form that posts here.
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
        Assert.DoesNotContain(response.Headers.WwwAuthenticate, h => h.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Basic_WrongPassword_NoBasicChallenge()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var wrong = host.Client(ServiceHost.AdminUser, "not-the-password");
        var response = await wrong.GetAsync("/api/documents");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(response.Headers.WwwAuthenticate, h => h.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task BasicChangingCall_WithoutScriptHeader_RefusedAndNothingQueued()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        // What a browser that cached Basic credentials sends for another site's form: credentials, no custom header.
        using var replayed = host.Client(ServiceHost.AdminUser, ServiceHost.AdminPassword, scriptHeader: false);
        using var forged = new MultipartFormDataContent { { new ByteArrayContent("forged|x\n"u8.ToArray()), "file", "forged.txt" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await replayed.PostAsync("/api/documents", forged)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await replayed.PostAsync("/api/learning/retrain", null)).StatusCode);
        Assert.Equal("[]", await host.Http.GetStringAsync("/api/jobs"));
        // Reading needs no header; a script that sends it may change data.
        Assert.Equal(HttpStatusCode.OK, (await replayed.GetAsync("/api/documents")).StatusCode);
        using var upload = new MultipartFormDataContent { { new ByteArrayContent("script|x\n"u8.ToArray()), "file", "script.txt" } };
        Assert.Equal(HttpStatusCode.Accepted, (await host.Http.PostAsync("/api/documents", upload)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=x")]
    [InlineData("/compare")]
    [InlineData("/documents/1")]
    public async Task Pages_Anonymous_RedirectToLogin(string path)
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Health_Anonymous_Answers()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var anonymous = host.Client(null, null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Basic_WrongPassword_Unauthorized()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var wrong = host.Client(ServiceHost.AdminUser, "not-the-password");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task Reader_UploadOrCorrect_Forbidden()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("reader", "reader-pass-1", Roles.Reader);
        long id = await IngestAsync(host, "มาตรการทดสอบการอ่าน|กองคลัง\n");
        using var reader = host.Client("reader", "reader-pass-1");

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/documents")).StatusCode);
        var correction = await reader.PostAsJsonAsync($"/api/documents/{id}/parts/0/corrections",
            new { edits = new[] { new { target = "Measure", order = 0, field = "title", value = "แก้โดยผู้อ่าน" } } });
        Assert.Equal(HttpStatusCode.Forbidden, correction.StatusCode);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("x|y\n"u8.ToArray()), "file", "x.txt" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/documents", form)).StatusCode);
    }

    [Fact]
    public async Task Reviewer_CorrectOverBasic_AuditedAndServed()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("reviewer", "reviewer-pass-1", Roles.Reviewer);
        long id = await IngestAsync(host, "มาตรการเดิม|กองคลัง\n");
        using var reviewer = host.Client("reviewer", "reviewer-pass-1");

        var response = await reviewer.PostAsJsonAsync($"/api/documents/{id}/parts/0/corrections",
            new { edits = new[] { new { target = "Measure", order = 0, field = "responsible", value = "กองช่าง" } }, confirm = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var history = await reviewer.GetFromJsonAsync<List<Dictionary<string, object?>>>($"/api/documents/{id}/corrections", ServiceHost.Json);
        Assert.Contains(history!, c => c["field"]?.ToString() == "responsible" && c["newValue"]?.ToString() == "กองช่าง"
            && c["oldValue"]?.ToString() == "กองคลัง" && c["userName"]?.ToString() == "reviewer");
        string json = await reviewer.GetStringAsync($"/api/documents/{id}");
        Assert.Contains("กองช่าง", json);
        var measures = await reviewer.GetFromJsonAsync<List<Dictionary<string, object?>>>("/api/measures?unit=กองช่าง", ServiceHost.Json);
        Assert.Single(measures!);
    }

    [Fact]
    public async Task Correction_InvalidValue_BadRequestAndNothingChanged()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        long id = await IngestAsync(host, "มาตรการเดิม|กองคลัง\n");
        var response = await host.Http.PostAsJsonAsync($"/api/documents/{id}/parts/0/corrections",
            new { edits = new[] { new { target = "Document", order = 0, field = "date", value = "not a date" } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var history = await host.Http.GetFromJsonAsync<List<object>>($"/api/documents/{id}/corrections", ServiceHost.Json);
        Assert.Empty(history!);
    }

    [Fact]
    public async Task CookieCaller_WithoutAntiforgeryToken_Rejected()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        var cookies = new CookieContainer();
        using var browserLike = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        string login = await browserLike.GetStringAsync("/account/login");
        string token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await browserLike.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = ServiceHost.AdminUser, ["Password"] = ServiceHost.AdminPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browserLike.GetAsync("/api/documents")).StatusCode);

        // A forged cross-site upload carries the cookie but not the token.
        using var form = new MultipartFormDataContent { { new ByteArrayContent("x|y\n"u8.ToArray()), "file", "x.txt" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await browserLike.PostAsync("/api/documents", form)).StatusCode);
    }

    [Fact]
    public async Task Responses_Always_CarrySecurityHeaders()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var anonymous = host.Client(null, null);
        var response = await anonymous.GetAsync("/account/login");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Start_AdminWithShortPassword_RefusesToStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ServiceHost.StartAsync(new TextExtractor(),
            settings: new() { ["DocIngest:Admin:Password"] = "short" }));
        Assert.Contains("Admin:Password", error.ToString());
    }

    /// <summary>Drops a text file for the TextExtractor double and returns its file id once stored.</summary>
    private static async Task<long> IngestAsync(ServiceHost host, string content)
    {
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "plan.txt"), content);
        List<DocIngest.Web.Queries.DocumentSummary> docs = [];
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (docs = await host.DocumentsAsync()).Any(d => d.Status is "Succeeded" or "NeedsReview"), TimeSpan.FromSeconds(30)));
        return docs.First().Id;
    }
}
