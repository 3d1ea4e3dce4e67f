using System.Text.Json.Nodes;
using DocIngest.Core.Extraction;

namespace DocIngest.Core.Tests.Extraction;

public class ExtractionJsonTests
{
    private static ExtractionResult Sample() => new()
    {
        Source = new SourceInfo("memo.tif", new string('a', 64), "image/tiff", 1),
        Pages = [new PageResult { Number = 1, Method = "ocr", Text = "บันทึกข้อความ" }],
        Documents =
        [
            new Document
            {
                Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = 1,
                Sections = [new Section(SectionType.Considerations, "ข้อพิจารณา", "...", 0.9)],
            },
        ],
    };

    [Fact]
    public void Serialize_EnumsAndNames_UseSchemaSpelling()
    {
        var json = JsonNode.Parse(ExtractionJson.Serialize(Sample()))!;

        Assert.Equal("1", (string?)json["schemaVersion"]);
        Assert.Equal("measure-plan", (string?)json["documents"]![0]!["kind"]);
        Assert.Equal("considerations", (string?)json["documents"]![0]!["sections"]![0]!["type"]);
        Assert.Equal("image/tiff", (string?)json["source"]!["mediaType"]);
    }

    [Fact]
    public void Serialize_ThaiText_IsWrittenUnescaped()
    {
        var text = ExtractionJson.Serialize(Sample());

        Assert.Contains("บันทึกข้อความ", text);
        Assert.DoesNotContain("\\u0E1A", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Serialize_NullFields_AreOmittedAndArraysKept()
    {
        var doc = JsonNode.Parse(ExtractionJson.Serialize(Sample()))!["documents"]![0]!.AsObject();

        Assert.False(doc.ContainsKey("title"));
        Assert.Empty(doc["measures"]!.AsArray());
    }

    [Fact]
    public void Deserialize_RoundTrip_KeepsValues()
    {
        var back = ExtractionJson.Deserialize(ExtractionJson.Serialize(Sample()));

        Assert.Equal(DocumentKind.MeasurePlan, back.Documents[0].Kind);
        Assert.Equal(SectionType.Considerations, back.Documents[0].Sections[0].Type);
        Assert.Equal("บันทึกข้อความ", back.Pages[0].Text);
    }

    [Theory]
    [InlineData("ita-analysis", DocumentKind.ItaAnalysis)]
    [InlineData("memo", DocumentKind.Memo)]
    [InlineData("other", DocumentKind.Other)]
    public void KebabEnumConverter_TryParse_ReadsSchemaNames(string text, DocumentKind expected)
    {
        Assert.True(KebabEnumConverter<DocumentKind>.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }
}
