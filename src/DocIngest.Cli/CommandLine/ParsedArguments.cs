using System.Globalization;

namespace DocIngest.Cli.CommandLine;

/// <summary>
/// A command's arguments split into positionals and "--name value" options. Hand-written because the commands are
/// few and flat, and every error must be one plain line.
/// </summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _options;
    private readonly HashSet<string> _flags;

    private ParsedArguments(IReadOnlyList<string> positionals, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positionals = positionals;
        _options = options;
        _flags = flags;
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Parses <paramref name="args"/>; only the option names in <paramref name="known"/> are accepted ("--x=v" and "--x v" alike).</summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args, params string[] known) => Parse(args, [], known);

    /// <summary>
    /// As <see cref="Parse(IReadOnlyList{string}, string[])"/>, also accepting the switches in <paramref name="flags"/>,
    /// which take no value ("--stages").
    /// </summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> flags, params string[] known)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        bool onlyPositionals = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (onlyPositionals || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            int equals = arg.IndexOf('=');
            string name = equals > 0 ? arg[2..equals] : arg[2..];
            if (flags.Contains(name))
            {
                if (equals > 0) throw new UsageException($"option --{name} takes no value");
                set.Add(name);
                continue;
            }
            if (!known.Contains(name)) throw new UsageException($"unknown option --{name}");
            string value = equals > 0 ? arg[(equals + 1)..]
                : i + 1 < args.Count ? args[++i]
                : throw new UsageException($"option --{name} needs a value");
            options[name] = value;
        }
        return new ParsedArguments(positionals, options, set);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>True when the switch <paramref name="name"/> was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The option's value, which must be one of <paramref name="allowed"/>; the first allowed when absent.</summary>
    public string Choice(string name, params string[] allowed)
    {
        var value = Option(name) ?? allowed[0];
        return allowed.Contains(value) ? value : throw new UsageException($"--{name} must be one of {string.Join(", ", allowed)}, not '{value}'");
    }

    /// <summary>A comma-separated option (<c>--without a,b</c>) as a set of its trimmed items; empty when absent.</summary>
    public HashSet<string> List(string name) =>
        Option(name) is { } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() : [];

    /// <summary>A positive integer option, or <paramref name="fallback"/> when absent.</summary>
    public int PositiveInt(string name, int fallback)
    {
        var value = Option(name);
        if (value is null) return fallback;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new UsageException($"--{name} must be a positive whole number, not '{value}'");
    }
}
