using System.Text.Json;
using System.Text.Json.Serialization;
using DocIngest.Cli.CommandLine;
using DocIngest.Pipeline;

namespace DocIngest.Cli.Tools;

/// <summary>
/// <c>--pipeline-options FILE</c>: the passes' numbers from an appsettings-style JSON file, the same
/// <c>{"DocIngest": {"Pipeline": {...}}}</c> section the service binds (<see cref="PipelineOptions.Section"/>), so one
/// file configures both. Keys are matched without regard to case, as configuration keys are; an unknown key is an
/// error (a misspelt threshold would otherwise be silently left at its default), and so is a value out of range.
/// </summary>
public static class PipelineOptionsFile
{
    /// <summary>The option that names the file.</summary>
    public const string Option = "pipeline-options";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The options the file named by <c>--pipeline-options</c> holds, or the defaults when it is not given.</summary>
    /// <exception cref="UsageException">The file is missing, not JSON, lacks the section, or holds a bad value.</exception>
    public static PipelineOptions From(ParsedArguments parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return parsed.Option(Option) is { } path ? Read(path) : new PipelineOptions();
    }

    /// <inheritdoc cref="From"/>
    public static PipelineOptions Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--{Option} {path}: {e.Message}");
        }
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var section = document.RootElement;
            foreach (var key in PipelineOptions.Section.Split(':'))
            {
                if (section.ValueKind != JsonValueKind.Object || !TryGetIgnoringCase(section, key, out section))
                    throw new UsageException($"--{Option} {path}: no \"{PipelineOptions.Section.Replace(":", "\" > \"")}\" section");
            }
            var options = section.Deserialize<PipelineOptions>(Json) ?? throw new UsageException($"--{Option} {path}: the section is null");
            return options.Check();
        }
        catch (JsonException e)
        {
            throw new UsageException($"--{Option} {path}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--{Option} {path}: {e.Message}");
        }
    }

    private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }
}
