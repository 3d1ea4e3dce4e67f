using System.Text.Json;

namespace DocIngest.Cli.Evaluation;

/// <summary>One bound: a metric must be at least <see cref="Min"/> and/or at most <see cref="Max"/>.</summary>
public sealed record Bound(double? Min = null, double? Max = null);

/// <summary>The quality bar of <c>docingest eval</c>, read from eval-thresholds.json: metric name -> bound.</summary>
public sealed class EvalThresholds(IReadOnlyDictionary<string, Bound> bounds)
{
    public IReadOnlyDictionary<string, Bound> Bounds { get; } = bounds;

    /// <summary>
    /// Reads the file (or, with <paramref name="section"/>, that object inside it); unknown metric names are an error so
    /// that a typo cannot switch a check off. <paramref name="known"/> defaults to the sample eval's metrics.
    /// </summary>
    public static EvalThresholds Load(string path, string? section = null, IReadOnlyCollection<string>? known = null)
    {
        Dictionary<string, Bound>? bounds;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var element = document.RootElement;
            if (section is not null && !element.TryGetProperty(section, out element))
                throw new InvalidOperationException($"thresholds {path}: no \"{section}\" section");
            bounds = element.Deserialize<Dictionary<string, Bound>>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"cannot read thresholds {path}: {e.Message}", e);
        }
        var names = (known ?? new EvalScores().Metrics().Select(m => m.Name).ToList()).ToHashSet();
        var unknown = (bounds ?? []).Keys.Where(k => !names.Contains(k)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"thresholds {path}: unknown metric(s) {string.Join(", ", unknown)}; known: {string.Join(", ", names)}");
        return new EvalThresholds(bounds ?? []);
    }

    /// <summary>Metrics outside their bounds, as readable lines; metrics with nothing scored are not judged.</summary>
    public IReadOnlyList<string> Violations(EvalScores scores) => Violations(scores.Metrics());

    /// <summary>Named metrics outside their bounds, as readable lines; metrics with nothing scored are not judged.</summary>
    public IReadOnlyList<string> Violations(IEnumerable<(string Name, double? Value)> metrics)
    {
        var violations = new List<string>();
        foreach (var (name, value) in metrics)
        {
            if (value is not { } v || !Bounds.TryGetValue(name, out var bound)) continue;
            if (bound.Min is { } min && v < min) violations.Add($"{name} {v:0.000} is below {min:0.000}");
            if (bound.Max is { } max && v > max) violations.Add($"{name} {v:0.000} is above {max:0.000}");
        }
        return violations;
    }
}
