using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace DocIngest.Web.Access;

/// <summary>
/// HTTP Basic credentials that passed the password check lately. Identity's hash check is deliberately slow (48 ms of
/// CPU each, measured on the service): a script polling the API once a second spent 5 % of a core proving the same
/// password again. A pair is remembered for <see cref="Lifetime"/> as a keyed hash (the key is random per process, so
/// nothing here could be checked offline), tied to the account's security stamp: a password change, a reset or
/// disabling the account changes the stamp and the next request is checked in full.
/// </summary>
public sealed class VerifiedBasicCredentials(TimeProvider clock)
{
    /// <summary>How long a verified pair is trusted without checking the hash again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>At most this many pairs are remembered; past it, the memory is cleared (scripts are few).</summary>
    public const int Capacity = 1024;

    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private sealed record Entry(string UserId, string? SecurityStamp, DateTimeOffset Until);

    /// <summary>True when this user name and password were verified for <paramref name="user"/> within the lifetime and the account's stamp has not changed since.</summary>
    public bool WereVerified(string userName, string password, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return entries.TryGetValue(Key(userName, password), out var entry)
            && entry.UserId == user.Id && entry.SecurityStamp == user.SecurityStamp && entry.Until > clock.GetUtcNow();
    }

    /// <summary>Remembers that the pair passed the password check for <paramref name="user"/>.</summary>
    public void Remember(string userName, string password, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (entries.Count >= Capacity) entries.Clear();
        entries[Key(userName, password)] = new Entry(user.Id, user.SecurityStamp, clock.GetUtcNow() + Lifetime);
    }

    private string Key(string userName, string password) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(userName + "\0" + password)));
}
