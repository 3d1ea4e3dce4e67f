using System.Net;
using System.Net.Http.Json;
using DocIngest.Data.Identity;
using DocIngest.Web.Access;
using DocIngest.Web.Api;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Access;

/// <summary>
/// A login cookie lasts ten hours; what an administrator does to an account must reach the sessions it already has,
/// on their next request, not when the cookie runs out.
/// </summary>
public sealed class SessionRevocationTests
{
    private const string Password = "reviewer-pass-1";

    [Fact]
    public async Task DisabledUser_OpenSession_RefusedOnNextRequestAndCannotLogIn()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("somchai", Password, Roles.Reviewer);
        using var session = await host.BrowserAsync("somchai", Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/documents")).StatusCode);

        await ExpectAsync(HttpStatusCode.NoContent, await host.Http.PostAsync("/api/users/somchai/disable", null));

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/documents")).StatusCode);
        using var again = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        Assert.NotEqual(HttpStatusCode.Redirect, (await ServiceHost.PostLoginAsync(again, "somchai", Password)).StatusCode);
        using var script = host.Client("somchai", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/documents")).StatusCode);
        var listed = await host.Http.GetFromJsonAsync<List<UserAccount>>("/api/users", ServiceHost.Json);
        Assert.True(listed!.Single(u => u.Name == "somchai").Disabled);

        await ExpectAsync(HttpStatusCode.NoContent, await host.Http.PostAsync("/api/users/somchai/enable", null));
        using var back = await host.BrowserAsync("somchai", Password);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task DemotedReviewer_OpenSession_LosesEditingOnNextRequest()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("somchai", Password, Roles.Reviewer);
        using var session = await host.BrowserAsync("somchai", Password);
        using (var before = new MultipartFormDataContent { { new ByteArrayContent("before|y\n"u8.ToArray()), "file", "before.txt" } })
            Assert.Equal(HttpStatusCode.BadRequest, (await session.PostAsync("/api/documents", before)).StatusCode); // allowed, but no token

        var demote = await host.Http.PutAsJsonAsync("/api/users/somchai/role", new RoleChange("Reader"));
        await ExpectAsync(HttpStatusCode.NoContent, demote);

        // Still logged in (a reader reads), but uploading is now refused for the role, before any token is looked at.
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/documents")).StatusCode);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("x|y\n"u8.ToArray()), "file", "x.txt" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostAsync("/api/documents", form)).StatusCode);
    }

    [Fact]
    public async Task DeletedUser_OpenSession_RefusedOnNextRequest()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("somchai", Password, Roles.Reader);
        using var session = await host.BrowserAsync("somchai", Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/documents")).StatusCode);

        await ExpectAsync(HttpStatusCode.NoContent, await host.Http.DeleteAsync("/api/users/somchai"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.DeleteAsync("/api/users/somchai")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_OpenSessionsEndAndNewPasswordWorks()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("somchai", Password, Roles.Reader);
        using var session = await host.BrowserAsync("somchai", Password);
        using var oldScript = host.Client("somchai", Password);
        Assert.Equal(HttpStatusCode.OK, (await oldScript.GetAsync("/api/documents")).StatusCode); // the pair is now remembered

        var reset = await host.Http.PostAsJsonAsync("/api/users/somchai/password", new PasswordReset("a-new-pass-42"));
        await ExpectAsync(HttpStatusCode.NoContent, reset);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await oldScript.GetAsync("/api/documents")).StatusCode);
        using var script = host.Client("somchai", "a-new-pass-42");
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task OwnPasswordChange_OtherSessionsEndThisOneStays()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("somchai", Password, Roles.Reader);
        using var elsewhere = await host.BrowserAsync("somchai", Password);
        using var script = host.Client("somchai", Password);

        var wrong = await script.PostAsJsonAsync("/api/account/password", new PasswordChange("not-mine-123", "a-new-pass-42"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/documents")).StatusCode);

        var change = await script.PostAsJsonAsync("/api/account/password", new PasswordChange(Password, "a-new-pass-42"));
        await ExpectAsync(HttpStatusCode.NoContent, change);

        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/documents")).StatusCode);
        using var renewed = host.Client("somchai", "a-new-pass-42");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task UsersApi_NonAdmin_ForbiddenAndAdminCannotDisableSelf()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("somchai", Password, Roles.Reviewer);
        using var reviewer = host.Client("somchai", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"/api/users/{ServiceHost.AdminUser}/disable", null)).StatusCode);

        var self = await host.Http.PostAsync($"/api/users/{ServiceHost.AdminUser}/disable", null);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/documents")).StatusCode);
    }

    /// <summary>The status, with the body in the failure message (a problem detail says why).</summary>
    private static async Task ExpectAsync(HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
