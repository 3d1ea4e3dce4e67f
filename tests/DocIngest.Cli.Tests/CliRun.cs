using DocIngest.Pipeline;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and test-double engines (PNG header decoder, fake recogniser).</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static PipelineEngines TestEngines(ExtractionOptions _) =>
        new(new PngHeaderDecoder { FrameCount = 2 }, () => new FakePageRecognizer(), null);

    public static CliRun Invoke(params string[] args) => Invoke(TestEngines, args);

    public static CliRun Invoke(Func<ExtractionOptions, PipelineEngines> engines, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, new CliContext(output, error, engines));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary directory per test, deleted afterwards.</summary>
public abstract class TempDirectoryTest : IDisposable
{
    protected string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("docingest-cli-").FullName;

    protected string Write(string name, byte[] data)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    public void Dispose()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
