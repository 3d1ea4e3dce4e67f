using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocIngest.Core.Extraction;

/// <summary>Writes enum members as kebab-case strings (MeasurePlan -> "measure-plan") and reads them back.</summary>
public sealed class KebabEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private static readonly Dictionary<T, string> ToText = Enum.GetValues<T>().ToDictionary(v => v, v => Kebab(v.ToString()));
    private static readonly Dictionary<string, T> FromText = ToText.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string Format(T value) => ToText[value];

    public static bool TryParse(string text, out T value) => FromText.TryGetValue(text, out value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException($"null is not a {typeof(T).Name}");
        return TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not a {typeof(T).Name}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(ToText[value]);

    private static string Kebab(string name)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
