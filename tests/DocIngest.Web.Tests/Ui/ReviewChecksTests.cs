using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static DocIngest.Web.Tests.Ui.CorrectionLoop;
using static Microsoft.Playwright.Assertions;

namespace DocIngest.Web.Tests.Ui;

/// <summary>
/// The review checks left of issue 19, in Debian's chromium: units from the catalogue with free entry, a total that
/// cannot follow from its parts, the whole row's box on its page, a disabled account told so in Thai, and two
/// reviewers saving at the same instant.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewChecksTests(BrowserFixture browser)
{
    private static JsonElement Measures(JsonElement result) => result.GetProperty("documents")[0].GetProperty("measures");

    private static string[] Units(JsonElement measure) => measure.GetProperty("responsible").EnumerateArray().Select(u => u.GetString()!).ToArray();

    [Fact]
    public async Task Units_OutsideCatalogueFlagged_PickedFromListOrTypedFreely_ConfirmedOnesJoinTheList()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan-units.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|กองคลงั", "มาตรการป้องกันการรับสินบน|สำนักปลัด");
        var page = await LoginAsync(browser, host);
        await page.GotoAsync($"/documents/{plan}");

        // The misread unit is flagged with the reason; the official one is not.
        var first = page.Locator("tr.measure-row").Nth(0).Locator("[data-name=responsible]");
        await Expect(first).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("needs-check"));
        await Expect(first.GetByTestId("reason")).ToHaveTextAsync("หน่วยงานไม่อยู่ในรายการ: กองคลงั");
        await Expect(page.Locator("tr.measure-row").Nth(1).Locator("[data-name=responsible]")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("needs-check"));
        var offered = await page.Locator("#unit-catalogue option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        Assert.Contains("กองคลัง", offered);
        Assert.Contains("สำนักปลัด", offered);
        await Screenshot(page, "review-units-catalogue");

        // By keyboard: clear the misread unit, take the right one from the list; add a unit the list does not have.
        await first.Locator("textarea").FocusAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("unit-pick", await page.EvaluateAsync<string>("() => document.activeElement.dataset.testid"));
        await page.Keyboard.TypeAsync("กองคลัง");
        await page.Keyboard.PressAsync("Enter");
        await Expect(first.Locator("textarea")).ToHaveValueAsync("กองคลัง");
        await page.Locator("tr.measure-row").Nth(1).GetByTestId("unit-pick").FocusAsync();
        await page.Keyboard.TypeAsync("ฝ่ายสารสนเทศชุมชน");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.GetByTestId("confirmed")).ToBeVisibleAsync();

        var measures = Measures(await ResultAsync(host, plan));
        Assert.Equal(["กองคลัง"], Units(measures[0]));
        Assert.Equal(["สำนักปลัด", "ฝ่ายสารสนเทศชุมชน"], Units(measures[1]));

        // A unit a person confirmed is in the catalogue from then on: offered, and not flagged on the next plan.
        long next = await DropPlanAsync(host, "plan-units-2.txt", "มาตรการพัฒนาระบบสารสนเทศ|ฝ่ายสารสนเทศชุมชน");
        await page.GotoAsync($"/documents/{next}");
        await Expect(page.Locator("tr.measure-row").Nth(0).Locator("[data-name=responsible]")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("needs-check"));
        Assert.Contains("ฝ่ายสารสนเทศชุมชน", await page.Locator("#unit-catalogue option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)"));
    }

    [Fact]
    public async Task MeasureRow_AnyCellFocused_WholeRowBoxDrawnOnTheRowsPage()
    {
        await using var host = await StartAsync();
        string[] rows =
        [
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด", "มาตรการป้องกันการรับสินบน|กองคลัง", "มาตรการจัดซื้อจัดจ้างอย่างโปร่งใส|กองช่าง",
            "มาตรการตรวจสอบการใช้ดุลพินิจ|กองการศึกษา", "มาตรการส่งเสริมคุณธรรมในองค์กร|กองสวัสดิการสังคม",
            "มาตรการลดขั้นตอนการให้บริการ|หน่วยตรวจสอบภายใน", "มาตรการประเมินผลการปฏิบัติงานอย่างเป็นธรรม|กองสาธารณสุขและสิ่งแวดล้อม",
        ];
        long plan = await DropPlanAsync(host, "plan-boxed.txt", ["BOXED", .. rows]);
        var page = await LoginAsync(browser, host);
        await page.GotoAsync($"/documents/{plan}");

        // Row 7 is the second row of page 2: its units cell focused, page 2 is shown with the row's whole box.
        async Task<double[]> Mark(int pageNumber) => await page.Locator($"figure[data-page='{pageNumber}'] .highlight").EvaluateAsync<double[]>(
            "m => m.hidden ? [] : [m.style.left, m.style.top, m.style.width, m.style.height].map(parseFloat)");
        static double[] Percent(int x, int y, int w, int h) =>
            [100.0 * x / TextExtractor.BoxedWidth, 100.0 * y / TextExtractor.BoxedHeight, 100.0 * w / TextExtractor.BoxedWidth, 100.0 * h / TextExtractor.BoxedHeight];
        static (int X, int Y, int W, int H) Union(int i)
        {
            var (t, u) = TextExtractor.BoxedCells(i);
            int x0 = Math.Min(t[0], u[0]), y0 = Math.Min(t[1], u[1]);
            return (x0, y0, Math.Max(t[0] + t[2], u[0] + u[2]) - x0, Math.Max(t[1] + t[3], u[1] + u[3]) - y0);
        }

        await page.Locator("textarea[name='f|Measure|6|responsible']").FocusAsync();
        await Expect(page.Locator("#page-number")).ToHaveTextAsync("2");
        var (x, y, w, h) = Union(6);
        var drawn = await Mark(2);
        Assert.Equal(Percent(x, y, w, h), drawn, (a, b) => Math.Abs(a - b) < 0.05);
        Assert.True(drawn[2] > 100.0 * TextExtractor.BoxedCells(6).Title[2] / TextExtractor.BoxedWidth + 1, "the whole row, not the title alone");
        await Screenshot(page, "review-row-box");

        // Back on a row of page 1 from its title: page 1, that row's box.
        await page.Locator("textarea[name='f|Measure|0|title']").FocusAsync();
        await Expect(page.Locator("#page-number")).ToHaveTextAsync("1");
        (x, y, w, h) = Union(0);
        Assert.Equal(Percent(x, y, w, h), await Mark(1), (a, b) => Math.Abs(a - b) < 0.05);
    }

    [Fact]
    public async Task ItaTotal_OutsideItsIndicators_FlaggedAndComparedInTheChart()
    {
        await using var host = await StartAsync();
        // The overall score of a real analysis (nysso 2566) with its first digit misread as 9: grade and score still agree.
        double[] indicators = [92.1, 89.4, 90.25, 87.6, 88.85, 85.7, 86.4, 84.95, 91.5, 87.25];
        string[] lines = ["ITA|2566|98.7|AA", .. indicators.Select((s, i) => $"IND|{i + 1}|{s.ToString(CultureInfo.InvariantCulture)}")];
        long ita = await DropPlanAsync(host, "ita.txt", lines);
        var page = await LoginAsync(browser, host);
        await page.GotoAsync($"/documents/{ita}");
        var score = page.Locator("[data-testid=ita] [data-name=score]");
        await Expect(score).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("needs-check"));
        Assert.Contains("คะแนนรวมไม่สอดคล้องกับคะแนนตัวชี้วัด", await score.GetAttributeAsync("title"));
        await Expect(page.Locator("[data-testid=indicators] .needs-check")).ToHaveCountAsync(0);

        // Corrected, the flag goes; the compare page draws the corrected score as a bar labelled with its year.
        await score.Locator("input").FillAsync("88.7");
        await page.Locator("[data-testid=ita] [data-name=grade] select").SelectOptionAsync("A");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.GetByTestId("confirmed")).ToBeVisibleAsync();
        await page.GotoAsync("/compare?agency=" + Uri.EscapeDataString("ทดสอบ") + "&years=2566");
        var chart = page.GetByTestId("ita-chart");
        await Expect(chart.Locator("text.label")).ToHaveTextAsync("2566");
        await Expect(chart.Locator("text.value")).ToHaveTextAsync("88.7 (A)");
        Assert.Equal(5, await chart.Locator("text.tick").CountAsync());
        string height = (await chart.Locator("rect.bar").GetAttributeAsync("height"))!;
        Assert.Equal(88.7 * 1.8, double.Parse(height, CultureInfo.InvariantCulture), 0.1);
        await Screenshot(page, "compare-chart");
    }

    [Fact]
    public async Task DisabledAccount_LogsIn_ToldInThaiItIsDisabled()
    {
        await using var host = await StartAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PostAsync($"/api/users/{Reviewer}/disable", null)).StatusCode);
        var page = await browser.NewPageAsync(host.BaseAddress, 1400, 1000);
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=UserName]", Reviewer);
        await page.FillAsync("input[name=Password]", Password);
        await page.ClickAsync("button[type=submit]");
        var error = page.Locator(".error[role=alert]");
        await Expect(error).ToContainTextAsync("ปิดการใช้งาน");
        await Expect(error).Not.ToContainTextAsync("ล็อก");
        await Screenshot(page, "login-disabled");
        // Without the password, nothing tells that the account is disabled.
        await page.FillAsync("input[name=UserName]", Reviewer);
        await page.FillAsync("input[name=Password]", "not-the-password-1");
        await page.ClickAsync("button[type=submit]");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).Not.ToContainTextAsync("ปิดการใช้งาน");
    }

    [Fact]
    public async Task TwoReviewers_SaveAtTheSameInstant_OneStoredOtherShownTheConflictInThai()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด");
        var first = await LoginAsync(browser, host);
        var second = await LoginAsync(browser, host, SecondReviewer);
        await first.GotoAsync($"/documents/{plan}");
        await second.GotoAsync($"/documents/{plan}");
        await first.Locator("textarea[name='f|Measure|0|progress']").FillAsync("ดำเนินการแล้ว");
        await second.Locator("textarea[name='f|Measure|0|progress']").FillAsync("อยู่ระหว่างดำเนินการ");

        await Task.WhenAll(first.Keyboard.PressAsync("Control+s"), second.Keyboard.PressAsync("Control+s"));
        await Expect(first.Locator("#review-messages [role]")).ToBeVisibleAsync();
        await Expect(second.Locator("#review-messages [role]")).ToBeVisibleAsync();
        var pages = new[] { first, second };
        var saved = new List<IPage>();
        foreach (var p in pages)
            if (await p.GetByTestId("message").CountAsync() > 0) saved.Add(p);
        Assert.Single(saved);
        var refused = pages.Single(p => p != saved[0]);
        await Expect(refused.GetByTestId("conflict")).ToBeVisibleAsync();
        await Expect(refused.GetByTestId("error")).Not.ToContainTextAsync("locked");
        Assert.Empty(EnglishWords(await ReadableTextAsync(refused), "plan.txt", Reviewer, SecondReviewer));
        var history = await host.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{plan}/corrections");
        Assert.Equal(1, history.GetArrayLength());
    }
}
