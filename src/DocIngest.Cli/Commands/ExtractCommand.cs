using DocIngest.Cli.CommandLine;
using DocIngest.Cli.Tools;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest extract FILE... [--format json|text] [--out DIR] [--workers N] [--without P,..] [--pipeline-options FILE]</c>: one result per file, to stdout or DIR/NAME.json|.txt.
/// A file that fails costs one line on stderr and the batch goes on; the exit code says whether any failed.
/// </summary>
public static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, "format", "out", "workers", "without", PipelineOptionsFile.Option);
        if (parsed.Positionals.Count == 0) throw new UsageException("extract needs at least one FILE");
        string format = parsed.Choice("format", "json", "text");
        string? outDirectory = parsed.Option("out");
        int workers = parsed.PositiveInt("workers", Environment.ProcessorCount);
        var without = parsed.List("without");
        DefaultEngines.RequireKnownPasses(without);
        if (outDirectory is not null) Directory.CreateDirectory(outDirectory);

        // Many files: one single-worker pipeline per worker, files side by side (most scans are one or two pages, and
        // parallel pages of one file leave workers idle between files). One file, or fewer files than workers: one
        // pipeline whose workers share that file's pages.
        var files = parsed.Positionals;
        bool byFile = files.Count >= workers && workers > 1;
        var options = new ExtractionOptions { Workers = byFile ? 1 : workers, WithoutPasses = without, Pipeline = PipelineOptionsFile.From(parsed) };
        var names = new OutputNames();
        var outputs = files.Select(f => names.For(f, format == "json" ? ".json" : ".txt")).ToList();
        var results = new string?[files.Count];
        var errors = new string?[files.Count];
        using var extractors = new ExtractorPool(options, context.CreateEngines);
        ParallelFiles.For(files.Count, byFile ? workers : 1, i =>
        {
            try
            {
                var result = extractors.Use(extractor => extractor.Extract(files[i]));
                string output = format == "json" ? ExtractionJson.Serialize(result) : PlainText(result);
                if (outDirectory is null) results[i] = output;
                else File.WriteAllText(Path.Combine(outDirectory, outputs[i]), output + "\n");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Every failure of one file is reported in one line and must not stop the batch.
                errors[i] = CliContext.Describe(e);
            }
        });
        // Results and errors in the order the files were named in, whichever finished first.
        foreach (var output in results.Where(r => r is not null)) context.Out.WriteLine(output);
        for (int i = 0; i < files.Count; i++)
        {
            if (errors[i] is { } reason) context.ReportFileError(files[i], reason);
        }
        return errors.All(e => e is null) ? ExitCodes.Success : ExitCodes.Failure;
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
