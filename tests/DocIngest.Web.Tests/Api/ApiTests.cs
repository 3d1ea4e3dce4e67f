using DocIngest.Web.Queries;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIngest.Web.Api;
using DocIngest.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Tests.Api;

public class ApiTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task PostDocuments_Upload_ProcessedAndServedAsSchemaJson()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        using var form = new MultipartFormDataContent { { new ByteArrayContent("มาตรการจัดซื้อจัดจ้างโปร่งใส|กองคลัง\n"u8.ToArray()), "file", "upload.txt" } };

        var response = await host.Http.PostAsync("/api/documents", form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await ServiceHost.EventuallyAsync(async () => (await host.DocumentsAsync()).Single().Status == "Succeeded", Patience));
        long id = (await host.DocumentsAsync()).Single().Id;
        var json = JsonNode.Parse(await host.Http.GetStringAsync($"/api/documents/{id}"))!;
        Assert.Equal("1", (string?)json["schemaVersion"]);
        Assert.Equal("measure-plan", (string?)json["documents"]![0]!["kind"]);
    }

    [Fact]
    public async Task GetDocument_Unknown_ProblemDetails404()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());

        var response = await host.Http.GetAsync("/api/documents/999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task HealthAndOpenApi_Served()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());

        Assert.Equal("Healthy", await host.Http.GetStringAsync("/health"));
        var openApi = JsonNode.Parse(await host.Http.GetStringAsync("/openapi/v1.json"))!;
        Assert.NotNull(openApi["paths"]!["/api/measures"]);
    }

    [Fact]
    public async Task Compare_TwoYears_LinesUpMeasures()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "a.txt"), "มาตรการป้องกันผลประโยชน์ทับซ้อน|สำนักปลัด\nมาตรการเผยแพร่ข้อมูล|กองคลัง\n");
        Assert.True(await ServiceHost.EventuallyAsync(async () => (await host.DocumentsAsync()).Any(d => d.Status == "Succeeded"), Patience));

        var result = await host.Http.GetFromJsonAsync<Comparison>("/api/compare?year=2566&agencies=ทดสอบ,ไม่มี", ServiceHost.Json);

        Assert.Equal(2, result!.Columns.Count);
        Assert.Equal(2, result.Measures.Count);
        Assert.All(result.Measures, r => Assert.Null(r.Cells[1]));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync("/api/compare?agency=x")).StatusCode);
        var xlsx = await host.Http.GetAsync("/api/export/measures.xlsx?year=2566");
        Assert.Equal(DocIngest.Web.Export.TableExport.XlsxType, xlsx.Content.Headers.ContentType!.MediaType);
        var docx = await host.Http.GetAsync("/api/export/compare.docx?year=2566&agencies=ทดสอบ,ไม่มี");
        Assert.Equal(DocIngest.Web.Export.TableExport.DocxType, docx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ExportMeasures_WithQueryAndFilters_SameMeasuresAsSearch()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "a.txt"), "มาตรการป้องกันผลประโยชน์ทับซ้อน|สำนักปลัด\nมาตรการเผยแพร่ข้อมูล|กองคลัง\n");
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.Http.GetFromJsonAsync<List<MeasureDto>>("/api/measures?q=ผลประโยชน์", ServiceHost.Json))!.Count == 1, Patience));

        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(
            new MemoryStream(await host.Http.GetByteArrayAsync("/api/export/measures.xlsx?q=ผลประโยชน์&year=2566")), false);
        var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(2, sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count()); // the header and the one match
        Assert.Contains("ผลประโยชน์ทับซ้อน", sheet.InnerText);
        Assert.DoesNotContain("เผยแพร่ข้อมูล", sheet.InnerText);

        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            new MemoryStream(await host.Http.GetByteArrayAsync("/api/export/measures.docx?q=ผลประโยชน์&year=2565")), false);
        // Same query, a year with no measures: only the header, as /api/measures returns none.
        Assert.Single(docx.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>());
    }

    [Fact]
    public async Task Start_InvalidOptions_FailsOnStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ServiceHost.StartAsync(new TextExtractor(), settings: new() { ["DocIngest:Workers"] = "0" }));

        Assert.Contains("Workers", error.Message);
    }

    [Theory]
    [InlineData("DocIngest:Pipeline:MissedLines:MinConfidence", "1.5", "MinConfidence")]   // out of range
    [InlineData("DocIngest:Pipeline:Without:0", "tall-lines", "tall-lines")]             // no such pass
    public async Task Start_InvalidPipelineOption_FailsOnStartNamingIt(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ServiceHost.StartAsync(new TextExtractor(), settings: new() { [key] = value }));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task Start_MisspeltPipelineOption_FailsOnStart() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ServiceHost.StartAsync(new TextExtractor(), settings: new() { ["DocIngest:Pipeline:MissedLines:MinConfidense"] = "0.7" }));

    [Fact]
    public async Task Start_PipelineOption_BoundForTheExtractor()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor(), settings: new()
        {
            ["DocIngest:Pipeline:PageNumbers:MarginShare"] = "0.2",
            ["DocIngest:Pipeline:DigitGlyphs:MinConfidence"] = "0.85",
        });

        var pipeline = host.Services.GetRequiredService<IOptions<DocIngest.Pipeline.PipelineOptions>>().Value;
        Assert.Equal(0.2, pipeline.PageNumbers.MarginShare);
        Assert.Equal(0.85f, pipeline.DigitGlyphs.MinConfidence);
        Assert.Equal(4, pipeline.DigitGlyphs.MaxStrayLength);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_FailsOnStartNamingIt()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ServiceHost.StartAsync(new TextExtractor(), settings: new() { ["DocIngest:Database:Provider"] = "Postgres" }));

        Assert.Contains("ConnectionStrings:DocIngest", error.Message);
    }

    [Fact]
    public async Task Start_MaxFileMegabytesOption_IsKestrelsBodyLimitWithTheEnvelope()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor(), settings: new() { ["DocIngest:MaxFileMegabytes"] = "1" });

        var kestrel = host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value;
        Assert.Equal(1048576 + DocIngestServiceExtensions.UploadEnvelopeBytes, kestrel.Limits.MaxRequestBodySize);
    }

    [Theory]
    [InlineData("inbox", "inbox/data", "DocIngest:DataDirectory")] // the watcher would take the database and archive as scans
    [InlineData("data/inbox", "data", "DocIngest:WatchFolder")]   // scans dropped into the data directory
    [InlineData("shared", "shared/", "DocIngest:DataDirectory")]
    public async Task Start_DataDirectoryAndWatchFolderNested_FailsOnStartWithClearMessage(string watch, string data, string inside)
    {
        string root = Directory.CreateTempSubdirectory("docingest-web-").FullName;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(new TextExtractor(), root,
            new() { ["DocIngest:WatchFolder"] = watch, ["DocIngest:DataDirectory"] = data }));

        Assert.Contains(inside, error.Message);
        Assert.Contains("two separate folders", error.Message);
    }

    [Fact]
    public async Task Start_DataDirectoryNotWritable_ClearError()
    {
        string root = Directory.CreateTempSubdirectory("docingest-web-").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "data"), "a file where the data directory should be");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceHost.StartAsync(new TextExtractor(), root));

        Assert.Contains("not writable", error.Message);
    }
}
