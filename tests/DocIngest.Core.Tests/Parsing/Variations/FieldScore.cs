namespace DocIngest.Core.Tests.Parsing.Variations;

/// <summary>Counts right and wrong values per field over a corpus, and lists the misses for the test log.</summary>
public sealed class FieldScore
{
    private readonly SortedDictionary<string, (int Right, int Total)> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];

    public void Check<T>(string field, string caseName, T expected, T actual)
    {
        bool right = EqualityComparer<T>.Default.Equals(expected, actual);
        var (r, t) = _fields.GetValueOrDefault(field);
        _fields[field] = (r + (right ? 1 : 0), t + 1);
        if (!right) _misses.Add($"{caseName} {field}: expected '{expected}', got '{actual}'");
    }

    public double Accuracy(string field) => _fields.TryGetValue(field, out var f) && f.Total > 0 ? f.Right / (double)f.Total : 0;

    public IEnumerable<string> Fields => _fields.Keys;

    public string Report() =>
        string.Join('\n', _fields.Select(f => $"{f.Key,-16} {f.Value.Right,3}/{f.Value.Total,-3} {f.Value.Right / (double)f.Value.Total:P0}")) +
        (_misses.Count > 0 ? "\nmisses:\n" + string.Join('\n', _misses) : "");
}
