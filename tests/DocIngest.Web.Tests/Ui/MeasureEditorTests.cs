using System.Diagnostics;
using System.Text.Json;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static DocIngest.Web.Tests.Ui.CorrectionLoop;
using static Microsoft.Playwright.Assertions;

namespace DocIngest.Web.Tests.Ui;

/// <summary>The measure-table editor by keyboard: rows added, removed, moved, split and merged, then saved and confirmed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeasureEditorTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] TenRows =
    [
        "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด",
        "มาตรการส่งเสริมการใช้จายงบประมาณอย่างโปร่งใส|กองคลัง",
        "มาตรการป้องกันการรับสินบน|สำนักปลัด",
        "มาตรการจัดซื้อจัดจ้างอย่างโปร่งใส|กองคลัง",
        "หน้า ๒/๔ ot|สำนักปลัด",
        "มาตรการตรวจสอบการใช้ดุลพินิจ|กองช่าง",
        "มาตรการแก้ไขเรื่องร้องเรียนภายใน mo วัน|สำนักปลัด",
        "มาตรการส่งเสริมคุณธรรมในองค์กร|กองการศึกษา",
        "มาตรการลดขั้นตอนการให้บริการภายใน lb วัน|กองช่าง",
        "มาตรการประเมินผลการปฏิบัติงานอย่างเป็นธรรม|สำนักปลัด",
    ];

    private static string[] Titles(JsonElement result) =>
        result.GetProperty("documents")[0].GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("title").GetString()!).ToArray();

    /// <summary>
    /// The clerk: a ten-row plan read with three misread cells and one junk row, corrected by keyboard alone
    /// (walk the flagged values, retype three, delete the junk row, add one row, confirm). Keystrokes and wall time
    /// are written to the test output.
    /// </summary>
    [Fact]
    public async Task TenRowPlan_KeyboardAlone_AddRemoveFixThreeConfirm()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan-10.txt", TenRows);
        var page = await LoginAsync(browser, host);
        int keys = 0, typed = 0;
        async Task Press(string key) { keys++; await page.Keyboard.PressAsync(key); }
        async Task Type(string text) { typed += text.Length; await page.Keyboard.TypeAsync(text); }
        // The clerk walks the flagged values (Alt+Down) to the one to fix, reading the others against the page on the way.
        async Task WalkTo(string name)
        {
            for (int i = 0; i < 8; i++)
            {
                await Press("Alt+ArrowDown");
                if (await page.EvaluateAsync<string>("() => document.activeElement.name") == name) return;
            }
            Assert.Fail($"the walk did not reach {name}");
        }

        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"/documents/{plan}");
        // The validation flags put exactly the misread cells (and the plan's missing title) on the walk.
        var flaggedTitles = await page.Locator(".measure-row .field.needs-check[data-name=title] textarea").EvaluateAllAsync<string[]>("t => t.map(x => x.name)");
        Assert.Equal(["f|Measure|1|title", "f|Measure|4|title", "f|Measure|6|title", "f|Measure|8|title"], flaggedTitles);
        Assert.Equal("f|Document|0|title", await page.EvaluateAsync<string>("() => document.activeElement.name"));

        await WalkTo("f|Measure|1|title");                              // row 2: จาย -> จ่าย
        await Type("มาตรการส่งเสริมการใช้จ่ายงบประมาณอย่างโปร่งใส");
        await WalkTo("f|Measure|4|title");                              // row 5: junk
        await Press("Alt+Delete");
        await WalkTo("f|Measure|6|title");                              // row 7: mo -> ๓๐ (names are renumbered on save)
        await Type("มาตรการแก้ไขเรื่องร้องเรียนภายใน ๓๐ วัน");
        await WalkTo("f|Measure|8|title");                              // row 9: lb -> ๑๕
        await Type("มาตรการลดขั้นตอนการให้บริการภายใน ๑๕ วัน");
        await Press("Alt+Insert");                                      // a row the parser missed, below it
        await Type("มาตรการเสริมสร้างวัฒนธรรมองค์กรโปร่งใส");
        await Press("Tab");
        await Press("Tab");
        await Type("สำนักปลัด");
        await Press("Control+Enter");
        await Expect(page.GetByTestId("confirmed")).ToBeVisibleAsync();
        clock.Stop();

        var titles = Titles(await ResultAsync(host, plan));
        Assert.Equal(10, titles.Length);
        Assert.Equal("มาตรการส่งเสริมการใช้จ่ายงบประมาณอย่างโปร่งใส", titles[1]);
        Assert.DoesNotContain(titles, t => t.Contains("ot"));
        Assert.Equal("มาตรการแก้ไขเรื่องร้องเรียนภายใน ๓๐ วัน", titles[5]);
        Assert.Equal("มาตรการลดขั้นตอนการให้บริการภายใน ๑๕ วัน", titles[7]);
        Assert.Equal("มาตรการเสริมสร้างวัฒนธรรมองค์กรโปร่งใส", titles[8]);
        Assert.Equal("มาตรการประเมินผลการปฏิบัติงานอย่างเป็นธรรม", titles[9]);
        Assert.Equal("Confirmed", await StatusAsync(host, plan));
        await Screenshot(page, "review-measures-keyboard");
        output.WriteLine($"clerk: {keys} command keystrokes + {typed} typed characters = {keys + typed} keystrokes; wall time {clock.Elapsed.TotalSeconds:0.00} s (page open to confirmed)");
    }

    [Fact]
    public async Task Rows_MoveSplitMergeByKeyboard_SavedAsArrangedAndHistoryInThai()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt",
            "มาตรการแรก|สำนักปลัด", "มาตรการที่สอง มาตรการที่สาม|กองคลัง", "มาตรการที่สี่|กองช่าง", "ส่วนต่อของมาตรการที่สี่|กองช่าง");
        var page = await LoginAsync(browser, host);
        await page.GotoAsync($"/documents/{plan}");

        // Split row 2 at the caret after "มาตรการที่สอง".
        var second = page.Locator("textarea[name='f|Measure|1|title']");
        await second.FocusAsync();
        await page.EvaluateAsync("() => { const t = document.activeElement; t.setSelectionRange(13, 13); }");
        await page.Keyboard.PressAsync("Alt+Enter");
        // Merge the fourth row with its continuation (now rows 4 and 5).
        await page.Locator("tr.measure-row").Nth(3).Locator("textarea[name$='|title']").FocusAsync();
        await page.Keyboard.PressAsync("Alt+j");
        // Move the first row down one.
        await page.Locator("tr.measure-row").Nth(0).Locator("textarea[name$='|title']").FocusAsync();
        await page.Keyboard.PressAsync("Alt+Shift+ArrowDown");
        await Expect(page.Locator("#measure-count")).ToHaveTextAsync("4");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("message")).ToContainTextAsync("บันทึกการแก้ไข");

        Assert.Equal(["มาตรการที่สอง", "มาตรการแรก", "มาตรการที่สาม", "มาตรการที่สี่ ส่วนต่อของมาตรการที่สี่"], Titles(await ResultAsync(host, plan)));
        await Expect(page.GetByTestId("history")).ToContainTextAsync("มาตรการ · แถวของตาราง");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("ย้ายลำดับแถว");
        await Expect(page.Locator("textarea[name='f|Measure|1|title']")).ToHaveValueAsync("มาตรการแรก");
    }
}
