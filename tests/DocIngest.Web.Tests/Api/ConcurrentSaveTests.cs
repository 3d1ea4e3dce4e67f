using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocIngest.Web.Tests.TestSupport;
using static DocIngest.Web.Tests.Ui.CorrectionLoop;

namespace DocIngest.Web.Tests.Api;

/// <summary>Reviewers saving the same document at the same instant on SQLite (the default store).</summary>
public sealed class ConcurrentSaveTests
{
    /// <summary>
    /// Saves from the same revision released together: one is stored, every other is refused as the Thai conflict it
    /// is (409, /problems/conflict, the winner's corrections listed), none fails with SQLite's "database is locked".
    /// </summary>
    [Fact]
    public async Task SaveCorrections_SameInstantFromSameRevision_OneSavedOthersThaiConflict()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด", "มาตรการป้องกันการรับสินบน|กองคลัง");
        const int reviewers = 8;
        // One client each, so every save is its own connection and request, released at one instant.
        var clients = Enumerable.Range(0, reviewers).Select(_ => host.Client(Reviewer, Password)).ToList();
        using var start = new Barrier(reviewers);
        var saves = clients.Select((client, k) => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await client.PostAsJsonAsync($"/api/documents/{plan}/parts/0/corrections",
                new { edits = new[] { new { target = "Measure", order = k % 2, field = "progress", value = $"ดำเนินการแล้ว ครั้งที่ {k + 1}" } }, revision = 0 });
        })).ToList();
        var responses = await Task.WhenAll(saves);

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(bodies, b => Assert.DoesNotContain("locked", b, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var r in refused)
        {
            var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("/problems/conflict", problem.GetProperty("type").GetString());
            Assert.Matches("[\u0E00-\u0E7F]", problem.GetProperty("title").GetString()!);
            Assert.Equal(1, problem.GetProperty("corrections").GetArrayLength());
        }
        var history = await host.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{plan}/corrections");
        Assert.Equal(1, history.GetArrayLength());
        foreach (var c in clients) c.Dispose();
    }
}
