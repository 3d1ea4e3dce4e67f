using DocIngest.Cli.CommandLine;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest extract FILE... [--format json|text] [--out DIR]</c>: one result per file, to stdout or DIR/NAME.json|.txt.
/// A file that fails costs one line on stderr and the batch goes on; the exit code says whether any failed.
/// </summary>
public static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, "format", "out", "workers");
        if (parsed.Positionals.Count == 0) throw new UsageException("extract needs at least one FILE");
        string format = parsed.Choice("format", "json", "text");
        string? outDirectory = parsed.Option("out");
        var options = new ExtractionOptions { Workers = parsed.PositiveInt("workers", Environment.ProcessorCount) };
        if (outDirectory is not null) Directory.CreateDirectory(outDirectory);

        using var extractor = Composition.CreateExtractor(options, context.CreateEngines);
        var names = new OutputNames();
        int failed = 0;
        foreach (var file in parsed.Positionals)
        {
            try
            {
                var result = extractor.Extract(file);
                string output = format == "json" ? ExtractionJson.Serialize(result) : PlainText(result);
                if (outDirectory is null) context.Out.WriteLine(output);
                else File.WriteAllText(Path.Combine(outDirectory, names.For(file, format == "json" ? ".json" : ".txt")), output + "\n");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Every failure of one file is reported in one line and must not stop the batch.
                context.ReportFileError(file, CliContext.Describe(e));
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Page texts in reading order, pages separated by a form feed as pdftotext does.</summary>
    public static string PlainText(ExtractionResult result) => string.Join("\n\f", result.Pages.Select(p => p.Text));

    /// <summary>NAME.ext -> NAME.json; a second input with the same NAME in one batch gets NAME.ext.json rather than overwriting the first.</summary>
    private sealed class OutputNames
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        public string For(string inputPath, string extension)
        {
            string name = Path.GetFileNameWithoutExtension(inputPath) + extension;
            if (_used.Add(name)) return name;
            name = Path.GetFileName(inputPath) + extension;
            _used.Add(name);
            return name;
        }
    }
}
