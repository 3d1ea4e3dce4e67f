using DocIngest.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Access;

/// <summary>One account as administrators see it.</summary>
/// <param name="Name">User name.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="Disabled">True while the account is disabled (it cannot log in; its sessions ended when it was disabled).</param>
public sealed record UserAccount(string Name, IReadOnlyList<string> Roles, bool Disabled);

/// <summary>
/// Account changes that take effect at once. Login cookies are checked against the account on every request
/// (<see cref="AccessExtensions"/>): a disabled or deleted account, or one whose security stamp was renewed (a
/// password set), is logged out on its next request, and a changed role applies from it. Basic callers are checked
/// against the account on every request anyway. The API
/// (<c>/api/users</c>, <c>/api/account/password</c>) and the user admin pages use this one place.
/// </summary>
public sealed class UserAdministration(UserManager<IdentityUser> users)
{
    /// <summary>Every account, by name.</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default)
    {
        var list = new List<UserAccount>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync(ct))
            list.Add(await DescribeAsync(user));
        return list;
    }

    /// <summary>The account, or null when there is none of that name.</summary>
    public async Task<UserAccount?> FindAsync(string name) =>
        await users.FindByNameAsync(name) is { } user ? await DescribeAsync(user) : null;

    /// <summary>Disables an account: no login, and its open sessions end at their next request.</summary>
    public Task<UserChange> DisableAsync(string name, string actingUser) => ChangeAsync(name, actingUser, refuseSelf: "ปิดบัญชีของตนเองไม่ได้", async user =>
    {
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(user));
    });

    /// <summary>Enables a disabled account again (and clears failed login counts).</summary>
    public Task<UserChange> EnableAsync(string name, string actingUser) => ChangeAsync(name, actingUser, refuseSelf: null, async user =>
    {
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    });

    /// <summary>Sets a new password chosen by an administrator; the account's open sessions end.</summary>
    public Task<UserChange> ResetPasswordAsync(string name, string newPassword, string actingUser) => ChangeAsync(name, actingUser, refuseSelf: null, async user =>
    {
        string token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, newPassword)); // renews the security stamp
    });

    /// <summary>Gives the account exactly one role; its open sessions carry the new role from their next request.</summary>
    public Task<UserChange> SetRoleAsync(string name, string role, string actingUser) =>
        !Roles.All.Contains(role)
            ? Task.FromResult(UserChange.Invalid($"ไม่มีบทบาท '{role}'"))
            : ChangeAsync(name, actingUser, refuseSelf: role == Roles.Admin ? null : "ลดสิทธิ์ของตนเองไม่ได้", async user =>
            {
                var current = await users.GetRolesAsync(user);
                if (current.Count > 0) Check(await users.RemoveFromRolesAsync(user, current));
                Check(await users.AddToRoleAsync(user, role)); // sessions read roles afresh on every request: no logout needed
            });

    /// <summary>Deletes an account; its open sessions end at their next request.</summary>
    public Task<UserChange> DeleteAsync(string name, string actingUser) => ChangeAsync(name, actingUser, refuseSelf: "ลบบัญชีของตนเองไม่ได้", async user =>
        Check(await users.DeleteAsync(user)));

    /// <summary>A user changes their own password (the current one is required); their other sessions end.</summary>
    public async Task<UserChange> ChangeOwnPasswordAsync(string name, string currentPassword, string newPassword)
    {
        if (await users.FindByNameAsync(name) is not { } user) return UserChange.NotFound(name);
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        return result.Succeeded ? UserChange.Done : UserChange.Invalid(Describe(result));
    }

    private async Task<UserChange> ChangeAsync(string name, string actingUser, string? refuseSelf, Func<IdentityUser, Task> change)
    {
        if (await users.FindByNameAsync(name) is not { } user) return UserChange.NotFound(name);
        if (refuseSelf is not null && string.Equals(user.UserName, actingUser, StringComparison.OrdinalIgnoreCase))
            return UserChange.Invalid(refuseSelf); // an administrator cannot lock themselves (or the last administrator) out
        try
        {
            await change(user);
        }
        catch (IdentityChangeRefused e)
        {
            return UserChange.Invalid(e.Message);
        }
        return UserChange.Done;
    }

    private async Task<UserAccount> DescribeAsync(IdentityUser user) =>
        new(user.UserName ?? "", [.. await users.GetRolesAsync(user)], IsDisabled(user));

    /// <summary>
    /// Whether an administrator disabled the account (<see cref="DisableAsync"/> locks it out for good), as opposed to
    /// a lockout after failed logins, which ends by itself.
    /// </summary>
    public static bool IsDisabled(IdentityUser user) => user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow.AddYears(100);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new IdentityChangeRefused(Describe(result));
    }

    private static string Describe(IdentityResult result) => string.Join("; ", result.Errors.Select(e => e.Description));

    private sealed class IdentityChangeRefused(string message) : Exception(message);
}

/// <summary>What became of an account change: done, no such account, or refused with a reason a person reads.</summary>
public sealed record UserChange(bool Succeeded, bool Found, string? Error)
{
    public static readonly UserChange Done = new(true, true, null);
    public static UserChange NotFound(string name) => new(false, false, $"ไม่พบผู้ใช้ {name}");
    public static UserChange Invalid(string error) => new(false, true, error);
}
