using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static DocIngest.Web.Tests.Ui.CorrectionLoop;
using static Microsoft.Playwright.Assertions;

namespace DocIngest.Web.Tests.Ui;

/// <summary>
/// The correction loop a clerk must be able to finish (issue 19), each flow in Debian's chromium against the real
/// service and SQLite: the file leaves the queue when confirmed, search hits open their own part, two reviewers
/// conflict visibly, dates are typed as printed, no English reaches the clerk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CorrectionLoopTests(BrowserFixture browser)
{
    [Fact]
    public async Task Confirm_EveryPart_FileConfirmedInInboxApiSearchAndLeavesTheQueue()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan-a.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด");
        long other = await DropPlanAsync(host, "plan-b.txt", "มาตรการป้องกันการรับสินบน|กองคลัง");
        Assert.Equal("Succeeded", await StatusAsync(host, plan));

        var page = await LoginAsync(browser, host);
        await page.GotoAsync($"/documents/{plan}");
        await Expect(page.Locator("textarea[name='f|Measure|0|title']")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.GetByTestId("confirmed")).ToBeVisibleAsync();

        // The API, the inbox, its queue filter and search all say the same.
        Assert.Equal("Confirmed", await StatusAsync(host, plan));
        var list = await host.DocumentsAsync();
        Assert.Equal(other, list[0].Id); // what still needs a person comes first
        Assert.Equal(plan, list[^1].Id);
        var waiting = await host.Http.GetFromJsonAsync<List<JsonElement>>("/api/documents?status=Succeeded", ServiceHost.Json);
        Assert.DoesNotContain(waiting!, d => d.GetProperty("id").GetInt64() == plan);

        await page.GotoAsync("/");
        var row = page.Locator("tr[data-file='plan-a.txt']");
        await Expect(row.GetByTestId("file-status")).ToHaveTextAsync("ยืนยันแล้ว");
        await Expect(page.Locator("tr[data-file='plan-b.txt']").GetByTestId("file-status")).ToHaveTextAsync("อ่านแล้ว รอยืนยัน");
        await page.SelectOptionAsync("#status-filter", "Succeeded");
        await Expect(page.Locator("tr[data-file='plan-a.txt']")).ToHaveCountAsync(0);
        await Expect(page.Locator("tr[data-file='plan-b.txt']")).ToHaveCountAsync(1);

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("เผยแพร่ข้อมูล"));
        await Expect(page.GetByTestId("hit-review").First).ToHaveTextAsync("ยืนยันแล้ว");
        await Screenshot(page, "confirmed-search");
    }

    [Fact]
    public async Task SearchAll_HitsOfEachKind_ShowTheirOwnFactsAndOpenTheirOwnPart()
    {
        await using var host = await StartAsync();
        // Two plans: the second holds the word in a measure; both pages hold it in their text.
        long first = await DropPlanAsync(host, "plan-1.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด", "หมายเหตุ ความโปร่งใส");
        long second = await DropPlanAsync(host, "plan-2.txt", "มาตรการส่งเสริมความโปร่งใส|กองช่าง");
        var page = await LoginAsync(browser, host);

        await page.GotoAsync("/search?entity=all&q=" + Uri.EscapeDataString("ความโปร่งใส"));
        var hits = page.GetByTestId("hits").Locator("li.hit");
        Assert.True(await hits.CountAsync() >= 3);
        // Measure facts (responsible units) only on measure hits, and each the hit's own.
        await Expect(page.Locator("li.hit[data-entity='document'] [data-testid=responsible]")).ToHaveCountAsync(0);
        await Expect(page.Locator("li.hit[data-entity='measure'] [data-testid=responsible]")).ToHaveTextAsync("กองช่าง");
        // Every hit links to a review page of its file and part, never to a document record id.
        foreach (var href in await page.GetByTestId("hit-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            Assert.Matches($"^/documents/({first}|{second})\\?part=0", href);
        await page.Locator("li.hit[data-entity='document'] a").First.ClickAsync();
        await Expect(page.GetByTestId("review-status")).ToBeVisibleAsync();

        // A link to a file that is not there is a Thai page, not a raw 404.
        var response = await page.GotoAsync("/documents/987654");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByTestId("not-found")).ToContainTextAsync("ไม่มีไฟล์หมายเลข");
    }

    [Fact]
    public async Task TwoReviewers_StaleSave_ConflictShowsTheOtherChangeAndKeepsTypedValue()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด", "มาตรการป้องกันการรับสินบน|กองคลัง");
        var first = await LoginAsync(browser, host, Reviewer);
        var second = await LoginAsync(browser, host, SecondReviewer);
        await first.GotoAsync($"/documents/{plan}");
        await second.GotoAsync($"/documents/{plan}");

        // The first reviewer saves in place: same page, focus kept on the value, no reload to the top.
        var unit = first.Locator("textarea[name='f|Measure|1|responsible']");
        await unit.FillAsync("กองช่าง");
        await unit.FocusAsync();
        double scroll = await first.EvaluateAsync<double>("() => window.scrollY");
        await first.Keyboard.PressAsync("Control+s");
        await Expect(first.GetByTestId("message")).ToContainTextAsync("บันทึกการแก้ไข 1 รายการแล้ว");
        Assert.Equal("f|Measure|1|responsible", await first.EvaluateAsync<string>("() => document.activeElement.name"));
        Assert.Equal(scroll, await first.EvaluateAsync<double>("() => window.scrollY"));

        // The second, still on the old revision, changes the same value: refused, the first one's change shown.
        var theirs = second.Locator("textarea[name='f|Measure|1|responsible']");
        await theirs.FillAsync("กองการศึกษา");
        await second.Keyboard.PressAsync("Control+s");
        await Expect(second.GetByTestId("error")).ToContainTextAsync(Reviewer);
        await Expect(second.GetByTestId("conflict")).ToContainTextAsync("มาตรการ แถวที่ 2 · ผู้รับผิดชอบ");
        await Expect(second.GetByTestId("conflict")).ToContainTextAsync("กองช่าง");
        await Expect(second.GetByTestId("theirs")).ToContainTextAsync("กองช่าง");
        await Expect(second.Locator("textarea[name='f|Measure|1|responsible']")).ToHaveValueAsync("กองการศึกษา");
        await Screenshot(second, "review-conflict");
        Assert.Equal("กองช่าง", (await ResultAsync(host, plan)).GetProperty("documents")[0].GetProperty("measures")[1].GetProperty("responsible")[0].GetString());

        // Having seen it, the second saves again deliberately: now it is stored, and the history says so in the form's words.
        await second.Keyboard.PressAsync("Control+s");
        await Expect(second.GetByTestId("message")).ToContainTextAsync("บันทึกการแก้ไข 1 รายการแล้ว");
        Assert.Equal("กองการศึกษา", (await ResultAsync(host, plan)).GetProperty("documents")[0].GetProperty("measures")[1].GetProperty("responsible")[0].GetString());
        await Expect(second.GetByTestId("history")).ToContainTextAsync("มาตรการ แถวที่ 2 · ผู้รับผิดชอบ");

        // Unsaved typing is not dropped by leaving: the browser asks first, and staying keeps the page.
        string? dialog = null;
        second.Dialog += async (_, d) => { dialog = d.Type; await d.DismissAsync(); };
        await second.Locator("textarea[name='f|Measure|0|title']").FillAsync("มาตรการที่ยังไม่บันทึก");
        // Clicked from the page's own script so the test does not wait for a navigation the person is asked about.
        await second.EvaluateAsync("() => setTimeout(() => document.querySelector(\"header a[href='/']\").click(), 0)");
        Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(dialog is not null), TimeSpan.FromSeconds(5)));
        Assert.Equal("beforeunload", dialog);
        await Expect(second).ToHaveURLAsync(new Regex($"/documents/{plan}"));
    }

    [Fact]
    public async Task Dates_TypedAsPrinted_StoredIsoShownBuddhistEraAndRefusalsInThai()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด");
        var page = await LoginAsync(browser, host);
        await page.GotoAsync($"/documents/{plan}");

        await page.Locator("input[name='f|Measure|0|periodStart']").FillAsync("๓ พ.ย. ๖๖");
        await page.Locator("input[name='f|Measure|0|periodEnd']").FillAsync("30/9/2567");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("message")).ToContainTextAsync("บันทึกการแก้ไข 2 รายการแล้ว");
        await Expect(page.Locator("input[name='f|Measure|0|periodStart']")).ToHaveValueAsync("3 พ.ย. 2566");
        var period = (await ResultAsync(host, plan)).GetProperty("documents")[0].GetProperty("measures")[0].GetProperty("period");
        Assert.Equal(("2023-11-03", "2024-09-30"), (period.GetProperty("start").GetString(), period.GetProperty("end").GetString()));
        await Expect(page.GetByTestId("history")).ToContainTextAsync("มาตรการ แถวที่ 1 · เริ่ม");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("3 พ.ย. 2566");

        // A date that does not exist: a Thai refusal that says how to type one, the typed value kept.
        await page.Locator("input[name='f|Measure|0|periodStart']").FillAsync("31/2/2567");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("error")).ToContainTextAsync("ไม่ใช่วันที่ที่อ่านได้");
        await Expect(page.Locator("input[name='f|Measure|0|periodStart']")).ToHaveValueAsync("31/2/2567");
        string readable = await ReadableTextAsync(page);
        Assert.Empty(EnglishWords(readable, "plan.txt", Reviewer));

        // Scripts get the same refusal as problem details: a stable type, Thai title and detail.
        var response = await host.Http.PostAsJsonAsync($"/api/documents/{plan}/parts/0/corrections",
            new { edits = new[] { new { target = "Measure", order = 0, field = "periodStart", value = "yesterday" } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/problems/invalid-correction", problem.GetProperty("type").GetString());
        Assert.Equal("ค่าที่แก้ไขไม่ถูกต้อง", problem.GetProperty("title").GetString());
        Assert.Contains("มาตรการ แถวที่ 1 · เริ่ม", problem.GetProperty("detail").GetString());
        // A stale revision from a script is a 409 with the other person's corrections.
        var stale = await host.Http.PostAsJsonAsync($"/api/documents/{plan}/parts/0/corrections",
            new { edits = new[] { new { target = "Measure", order = 0, field = "progress", value = "ดำเนินการแล้ว" } }, revision = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/problems/conflict", conflict.GetProperty("type").GetString());
        Assert.Equal(2, conflict.GetProperty("corrections").GetArrayLength());
    }
}
