using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocIngest.Cli.Tests.Schema;

/// <summary>
/// A small JSON-Schema validator for the subset extraction.schema.json uses: type (also ["string","null"]), required,
/// properties, items, enum, const, pattern, minimum, maximum, $ref to #/$defs/..., format "date".
/// Keywords outside the subset are rejected, so the validator cannot silently pass what it does not understand.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Understood =
    [
        "type", "required", "properties", "items", "enum", "const", "pattern", "minimum", "maximum", "$ref", "format",
        // annotations: no effect on validity
        "$schema", "$id", "title", "description", "$defs",
    ];

    private readonly JsonElement _root;

    public JsonSchemaValidator(JsonElement schema) => _root = schema;

    public static JsonSchemaValidator Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>Every violation as "pointer: message"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(json);
        Validate(_root, document.RootElement, "", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement instance, string pointer, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
            if (!Understood.Contains(keyword.Name)) throw new NotSupportedException($"schema keyword '{keyword.Name}' at {pointer} is outside the supported subset");

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), instance, pointer, errors);
        }
        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, instance))
        {
            errors.Add($"{pointer}: expected type {type.GetRawText()}, got {instance.ValueKind}");
            return;
        }
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
            errors.Add($"{pointer}: expected const {constant.GetRawText()}, got {instance.GetRawText()}");
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, instance)))
            errors.Add($"{pointer}: {instance.GetRawText()} is not one of {options.GetRawText()}");

        switch (instance.ValueKind)
        {
            case JsonValueKind.Object:
                ValidateObject(schema, instance, pointer, errors);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                int index = 0;
                foreach (var item in instance.EnumerateArray()) Validate(items, item, $"{pointer}/{index++}", errors);
                break;
            case JsonValueKind.Number:
                double value = instance.GetDouble();
                if (schema.TryGetProperty("minimum", out var min) && value < min.GetDouble()) errors.Add($"{pointer}: {value} is below minimum {min.GetDouble()}");
                if (schema.TryGetProperty("maximum", out var max) && value > max.GetDouble()) errors.Add($"{pointer}: {value} is above maximum {max.GetDouble()}");
                break;
            case JsonValueKind.String:
                string text = instance.GetString()!;
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                    errors.Add($"{pointer}: '{text}' does not match {pattern.GetString()}");
                if (schema.TryGetProperty("format", out var format) && format.GetString() == "date" &&
                    !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    errors.Add($"{pointer}: '{text}' is not a date (yyyy-MM-dd)");
                break;
        }
    }

    private void ValidateObject(JsonElement schema, JsonElement instance, string pointer, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
                if (!instance.TryGetProperty(name, out _)) errors.Add($"{pointer}: required property '{name}' is missing");
        if (!schema.TryGetProperty("properties", out var properties)) return;
        foreach (var property in instance.EnumerateObject())
            if (properties.TryGetProperty(property.Name, out var propertySchema))
                Validate(propertySchema, property.Value, $"{pointer}/{property.Name}", errors);
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)) throw new NotSupportedException($"$ref '{reference}' is outside the supported subset");
        return _root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private static bool MatchesType(JsonElement type, JsonElement instance) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, instance))
        : MatchesType(type.GetString()!, instance);

    private static bool MatchesType(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"type '{type}' is outside the supported subset"),
    };
}

/// <summary>Finds the contract: ../shared/spec beside the repository when present, else the copy committed with these tests.</summary>
public static class ExtractionSchema
{
    private static readonly Lazy<JsonSchemaValidator> Instance = new(() => JsonSchemaValidator.Load(Locate()));

    public static JsonSchemaValidator Validator => Instance.Value;

    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) continue;
            var shared = Path.Combine(dir.FullName, "..", "shared", "spec", "extraction.schema.json");
            if (File.Exists(shared)) return Path.GetFullPath(shared);
            break;
        }
        return Path.Combine(AppContext.BaseDirectory, "Schema", "extraction.schema.json");
    }
}
