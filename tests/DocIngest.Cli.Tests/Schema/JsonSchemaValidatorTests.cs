namespace DocIngest.Cli.Tests.Schema;

public class JsonSchemaValidatorTests
{
    private const string Minimal = """
        {"schemaVersion":"1","source":{"fileName":"a.pdf","sha256":"%SHA%","mediaType":"application/pdf","pageCount":1},
         "pages":[{"number":1,"method":"ocr","text":"ก"}],
         "documents":[{"kind":"memo","pageStart":1,"pageEnd":1,"header":{"date":"%DATE%"},"itaResults":[{"score":74.17,"grade":%GRADE%}]}]}
        """;

    private static IReadOnlyList<string> Validate(string sha = "", string date = "2022-02-10", string grade = "\"C\"") =>
        ExtractionSchema.Validator.Validate(Minimal.Replace("%SHA%", sha.Length > 0 ? sha : new string('a', 64)).Replace("%DATE%", date).Replace("%GRADE%", grade));

    [Fact]
    public void Validate_MinimalResult_IsValid() => Assert.Empty(Validate());

    [Fact]
    public void Validate_NullGrade_IsValidBecauseEnumAllowsNull() => Assert.Empty(Validate(grade: "null"));

    [Fact]
    public void Validate_BadSha_FailsPattern() => Assert.Contains(Validate(sha: "XYZ"), e => e.StartsWith("/source/sha256"));

    [Fact]
    public void Validate_ImpossibleDate_FailsFormat() => Assert.Contains(Validate(date: "2022-02-30"), e => e.Contains("not a date"));

    [Fact]
    public void Validate_UnknownGrade_FailsEnum() => Assert.Contains(Validate(grade: "\"Z\""), e => e.StartsWith("/documents/0/itaResults/0/grade"));

    [Fact]
    public void Validate_MissingRequiredAndWrongConst_ReportsBoth()
    {
        var errors = ExtractionSchema.Validator.Validate("""{"schemaVersion":"2","pages":[],"documents":[]}""");

        Assert.Contains(errors, e => e.Contains("'source'"));
        Assert.Contains(errors, e => e.StartsWith("/schemaVersion"));
    }

    [Fact]
    public void Validate_PageNumberZero_FailsMinimum() =>
        Assert.Contains(ExtractionSchema.Validator.Validate(Minimal.Replace("%SHA%", new string('a', 64)).Replace("%DATE%", "2022-02-10").Replace("%GRADE%", "null").Replace("\"number\":1", "\"number\":0")),
            e => e.StartsWith("/pages/0/number"));
}
