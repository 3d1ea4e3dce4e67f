using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocIngest.Core.Extraction;

/// <summary>The one place that says how results are written as JSON: camelCase, Thai kept readable, nulls omitted.</summary>
public static class ExtractionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Thai stays as Thai characters rather than \uXXXX escapes, so the files are reviewable by eye.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    public static ExtractionResult Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractionResult>(json, Options) ?? throw new JsonException("empty extraction JSON");
}
