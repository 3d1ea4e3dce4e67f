using System.Text.RegularExpressions;
using DocIngest.Data.Identity;
using DocIngest.Web.Tests.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocIngest.Web.Tests.Ui;

/// <summary>
/// The review UI end to end: real service, real OCR pipeline, real SQLite, Debian's chromium. A reviewer logs in,
/// uploads a scan and two measure plans, corrects a measure's responsible unit and a section type, confirms,
/// finds the corrected measure in search and compares two fiscal years.
/// Set DOCINGEST_SCREENSHOTS to a folder to keep screenshots of each page (docs/screenshots was made that way).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewFlowTests(BrowserFixture browser)
{
    private const string Reviewer = "somchai";
    private const string ReviewerPassword = "reviewer-pass-1";
    private const string NewUnit = "กองการศึกษา ศาสนาและวัฒนธรรม";

    [Fact]
    public async Task ReviewFlow_UploadCorrectConfirmSearchCompare_CorrectionsAreStoredAndFound()
    {
        await using var host = await ServiceHost.StartAsync(extractor: null);
        await host.AddUserAsync(Reviewer, ReviewerPassword, Roles.Reviewer);
        string plan2567 = MakeEarlierYearPlan(host.Root);
        var page = await browser.NewPageAsync(host.BaseAddress);

        // Log in.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.FillAsync("input[name=UserName]", Reviewer);
        await page.FillAsync("input[name=Password]", ReviewerPassword);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("user")).ToHaveTextAsync(Reviewer);

        // Upload a scanned memo and two years of one agency's measure plan; wait until all three are read.
        await page.SetInputFilesAsync("#upload-input",
            [RepoPaths.Sample("memo-kampang-invite-2564.png"), RepoPaths.Sample("measures-donkaeo-2568.docx"), plan2567]);
        await Expect(page.GetByTestId("open-document")).ToHaveCountAsync(3, new() { Timeout = 180_000 });
        await Screenshot(page, "inbox");

        // Correct the first measure's responsible unit.
        await page.GetByRole(AriaRole.Link, new() { Name = "measures-donkaeo-2568.docx" }).ClickAsync();
        var responsible = page.Locator("textarea[name='f|Measure|0|responsible']");
        await Expect(responsible).ToBeVisibleAsync();
        string title = await page.Locator("textarea[name='f|Measure|0|title']").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(title));
        await responsible.FillAsync(NewUnit);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("message")).ToContainTextAsync("บันทึกการแก้ไข");
        await Expect(page.Locator("textarea[name='f|Measure|0|responsible']")).ToHaveValueAsync(NewUnit);
        await Expect(page.GetByTestId("history")).ToContainTextAsync(NewUnit);
        await Screenshot(page, "review-measures");

        // Correct a section type of the scanned memo and confirm, by keyboard.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "memo-kampang-invite-2564.png" }).ClickAsync();
        var sectionType = page.Locator("select[name='f|Section|0|type']");
        await Expect(sectionType).ToBeVisibleAsync();
        string newType = await sectionType.InputValueAsync() == "facts" ? "considerations" : "facts";
        await sectionType.SelectOptionAsync(newType);
        await sectionType.FocusAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.GetByTestId("confirmed")).ToBeVisibleAsync();
        await Expect(page.Locator("select[name='f|Section|0|type']")).ToHaveValueAsync(newType);
        await Expect(page.GetByTestId("history")).ToContainTextAsync(DocIngest.Web.Ui.ThaiDisplay.SectionLabel(newType)); // the history speaks the form's words
        // Focusing a value draws its box on the page image.
        await page.Locator("textarea[name='f|Document|0|subject']").FocusAsync();
        await Expect(page.Locator(".page:not([hidden]) .highlight")).ToBeVisibleAsync();
        await Screenshot(page, "review-memo");

        // Search finds the corrected measure under its new unit.
        await page.GotoAsync("/search");
        string query = Regex.Replace(title, @"^มาตรการ", "").Trim();
        query = query[..Math.Min(12, query.Length)];
        await page.GetByTestId("search-q").FillAsync(query);
        await page.SelectOptionAsync("select[name=unit]", NewUnit);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("hits").Locator("[data-testid=responsible]").First).ToContainTextAsync(NewUnit);
        await Expect(page.GetByTestId("hits").Locator("mark").First).ToBeVisibleAsync();
        await Screenshot(page, "search");

        // Compare the agency's two fiscal years side by side.
        await page.GotoAsync("/compare");
        var byYears = page.GetByTestId("compare-years");
        await byYears.Locator("input[name=agency]").FillAsync("ดอนแก้ว");
        await byYears.Locator("input[name=years]").FillAsync("2567,2568");
        await byYears.Locator("button").ClickAsync();
        var table = page.GetByTestId("compare-measures");
        await Expect(table.Locator("thead th")).ToHaveCountAsync(3);
        await Expect(table.Locator("thead")).ToContainTextAsync("2567");
        await Expect(table.Locator("thead")).ToContainTextAsync("2568");
        // The same measures in both years line up on one row.
        var fullRows = table.Locator("tbody tr").Filter(new() { HasNot = page.Locator("td span.muted:text-is('—')") });
        Assert.True(await fullRows.CountAsync() >= 1);
        await Expect(page.GetByTestId("ita-chart")).ToBeVisibleAsync();
        await Screenshot(page, "compare");
    }

    /// <summary>The 2568 plan restated a year earlier (every BE year in its text minus one), so one agency has two fiscal years.</summary>
    private static string MakeEarlierYearPlan(string folder)
    {
        string path = Path.Combine(folder, "measures-donkaeo-2567.docx");
        File.Copy(RepoPaths.Sample("measures-donkaeo-2568.docx"), path);
        using var doc = WordprocessingDocument.Open(path, isEditable: true);
        foreach (var text in doc.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>())
            text.Text = Regex.Replace(text.Text, "(?:25|๒๕)[0-9๐-๙]{2}", m =>
            {
                bool thai = m.Value[0] == '๒';
                int year = int.Parse(DocIngest.Core.Thai.ThaiDigits.ToArabic(m.Value)) - 1;
                string earlier = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return thai ? DocIngest.Core.Thai.ThaiDigits.ToThai(earlier) : earlier;
            });
        return path;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        string? folder = Environment.GetEnvironmentVariable("DOCINGEST_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = false });
    }
}
