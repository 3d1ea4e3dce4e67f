using DocIngest.Web.Queries;
using System.Net;
using DocIngest.Web.Access;
using DocIngest.Web.Hosting;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Tests.Api;

/// <summary>One file-size limit for every way in; bounded compare, search and login attempts.</summary>
public sealed class LimitsTests
{
    private static readonly Dictionary<string, string?> OneMegabyte = new() { ["DocIngest:MaxFileMegabytes"] = "1" };

    /// <summary>A text file of <paramref name="bytes"/> the TextExtractor double reads as one measure.</summary>
    private static byte[] Plan(int bytes)
    {
        var data = new byte[bytes];
        Array.Fill(data, (byte)' ');
        "ใหญ่|กองคลัง\n"u8.CopyTo(data);
        return data;
    }

    [Fact]
    public async Task Upload_OverTheLimit_413WithTheLimitAndNothingQueued()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor(), settings: OneMegabyte);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Plan(1_500_000)), "file", "big.txt" } };

        var response = await host.Http.PostAsync("/api/documents", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("เกินขีดจำกัด 1 MB", await response.Content.ReadAsStringAsync());
        Assert.Equal("[]", await host.Http.GetStringAsync("/api/jobs"));
    }

    [Fact]
    public async Task Inbox_FileOverTheLimit_QuarantinedWithReasonNotRead()
    {
        var extractor = new TextExtractor();
        await using var host = await ServiceHost.StartAsync(extractor, settings: OneMegabyte);
        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "big.txt"), Plan(1_500_000));
        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "small.txt"), Plan(900_000));

        string reason = Path.Combine(host.Data, "failed", "big.txt.reason.txt");
        Assert.True(await ServiceHost.EventuallyAsync(async () => File.Exists(reason)
            && (await host.DocumentsAsync()).Any(d => d.FileName == "small.txt" && d.Status is "Succeeded" or "NeedsReview"), TimeSpan.FromSeconds(30)));
        Assert.Contains("เกินขีดจำกัด 1 MB", await File.ReadAllTextAsync(reason));
        Assert.DoesNotContain(await host.DocumentsAsync(), d => d.FileName == "big.txt");
        Assert.Single(extractor.Calls);
    }

    [Fact]
    public async Task Kestrel_BodyLimit_FollowsTheFileLimit()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor(), settings: new() { ["DocIngest:MaxFileMegabytes"] = "100" });
        var kestrel = host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        var extraction = host.Services.GetRequiredService<IOptions<DocIngestOptions>>().Value;

        // Kestrel's own default (30 MB) would refuse an upload the watch folder takes.
        Assert.Equal(100L * 1024 * 1024 + DocIngestServiceExtensions.UploadEnvelopeBytes, kestrel.Limits.MaxRequestBodySize);
        Assert.Equal(100L * 1024 * 1024, extraction.MaxFileBytes);
    }

    [Fact]
    public async Task Start_FileLimitOutOfRange_RefusesToStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ServiceHost.StartAsync(new TextExtractor(),
            settings: new() { ["DocIngest:MaxFileMegabytes"] = "0" }));
        Assert.Contains("MaxFileMegabytes", error.ToString());
    }

    [Fact]
    public async Task Compare_MoreColumnsThanTheCap_BadRequest()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        string years = string.Join(',', Enumerable.Range(2560, CompareQueries.MaxColumns + 1));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync($"/api/compare?agency=a&years={years}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync($"/api/export/compare.xlsx?agency=a&years={years}")).StatusCode);
        string allowed = string.Join(',', Enumerable.Range(2560, CompareQueries.MaxColumns));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync($"/api/compare?agency=a&years={allowed}")).StatusCode);
    }

    [Theory]
    [InlineData("/api/measures?q=ก")]
    [InlineData("/api/search?q=ก")]
    [InlineData("/api/export/measures.xlsx?q=ก")]
    public async Task Search_OneCharacterQuery_BadRequest(string path)
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(path.Replace("q=ก", "q=กอง"))).StatusCode);
    }

    [Fact]
    public async Task Login_TooManyAttempts_429InThai()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        for (int i = 0; i < AccessExtensions.LoginAttemptsPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await ServiceHost.PostLoginAsync(browser, "nobody", "wrong-password")).StatusCode);

        var refused = await ServiceHost.PostLoginAsync(browser, ServiceHost.AdminUser, ServiceHost.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(AccessExtensions.LoginRateLimitMessage, await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter is not null);
        // Only logging in is limited: the API and the login page itself still answer.
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task BasicLogin_TooManyFailuresFromOneAddress_429InThaiEvenWithTheRightPassword()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        // Successful calls are not attempts to guess: a script may make as many as it likes.
        for (int i = 0; i < 2 * AccessExtensions.LoginAttemptsPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/documents")).StatusCode);
        // A guesser spreading over many accounts never reaches any account's lockout.
        for (int i = 0; i < AccessExtensions.LoginAttemptsPerMinute; i++)
        {
            using var guess = host.Client($"guess{i}", "wrong-password");
            Assert.Equal(HttpStatusCode.Unauthorized, (await guess.GetAsync("/api/documents")).StatusCode);
        }

        var refused = await host.Http.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(AccessExtensions.LoginRateLimitMessage, await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter is not null);
        // The address is slowed, not the account: the administrator can still log in through the form.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        Assert.Equal(HttpStatusCode.Redirect, (await ServiceHost.PostLoginAsync(browser, ServiceHost.AdminUser, ServiceHost.AdminPassword)).StatusCode);
    }
}
