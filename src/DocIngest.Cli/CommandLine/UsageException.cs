namespace DocIngest.Cli.CommandLine;

/// <summary>The command line itself is wrong (unknown option, missing value); the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
