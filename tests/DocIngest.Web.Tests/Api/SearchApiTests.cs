using System.Text.Json.Nodes;
using DocIngest.Core.Extraction;
using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace DocIngest.Web.Tests.Api;

/// <summary>Tolerant search through the service: the API flags approximate hits and the search page labels them ใกล้เคียง.</summary>
public class SearchApiTests
{
    private static async Task StoreAsync(ServiceHost host, string name, string measureTitle)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DocIngestDbContext>();
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
        var source = new SourceFile { Sha256 = sha, FileName = name, ArchivePath = "archive/" + sha, CreatedAt = DateTime.UtcNow };
        db.SourceFiles.Add(source);
        await db.SaveChangesAsync();
        await new ResultStore(db, scope.ServiceProvider.GetRequiredService<SearchIndex>()).SaveAsync(source, new ExtractionResult
        {
            Source = new SourceInfo(name, sha, "application/pdf", 1),
            Pages = [new PageResult { Number = 1, Method = "ocr", Text = measureTitle }],
            Documents =
            [
                new Document
                {
                    Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = 1, Organization = "องค์การบริหารส่วนตำบลโคกคอน", FiscalYear = 2566,
                    Measures = [new Measure { Number = 1, Title = measureTitle, Responsible = ["สำนักปลัด"], Page = 1 }],
                },
            ],
        });
    }

    [Fact]
    public async Task Search_MarksLostInStoredMeasure_ApiFlagsItAndPageSaysNear()
    {
        await using var host = await ServiceHost.StartAsync(extractor: null);
        await StoreAsync(host, "exact.pdf", "มาตรการป้องกันผลประโยชน์ทับซ้อน");
        await StoreAsync(host, "ocr.pdf", "มาตรการป้องกันผลประโยชนทับซอนของหน่วยงาน"); // as OCR read it
        string q = Uri.EscapeDataString("ผลประโยชน์ทับซ้อน");

        var hits = JsonNode.Parse(await host.Http.GetStringAsync($"/api/search?q={q}&entity=measure"))!.AsArray();
        Assert.Equal([false, true], hits.Select(h => h!["approximate"]!.GetValue<bool>()));

        string page = await host.Http.GetStringAsync($"/search?q={q}");
        Assert.Equal(1, page.Split("data-testid=\"near\"").Length - 1);
        Assert.Contains("ใกล้เคียง", page);
        Assert.Contains("<mark>ผลประโยชนทับซอน</mark>", page);
    }
}
