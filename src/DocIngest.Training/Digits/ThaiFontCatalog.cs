using System.Diagnostics;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>One installed font file that covers Thai, with the family it belongs to (for leave-one-family-out tests).</summary>
public sealed record ThaiFont(string Path, string Family)
{
    /// <summary>File name without extension, e.g. "Laksaman-Bold".</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);
}

/// <summary>
/// Lists Thai fonts: those installed on this machine through fontconfig (<c>fc-list :lang=th</c>), or the font files of
/// one folder (<c>fc-scan</c>; for <c>train-digits --font-dir</c>: faces kept outside the system, such as npm's).
/// </summary>
public static class ThaiFontCatalog
{
    public static IReadOnlyList<ThaiFont> Installed() => Parse(RunFontconfig("fc-list", ":lang=th", "file", "family"));

    /// <summary>
    /// Every TrueType/OpenType file in <paramref name="folder"/> and below, whatever its coverage (a Latin subset of a face
    /// gives its Arabic digits), with the family its name table gives; nothing fontconfig lists elsewhere.
    /// </summary>
    public static IReadOnlyList<ThaiFont> InFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"font folder {folder} does not exist");
        return Parse(RunFontconfig("fc-scan", "--format", "%{file}: %{family}\n", Path.GetFullPath(folder)));
    }

    private static string RunFontconfig(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} failed ({process.ExitCode}): {error}");
        return output;
    }

    /// <summary>Parses fc-list lines "PATH: Family[,Other names]"; only TrueType/OpenType files are kept.</summary>
    public static IReadOnlyList<ThaiFont> Parse(string fcListOutput) => fcListOutput
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split(':', 2, StringSplitOptions.TrimEntries))
        .Where(parts => parts[0].EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || parts[0].EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
        .Select(parts => new ThaiFont(parts[0], FamilyOf(parts)))
        .DistinctBy(font => font.Path)
        .OrderBy(font => font.Path, StringComparer.Ordinal)
        .ToList();

    private static string FamilyOf(string[] parts)
    {
        string family = parts.Length > 1 ? parts[1].Split(',')[0].Trim() : "";
        if (family.Length > 0) return family;
        // Without a family name, the file name up to the style suffix stands for it (NotoSansThai-Bold -> NotoSansThai).
        return System.IO.Path.GetFileNameWithoutExtension(parts[0]).Split('-')[0];
    }
}
