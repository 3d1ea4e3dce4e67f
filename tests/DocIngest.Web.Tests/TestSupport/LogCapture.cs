using System.Collections.Concurrent;

namespace DocIngest.Web.Tests.TestSupport;

/// <summary>Keeps every log line (warning and above, as the test host logs) so tests can assert what was reported.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public bool Contains(string text) => Lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            capture.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}" + (exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]"));
        }
    }
}
