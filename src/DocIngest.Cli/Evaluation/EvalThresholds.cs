using System.Text.Json;

namespace DocIngest.Cli.Evaluation;

/// <summary>One bound: a metric must be at least <see cref="Min"/> and/or at most <see cref="Max"/>.</summary>
public sealed record Bound(double? Min = null, double? Max = null);

/// <summary>The quality bar of <c>docingest eval</c>, read from eval-thresholds.json: metric name -> bound.</summary>
public sealed class EvalThresholds(IReadOnlyDictionary<string, Bound> bounds)
{
    public IReadOnlyDictionary<string, Bound> Bounds { get; } = bounds;

    /// <summary>Reads the file; unknown metric names are an error so that a typo cannot switch a check off.</summary>
    public static EvalThresholds Load(string path)
    {
        Dictionary<string, Bound>? bounds;
        try
        {
            bounds = JsonSerializer.Deserialize<Dictionary<string, Bound>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"cannot read thresholds {path}: {e.Message}", e);
        }
        var known = new EvalScores().Metrics().Select(m => m.Name).ToHashSet();
        var unknown = (bounds ?? []).Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"thresholds {path}: unknown metric(s) {string.Join(", ", unknown)}; known: {string.Join(", ", known)}");
        return new EvalThresholds(bounds ?? []);
    }

    /// <summary>Metrics outside their bounds, as readable lines; metrics with nothing scored are not judged.</summary>
    public IReadOnlyList<string> Violations(EvalScores scores)
    {
        var violations = new List<string>();
        foreach (var (name, value) in scores.Metrics())
        {
            if (value is not { } v || !Bounds.TryGetValue(name, out var bound)) continue;
            if (bound.Min is { } min && v < min) violations.Add($"{name} {v:0.000} is below {min:0.000}");
            if (bound.Max is { } max && v > max) violations.Add($"{name} {v:0.000} is above {max:0.000}");
        }
        return violations;
    }
}
