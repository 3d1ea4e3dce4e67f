using System.Net;
using System.Threading.RateLimiting;

namespace DocIngest.Web.Access;

/// <summary>
/// Failed HTTP Basic logins counted per client address, as form logins are (<see cref="AccessExtensions.LoginAttemptsPerMinute"/>
/// a minute): a guesser spreading over many accounts never reaches Identity's per-account lockout. Only failures
/// count, so a script calling with the right password is never slowed; once an address has used up its failures,
/// its Basic requests are refused before any password is checked until the minute is over. Thread-safe; one per host.
/// </summary>
public sealed class FailedBasicLoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = AccessExtensions.LoginAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>
    /// Whether <paramref name="address"/> may try a password now; when not, <paramref name="retryAfter"/> says how
    /// long until it may (null when the limiter cannot tell).
    /// </summary>
    public bool MayTry(IPAddress? address, out TimeSpan? retryAfter)
    {
        // Zero permits asks whether any are left without taking one.
        using var lease = failures.AttemptAcquire(Key(address), 0);
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null;
        return lease.IsAcquired;
    }

    /// <summary>Counts one failed login from <paramref name="address"/>.</summary>
    public void RecordFailure(IPAddress? address)
    {
        using var lease = failures.AttemptAcquire(Key(address));
    }

    public void Dispose() => failures.Dispose();

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";
}
