using DocIngest.Core.Extraction;
using DocIngest.Core.Review;
using DocIngest.Data.Entities;
using DocIngest.Web.Ui;

namespace DocIngest.Web.Tests.Ui;

public sealed class ReviewFieldBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static readonly PageResult[] Pages =
    [
        new()
        {
            Number = 1, Method = "ocr", Text = "",
            Lines =
            [
                new LineResult("ส่วนราชการ สำนักปลัด โทร. ๐๔๓-๘๑๖๐๖๑", [10, 10, 500, 30], 0.95),
                new LineResult("ที่ กส ๕๑๐๐๑/๑๒๓ วันที่ ๑๐ กุมภาพันธ์ ๒๕๐๕", [10, 50, 500, 30], 0.86),
                new LineResult("เรื่อง รายงานผลการจัดทำมาตรการ", [10, 90, 500, 30], 0.97),
                new LineResult("ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๖ ได้คะแนน ๙๑.๒๐ ระดับ AA", [10, 130, 500, 30], 0.95),
            ],
        },
    ];

    private static DocumentRecord Memo(Action<DocumentRecord>? change = null)
    {
        var d = new DocumentRecord
        {
            Kind = "memo", PageStart = 1, PageEnd = 1, Agency = "สำนักปลัด", Phone = "043-816061", Reference = "กส 51001/123",
            Date = "1962-02-10", DateText = "๑๐ กุมภาพันธ์ ๒๕๐๕", FiscalYear = 2505, Subject = "รายงานผลการจัดทำมาตรการ",
        };
        change?.Invoke(d);
        return d;
    }

    private static Dictionary<string, FieldView> Header(DocumentRecord d, IReadOnlyList<string>? warnings = null, IReadOnlySet<string>? corrected = null) =>
        new ReviewFieldBuilder(new TextLocator(Pages), d, corrected ?? new HashSet<string>(), warnings ?? [], Today).Header().ToDictionary(f => f.Field);

    [Fact]
    public void Header_MisreadYear_DateAndFiscalYearNeedCheck()
    {
        var fields = Header(Memo());
        Assert.True(fields["date"].NeedsCheck);
        Assert.DoesNotContain("dateText", fields.Keys); // the printed text is the date's hint, not a second date field
        Assert.True(fields["fiscalYear"].NeedsCheck);
        Assert.False(fields["subject"].NeedsCheck);
    }

    [Fact]
    public void Header_DigitsReadBelowDigitConfidence_NeedCheck()
    {
        var fields = Header(Memo(d => { d.Date = "2022-02-10"; d.FiscalYear = 2565; d.DateText = "๑๐ กุมภาพันธ์ ๒๕๖๕"; }));
        Assert.True(fields["reference"].NeedsCheck); // 0.86 on a line with digits
        Assert.False(fields["date"].NeedsCheck);
        Assert.False(fields["fiscalYear"].NeedsCheck);
        Assert.NotNull(fields["subject"].Where);
        Assert.Equal("1 10 90 500 30", fields["subject"].Box);
    }

    [Fact]
    public void Header_FieldNamedInWarning_NeedsCheck()
    {
        var fields = Header(Memo(d => d.Addressee = null), ["header: เรียน/เสนอ (addressee) not found"]);
        Assert.True(fields["addressee"].NeedsCheck);
    }

    [Fact]
    public void Header_CorrectedOrConfirmed_NotFlaggedAgain()
    {
        var corrected = new HashSet<string> { "f|Document|0|fiscalYear" };
        Assert.False(Header(Memo(), corrected: corrected)["fiscalYear"].NeedsCheck);
        Assert.True(Header(Memo(), corrected: corrected)["fiscalYear"].Corrected);
        Assert.False(Header(Memo(d => d.Confirmed = true))["date"].NeedsCheck);
    }

    [Fact]
    public void Header_MeasurePlan_NoMemoHeaderFieldsAndMissingFiscalYearFlagged()
    {
        var plan = new DocumentRecord { Kind = "measure-plan", PageStart = 1, PageEnd = 1, Title = "มาตรการส่งเสริมคุณธรรม", Organization = "สำนักปลัด" };
        var fields = Header(plan);
        Assert.DoesNotContain("agency", fields.Keys);
        Assert.DoesNotContain("subject", fields.Keys);
        Assert.DoesNotContain("addressee", fields.Keys);
        Assert.True(fields["fiscalYear"].NeedsCheck);
        Assert.Contains("ต้องมีค่านี้", fields["fiscalYear"].Reason);
    }

    [Theory]
    [InlineData("title", "ส่งเสริมการใช้จายงบประมาณอย่างโปร่งใส", FieldInput.Multiline, "ไม่อยู่ในพจนานุกรม")]
    [InlineData("periodText", "ต.ค. ๖๖ - mo ก.ย. ๖๗", FieldInput.Text, "'mo'")]
    [InlineData("number", "๑o", FieldInput.Number, "ตัวเลข")]
    public void ValueCheck_MisreadValue_FlaggedWithThaiReason(string field, string value, FieldInput input, string expected) =>
        Assert.Contains(expected, ValueCheck.Problem(field, value, input));

    [Theory]
    [InlineData("title", "ส่งเสริมการใช้จ่ายงบประมาณอย่างโปร่งใส", FieldInput.Multiline)]
    [InlineData("title", "เผยแพร่ผลการประเมิน ITA ทางเว็บไซต์", FieldInput.Multiline)]
    [InlineData("number", "๑๐", FieldInput.Number)]
    public void ValueCheck_CleanValue_NotFlagged(string field, string value, FieldInput input) =>
        Assert.Null(ValueCheck.Problem(field, value, input));

    /// <summary>
    /// The validation flags on text a person checked by hand (the sample files' expected values: measure titles and
    /// steps, section headings, memo subjects) must be rare, or the walk through flagged values is a walk through everything.
    /// </summary>
    [Fact]
    public void ValueCheck_HandCheckedSampleValues_FewFalseFlags()
    {
        var values = new List<(string Field, string Value)>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestSupport.RepoPaths.Root(), "sample-docs"), "*.expected.json"))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                if (doc.TryGetProperty("measures", out var measures))
                    foreach (var m in measures.EnumerateArray())
                    {
                        if (m.TryGetProperty("title", out var t)) values.Add(("title", t.GetString()!));
                        if (m.TryGetProperty("steps", out var steps)) values.AddRange(steps.EnumerateArray().Select(x => ("steps", x.GetString()!)));
                    }
                if (doc.TryGetProperty("sections", out var sections))
                    foreach (var x in sections.EnumerateArray())
                        if (x.TryGetProperty("heading", out var h) && h.ValueKind == System.Text.Json.JsonValueKind.String) values.Add(("heading", h.GetString()!));
                if (doc.TryGetProperty("header", out var header) && header.ValueKind == System.Text.Json.JsonValueKind.Object
                    && header.TryGetProperty("subject", out var subject) && subject.ValueKind == System.Text.Json.JsonValueKind.String)
                    values.Add(("subject", subject.GetString()!));
            }
        }
        var flagged = values.Where(v => ValueCheck.Problem(v.Field, v.Value, FieldInput.Multiline) is not null).ToList();
        Assert.True(values.Count >= 100, $"{values.Count} values");
        Assert.True(flagged.Count <= values.Count / 50, $"{flagged.Count} of {values.Count} hand-checked values flagged: " + string.Join(" / ", flagged.Take(8).Select(f => f.Value)));
    }

    [Fact]
    public void ItaResults_GradeDisagreesWithScore_BothNeedCheck()
    {
        var d = Memo(x => x.ItaResults = [new ItaResultRecord { FiscalYear = 2566, Score = 91.2, Grade = "AA", Order = 0 }]);
        var row = new ReviewFieldBuilder(new TextLocator(Pages), d, new HashSet<string>(), [], Today).ItaResults().Single()
            .ToDictionary(f => f.Field);
        Assert.True(row["score"].NeedsCheck);
        Assert.True(row["grade"].NeedsCheck);
        Assert.False(row["fiscalYear"].NeedsCheck);
    }

    [Fact]
    public void ParseKey_RoundTrip_Address()
    {
        var field = Header(Memo())["subject"];
        Assert.Equal((CorrectionTarget.Document, 0, "subject"), FieldView.ParseKey(field.Key));
        Assert.Null(FieldView.ParseKey("__RequestVerificationToken"));
        Assert.Null(FieldView.ParseKey("f|Nope|0|x"));
    }
}
