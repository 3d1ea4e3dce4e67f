using System.Net;
using System.Text.Json.Nodes;
using DocIngest.Ocr.Imaging;
using DocIngest.Web.Ingestion;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Api;

public class PagesApiTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task PageImage_AfterIngestion_PngOfThePageSizeInTheResult()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "plan.txt"), "มาตรการเปิดเผยข้อมูล|สำนักปลัด\n");
        Assert.True(await ServiceHost.EventuallyAsync(async () => (await host.DocumentsAsync()).SingleOrDefault()?.Status == "Succeeded", Patience));
        var doc = (await host.DocumentsAsync()).Single();
        var page = JsonNode.Parse(await host.Http.GetStringAsync($"/api/documents/{doc.Id}"))!["pages"]![0]!;

        using var response = await host.Http.GetAsync($"/api/documents/{doc.Id}/pages/1/image");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((true, TimeSpan.FromHours(1)), (response.Headers.CacheControl!.Private, response.Headers.CacheControl.MaxAge));
        var image = new LeptonicaImageDecoder().Decode(await response.Content.ReadAsByteArrayAsync(), 0);
        Assert.Equal(((int)page["width"]!, (int)page["height"]!), (image.Width, image.Height));
        var box = page["lines"]![0]!["box"]!.AsArray().Select(v => (int)v!).ToArray();
        Assert.Equal(0, image[box[0] + box[2] / 2, box[1] + box[3] / 2]); // the line box falls on the line's ink
        Assert.Equal(255, image[box[0] - 5, box[1] - 5]);

        var etag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{doc.Id}/pages/1/image");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await host.Http.SendAsync(again)).StatusCode);
        Assert.True(File.Exists(Path.Combine(host.Data, "pages", page.Root["source"]!["sha256"]!.ToString(), "1.png")));
        Assert.Empty(Directory.GetDirectories(Path.Combine(host.Data, "pages", ".staging")));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public async Task PageImage_MissingPage_NotFoundProblem(int pageNumber)
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "plan.txt"), "มาตรการลดขั้นตอน|กองช่าง\n");
        Assert.True(await ServiceHost.EventuallyAsync(async () => (await host.DocumentsAsync()).SingleOrDefault()?.Status == "Succeeded", Patience));
        long id = (await host.DocumentsAsync()).Single().Id;

        using var missingPage = await host.Http.GetAsync($"/api/documents/{id}/pages/{pageNumber}/image");
        using var missingDocument = await host.Http.GetAsync($"/api/documents/{id + 1000}/pages/1/image");

        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Equal("application/problem+json", missingPage.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"no image of page {pageNumber}", await missingPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missingDocument.StatusCode);
        Assert.Equal("application/problem+json", missingDocument.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Publish_ReIngestWithFewerPages_ReplacesAndDropsStalePages()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        var store = host.Services.GetRequiredService<PageImageStore>();
        string sha = new('a', 64);

        var first = store.CreateStaging();
        first.Accept(1, new GrayImage(10, 10));
        first.Accept(2, new GrayImage(10, 10));
        store.Publish(sha, first);
        var second = store.CreateStaging();
        second.Accept(1, new GrayImage(30, 20));
        store.Publish(sha, second);

        Assert.Equal(["1.png"], Directory.GetFiles(Path.Combine(host.Data, "pages", sha)).Select(Path.GetFileName));
        Assert.Equal(30, new LeptonicaImageDecoder().Decode(await File.ReadAllBytesAsync(store.Find(sha, 1)!.FullName), 0).Width);
        Assert.Null(store.Find(sha, 2));
        Assert.False(Directory.Exists(first.Directory) || Directory.Exists(second.Directory));
    }
}
