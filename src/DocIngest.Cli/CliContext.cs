using DocIngest.Pipeline;

namespace DocIngest.Cli;

/// <summary>What a command runs with: where it writes and how it gets its engines.</summary>
/// <param name="Out">Results (JSON, text, tables).</param>
/// <param name="Error">One line per problem, prefixed "docingest: ".</param>
/// <param name="CreateEngines">Factory for the pipeline stages (<see cref="Composition.CreateEngines"/> in production).</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<ExtractionOptions, PipelineEngines> CreateEngines)
{
    /// <summary>Writes "docingest: FILE: reason" — the one line a user sees for a file that failed.</summary>
    public void ReportFileError(string file, string reason) => Error.WriteLine($"docingest: {file}: {reason}");

    /// <summary>The reason to print for an exception: the message of input and configuration errors, type and message otherwise (never a stack trace).</summary>
    public static string Describe(Exception e) => e switch
    {
        BadInputException => e.Message,
        InvalidOperationException => e.Message,
        _ => $"internal error: {e.GetType().Name}: {e.Message}",
    };
}
