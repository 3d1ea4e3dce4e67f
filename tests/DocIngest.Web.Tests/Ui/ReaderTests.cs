using DocIngest.Data.Identity;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocIngest.Web.Tests.Ui;

/// <summary>A reader sees documents in the browser but gets no way to change them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderTests(BrowserFixture browser)
{
    [Fact]
    public async Task ReviewPage_Reader_ReadOnlyWithoutSaveOrUpload()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await host.AddUserAsync("reader", "reader-pass-1", Roles.Reader);
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "plan.txt"), "มาตรการอ่านอย่างเดียว|กองคลัง\n");
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.DocumentsAsync()).Any(d => d.Status is "Succeeded" or "NeedsReview"), TimeSpan.FromSeconds(30)));

        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=UserName]", "reader");
        await page.FillAsync("input[name=Password]", "reader-pass-1");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("dropzone")).ToBeHiddenAsync();

        await page.GetByTestId("open-document").First.ClickAsync();
        var title = page.Locator("textarea[name='f|Measure|0|title']");
        await Expect(title).ToHaveValueAsync("มาตรการอ่านอย่างเดียว");
        await Expect(title).Not.ToBeEditableAsync();
        await Expect(page.GetByTestId("save")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("confirm")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Inbox_Anonymous_SeesOnlyTheLoginPage()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Expect(page.GetByTestId("inbox")).ToHaveCountAsync(0);
        var api = await page.APIRequest.GetAsync("/api/documents");
        Assert.Equal(401, api.Status);
    }
}
