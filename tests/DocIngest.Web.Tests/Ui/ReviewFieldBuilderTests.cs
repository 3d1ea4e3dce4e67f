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

    /// <summary>The documents of the hand-checked expected results (sample files and held-out documents).</summary>
    private static IEnumerable<(string File, System.Text.Json.JsonElement Document)> HandChecked()
    {
        string root = TestSupport.RepoPaths.Root();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "sample-docs"), "*.expected.json")
                     .Concat(Directory.GetFiles(Path.Combine(root, "eval", "documents"), "*.expected.json")))
        {
            var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            foreach (var doc in json.GetProperty("documents").EnumerateArray()) yield return (Path.GetFileName(file), doc);
        }
    }

    private static DocumentRecord ItaRecord(System.Text.Json.JsonElement doc, Func<double, double>? misread = null)
    {
        static int? Year(System.Text.Json.JsonElement e) => e.TryGetProperty("fiscalYear", out var y) && y.ValueKind == System.Text.Json.JsonValueKind.Number ? y.GetInt32() : null;
        var d = new DocumentRecord { Kind = doc.GetProperty("kind").GetString()!, PageStart = 1, PageEnd = 1, FiscalYear = Year(doc) };
        if (doc.TryGetProperty("indicators", out var indicators))
            d.Indicators = indicators.EnumerateArray().Select((i, k) => new IndicatorRecord
                { Order = k, Number = i.GetProperty("number").GetInt32(), Score = i.GetProperty("score").GetDouble(), FiscalYear = Year(i) }).ToList();
        if (doc.TryGetProperty("itaResults", out var results))
            d.ItaResults = results.EnumerateArray().Select((r, k) =>
            {
                double score = (misread ?? (x => x))(r.GetProperty("score").GetDouble());
                // The grade follows the (mis)read score, so only the total can give the misreading away.
                return new ItaResultRecord { Order = k, FiscalYear = Year(r), Score = score, Grade = Plausibility.ItaGrade(score) };
            }).ToList();
        return d;
    }

    private static IEnumerable<FieldView> ItaScores(DocumentRecord d) =>
        new ReviewFieldBuilder(new TextLocator([]), d, new HashSet<string>(), [], Today).ItaResults().Select(r => r.Single(f => f.Field == "score"));

    /// <summary>
    /// The overall ITA score against the indicator scores of the same year, on the hand-checked ITA analyses: the real
    /// figures are never flagged; the same figures with the overall score misread (a digit dropped, the first digit
    /// misread) are, where all ten indicators are stated; a partial set of indicators flags nothing.
    /// </summary>
    [Fact]
    public void ItaResults_TotalOutsideItsTenIndicators_FlaggedOnlyThere()
    {
        var analyses = HandChecked().Where(x => x.Document.TryGetProperty("itaResults", out var r) && r.GetArrayLength() > 0
            && x.Document.TryGetProperty("indicators", out var i) && i.GetArrayLength() > 0).ToList();
        var complete = analyses.Where(x => x.Document.GetProperty("indicators").GetArrayLength() == Plausibility.ItaIndicatorCount).ToList();
        Assert.True(complete.Count >= 4, $"{complete.Count} analyses with all ten indicators");
        // An analysis with an indicator scored 0 (kampang 2564: nothing published) bounds the total only from above,
        // so a lower misreading goes unseen there; the misreadings below are checked where the indicators bound them.
        var bounded = complete.Where(x => x.Document.GetProperty("indicators").EnumerateArray().All(i => i.GetProperty("score").GetDouble() >= 50)).ToList();
        Assert.True(bounded.Count >= 3, $"{bounded.Count} analyses with every indicator at 50 or more");
        foreach (var (file, doc) in analyses)
            Assert.All(ItaScores(ItaRecord(doc)), f => Assert.DoesNotContain(ReviewFieldBuilder.ItaTotalDisagrees, f.Reason ?? ""));
        foreach (var (file, doc) in bounded)
        {
            Assert.All(ItaScores(ItaRecord(doc, s => s / 10)), f => Assert.Contains(ReviewFieldBuilder.ItaTotalDisagrees, f.Reason));
            Assert.All(ItaScores(ItaRecord(doc, s => s >= 90 ? s - 20 : s + 10)), f => Assert.Contains(ReviewFieldBuilder.ItaTotalDisagrees, f.Reason));
        }
        foreach (var (file, doc) in analyses.Except(complete))
            Assert.All(ItaScores(ItaRecord(doc, s => s / 10)), f => Assert.DoesNotContain(ReviewFieldBuilder.ItaTotalDisagrees, f.Reason ?? ""));
    }

    /// <summary>
    /// The responsible units of the hand-checked measures (as printed in real-shaped plans) are nearly all in the
    /// official catalogue, so the units flag marks what OCR got wrong, not every unit; misread spellings are outside.
    /// </summary>
    [Fact]
    public void UnitCatalogue_HandCheckedUnits_FewOutsideAndMisreadsOutside()
    {
        var units = HandChecked().Where(x => x.Document.TryGetProperty("measures", out _))
            .SelectMany(x => x.Document.GetProperty("measures").EnumerateArray())
            .Where(m => m.TryGetProperty("responsible", out _))
            .SelectMany(m => m.GetProperty("responsible").EnumerateArray().Select(u => u.GetString()!)).ToList();
        var outside = units.Where(u => !UnitCatalogue.Official.Contains(u)).ToList();
        Assert.True(units.Count >= 30, $"{units.Count} units");
        Assert.True(outside.Count <= units.Count / 20, $"{outside.Count} of {units.Count} hand-checked units outside: " + string.Join(" / ", outside.Distinct().Take(30)));
        Assert.False(UnitCatalogue.Official.Contains("กองคลงั"));
        Assert.False(UnitCatalogue.Official.Contains("สำนักปลดั"));
        Assert.True(UnitCatalogue.Official.Contains("งานพัสดุ/กองคลัง"));
        Assert.True(new UnitCatalogue(["ฝ่ายสารสนเทศชุมชน"]).Contains("ฝ่ายสารสนเทศ ชุมชน"));
    }
}
