using System.Net;
using System.Text.RegularExpressions;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static DocIngest.Web.Tests.Ui.CorrectionLoop;
using static Microsoft.Playwright.Assertions;

namespace DocIngest.Web.Tests.Ui;

/// <summary>What a clerk and an administrator meet on day one: the inbox by keyboard, failed and duplicate files, the page viewer's zoom, a phone-sized screen, accounts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxAndAccountsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Inbox_KeyboardUploadDuplicateFailedRetryRemove_FocusNeverMoved()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด");
        var page = await LoginAsync(browser, host);
        await Expect(page.Locator("tr[data-file='plan.txt']")).ToHaveCountAsync(1);

        // Upload by keyboard: Tab reaches the upload zone, Enter opens the file chooser. The same content under another
        // name is a duplicate that links to the file holding it.
        string copy = Path.Combine(host.Root, "plan-copy.txt");
        await File.WriteAllTextAsync(copy, "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด\n");
        await Expect(page.GetByTestId("dropzone")).ToHaveAttributeAsync("data-ready", "true");
        await page.GetByTestId("dropzone").FocusAsync();
        await Expect(page.GetByTestId("dropzone")).ToBeFocusedAsync();
        // Enter must open the file input (its click is what shows the browser's chooser). Counted here instead of waiting
        // for Chromium's chooser event, which timed out in two of four clean-clone runs on a loaded machine with the
        // zone focused; the file is then given to the same input.
        await page.EvaluateAsync("() => document.getElementById('upload-input').addEventListener('click', e => { e.preventDefault(); window.fileInputOpened = (window.fileInputOpened ?? 0) + 1; })");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.fileInputOpened === 1");
        await page.SetInputFilesAsync("#upload-input", copy);
        await Expect(page.GetByTestId("duplicate-of")).ToHaveTextAsync("plan.txt");
        Assert.Equal($"/documents/{plan}", await page.GetByTestId("duplicate-of").GetAttributeAsync("href"));

        // A file the reader refuses: the reason in Thai, then retried (refused again) and removed from the inbox.
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "broken.txt"), "BAD content\n");
        var failed = page.Locator("tr[data-file='broken.txt']");
        await Expect(failed.GetByTestId("file-status")).ToHaveTextAsync("ล้มเหลว", new() { Timeout = 30_000 });
        await Expect(failed.GetByTestId("failure-reason")).ToHaveTextAsync("ไม่ใช่ไฟล์เอกสารที่รองรับ (PDF, TIFF, JPEG, PNG, DOCX)");
        // Failed files come before files that only wait for confirmation.
        Assert.Equal("broken.txt", await page.Locator("#inbox-rows tr").First.GetAttributeAsync("data-file"));
        await failed.GetByTestId("retry").ClickAsync();
        await Expect(page.Locator("#upload-status")).ToHaveTextAsync("ส่งไฟล์เข้าคิวอ่านใหม่แล้ว");
        await Expect(failed.GetByTestId("file-status")).ToHaveTextAsync("ล้มเหลว", new() { Timeout = 30_000 });
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.DocumentsAsync()).Single(d => d.FileName == "broken.txt").Attempts == 1, TimeSpan.FromSeconds(10)));

        // Live updates leave the person's place alone: focus on the remove button survives several refreshes.
        await failed.GetByTestId("remove").FocusAsync();
        await page.WaitForTimeoutAsync(4500);
        Assert.Equal("remove", await page.EvaluateAsync<string>("() => document.activeElement.dataset.testid"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("tr[data-file='broken.txt']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await host.DocumentsAsync(), d => d.FileName == "broken.txt");
        // Typing in the filter while the table refreshes keeps focus in the filter.
        await page.Locator("#name-filter").FocusAsync();
        await page.Keyboard.TypeAsync("plan");
        await page.WaitForTimeoutAsync(2500);
        Assert.Equal("name-filter", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(EnglishWords(await ReadableTextAsync(page), "plan.txt", "plan-copy.txt", "broken.txt", Reviewer));
        await Screenshot(page, "inbox-keyboard");

        // The browser's icon request is answered, without a login.
        using var anonymous = host.Client(null, null);
        var icon = await anonymous.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PageViewer_ZoomIn_FocusedValuesBoxStaysInView()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ|สำนักปลัด");
        var page = await LoginAsync(browser, host);
        await page.GotoAsync($"/documents/{plan}");
        await Expect(page.Locator(".page:not([hidden]) img")).ToHaveJSPropertyAsync("complete", true);
        await page.Keyboard.PressAsync("Alt+=");
        await page.Keyboard.PressAsync("Alt+=");
        await page.Keyboard.PressAsync("Alt+=");
        await Expect(page.GetByTestId("zoom-level")).ToHaveTextAsync("300%");
        await page.Locator("textarea[name='f|Measure|0|title']").FocusAsync();
        var mark = page.Locator(".page:not([hidden]) .highlight");
        await Expect(mark).ToBeVisibleAsync();
        var box = (await mark.BoundingBoxAsync())!;
        var viewer = (await page.Locator("#pages").BoundingBoxAsync())!;
        var frame = (await page.Locator(".page:not([hidden]) .page-frame").BoundingBoxAsync())!;
        Assert.True(frame.Width > viewer.Width * 2, "the page is drawn larger than the viewer");
        // Centred in the viewer (a box wider than the viewer cannot be wholly inside it).
        double cx = box.X + box.Width / 2, cy = box.Y + box.Height / 2;
        Assert.True(Math.Abs(cx - (viewer.X + viewer.Width / 2)) < 2 && cy >= viewer.Y && cy <= viewer.Y + viewer.Height,
            $"the focused value's box ({box.X:0},{box.Y:0} {box.Width:0}x{box.Height:0}) is inside the viewer ({viewer.X:0},{viewer.Y:0} {viewer.Width:0}x{viewer.Height:0})");
        await Screenshot(page, "review-zoom");
    }

    [Fact]
    public async Task Phone390_InboxSearchAndDocument_NoSideways()
    {
        await using var host = await StartAsync();
        long plan = await DropPlanAsync(host, "plan.txt", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะให้ประชาชนรับรู้อย่างทั่วถึง|สำนักปลัด", "มาตรการป้องกันการรับสินบน|กองคลัง");
        var page = await LoginAsync(browser, host, width: 390, height: 844);
        async Task NoSideways(string name)
        {
            int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{name}: the page is {width} px wide on a 390 px screen");
            await Screenshot(page, name, fullPage: true);
        }
        await Expect(page.Locator("tr[data-file='plan.txt']")).ToHaveCountAsync(1);
        await NoSideways("phone-inbox");
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("มาตรการ"));
        await Expect(page.GetByTestId("hits").Locator("li").First).ToBeVisibleAsync();
        await NoSideways("phone-search");
        await page.GotoAsync($"/documents/{plan}");
        await Expect(page.Locator("textarea[name='f|Measure|0|title']")).ToBeVisibleAsync();
        await NoSideways("phone-document");
        // Reading and confirming works there too.
        await page.GetByTestId("confirm").ClickAsync();
        await Expect(page.GetByTestId("confirmed")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Users_ThaiNameRoleDisableReset_RulesShownAndTakeEffect()
    {
        await using var host = await StartAsync();
        var page = await LoginAsync(browser, host, ServiceHost.AdminUser);
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByTestId("password-rules")).ToContainTextAsync("อย่างน้อย 8 ตัวอักษร");

        // A password against the rules is refused in Thai; a Thai user name is accepted.
        var form = page.GetByTestId("new-user");
        await form.Locator("input[name=NewUser]").FillAsync("สมหญิง.ใจดี");
        await form.Locator("input[name=NewPassword]").FillAsync("short");
        await form.Locator("button").ClickAsync();
        await Expect(page.GetByTestId("error")).ToContainTextAsync("รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร");
        await form.Locator("input[name=NewUser]").FillAsync("สมหญิง.ใจดี");
        await form.Locator("input[name=NewPassword]").FillAsync("thai-user-2567");
        await form.Locator("select[name=NewRole]").SelectOptionAsync("Reader");
        await form.Locator("button").ClickAsync();
        await Expect(page.GetByTestId("message")).ToContainTextAsync("สร้างผู้ใช้ สมหญิง.ใจดี");

        var row = page.Locator("tr[data-user='สมหญิง.ใจดี']");
        await row.Locator("select[name=role]").SelectOptionAsync("Reviewer");
        await row.GetByTestId("save-role").ClickAsync();
        await Expect(page.GetByTestId("message")).ToContainTextAsync("ผู้ตรวจทาน");
        using (var asThai = host.Client("สมหญิง.ใจดี", "thai-user-2567"))
            Assert.Equal(HttpStatusCode.OK, (await asThai.GetAsync("/api/documents")).StatusCode);

        await row.Locator("input[name=password]").FillAsync("new-pass-2568");
        await row.GetByTestId("reset-password").ClickAsync();
        await Expect(page.GetByTestId("message")).ToContainTextAsync("ตั้งรหัสผ่านใหม่");
        await row.GetByTestId("toggle-account").ClickAsync();
        await Expect(row.GetByTestId("account-state")).ToHaveTextAsync("ระงับ");
        using (var asThai = host.Client("สมหญิง.ใจดี", "new-pass-2568"))
            Assert.Equal(HttpStatusCode.Unauthorized, (await asThai.GetAsync("/api/documents")).StatusCode);
        await row.GetByTestId("toggle-account").ClickAsync();
        await Expect(row.GetByTestId("account-state")).ToHaveTextAsync("ใช้งาน");
        using (var asThai = host.Client("สมหญิง.ใจดี", "new-pass-2568"))
            Assert.Equal(HttpStatusCode.OK, (await asThai.GetAsync("/api/documents")).StatusCode);
        Assert.Empty(EnglishWords(await ReadableTextAsync(page), ServiceHost.AdminUser, Reviewer, SecondReviewer));
        await Screenshot(page, "users");
    }

    [Fact]
    public async Task ReadmeExamplePassword_StandAloneStart_Starts()
    {
        string readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root(), "README.md"));
        string password = Regex.Match(readme, @"DocIngest__Admin__Password='([^']+)'").Groups[1].Value;
        Assert.NotEmpty(password);
        await using var host = await ServiceHost.StartAsync(new TextExtractor(), settings: new() { ["DocIngest:Admin:Password"] = password, ["DocIngest:Admin:User"] = "readme-admin" });
        using var client = host.Client("readme-admin", password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents")).StatusCode);
    }
}
