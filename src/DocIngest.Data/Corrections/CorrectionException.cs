namespace DocIngest.Data.Corrections;

/// <summary>An edit that cannot be applied (unknown target, record or field, or an unacceptable value); nothing was changed.</summary>
public sealed class CorrectionException(string message) : Exception(message);
