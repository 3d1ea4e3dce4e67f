using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Learning;

/// <summary>Confirmed documents retrain the classifiers through the held-out gate, and every run is recorded.</summary>
public sealed class LearningTests
{
    [Fact]
    public async Task Retrain_AfterConfirmedKind_RunsRecordedWithTheConfirmedRows()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "plan.txt"), "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด\nมาตรการป้องกันการรับสินบน|กองคลัง\n");
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.DocumentsAsync()).Any(d => d.Status is "Succeeded" or "NeedsReview"), TimeSpan.FromSeconds(30)));
        long id = (await host.DocumentsAsync()).Single().Id;
        var confirm = await host.Http.PostAsJsonAsync($"/api/documents/{id}/parts/0/corrections", new { edits = Array.Empty<object>(), confirm = true });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);

        var response = await host.Http.PostAsync("/api/learning/retrain", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var runs = await host.Http.GetFromJsonAsync<List<JsonElement>>("/api/learning/runs", ServiceHost.Json);

        var kinds = runs!.Single(r => r.GetProperty("model").GetString() == "kinds");
        Assert.Equal(1, kinds.GetProperty("correctionRows").GetInt32());
        Assert.True(kinds.GetProperty("trainRows").GetInt32() > 100);
        Assert.True(kinds.GetProperty("heldOutRows").GetInt32() > 0);
        double candidate = kinds.GetProperty("candidateAccuracy").GetDouble();
        Assert.InRange(candidate, 0.5, 1.0);
        // The gate: adopted exactly when the candidate is at least as good as the model in use.
        var current = kinds.GetProperty("currentAccuracy");
        bool shouldAdopt = current.ValueKind == JsonValueKind.Null || candidate >= current.GetDouble();
        Assert.Equal(shouldAdopt, kinds.GetProperty("adopted").GetBoolean());
        Assert.Equal(shouldAdopt, File.Exists(Path.Combine(host.Data, "models", "kinds.model.zip")));
        Assert.Contains(runs!, r => r.GetProperty("model").GetString() == "sections");
    }

    [Fact]
    public async Task Retrain_Reader_Forbidden()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("reader", "reader-pass-1", DocIngest.Data.Identity.Roles.Reader);
        using var reader = host.Client("reader", "reader-pass-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/learning/retrain", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/learning/runs")).StatusCode);
    }
}
