using System.Diagnostics;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>One installed font file that covers Thai, with the family it belongs to (for leave-one-family-out tests).</summary>
public sealed record ThaiFont(string Path, string Family)
{
    /// <summary>File name without extension, e.g. "Laksaman-Bold".</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);
}

/// <summary>Lists the Thai fonts installed on this machine through fontconfig (<c>fc-list :lang=th</c>).</summary>
public static class ThaiFontCatalog
{
    public static IReadOnlyList<ThaiFont> Installed()
    {
        var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(":lang=th");
        start.ArgumentList.Add("file");
        start.ArgumentList.Add("family");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start fc-list");
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"fc-list failed ({process.ExitCode}): {error}");
        return Parse(output);
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
