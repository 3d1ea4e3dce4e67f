using DocIngest.Data.Identity;
using DocIngest.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Access;

/// <summary>
/// Creates the roles and, from DocIngest:Admin:User / DocIngest:Admin:Password (configuration, environment or command
/// line), the first administrator. An existing account keeps its password: configuration only seeds.
/// </summary>
public sealed class AdminBootstrap(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IOptions<DocIngestOptions> options,
    ILogger<AdminBootstrap> log)
{
    public async Task RunAsync()
    {
        foreach (string role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");

        var admin = options.Value.Admin;
        if (string.IsNullOrWhiteSpace(admin.User)) return;
        if (await users.FindByNameAsync(admin.User) is not null) return;
        await CreateUserAsync(admin.User, admin.Password!, Roles.Admin);
        log.LogInformation("administrator {User} created from configuration", admin.User);
    }

    /// <summary>Creates an account with one role; throws with Identity's reasons when it cannot.</summary>
    public async Task<IdentityUser> CreateUserAsync(string userName, string password, string role)
    {
        if (!Roles.All.Contains(role)) throw new InvalidOperationException($"unknown role '{role}'");
        var user = new IdentityUser(userName);
        Check(await users.CreateAsync(user, password), $"user {userName}");
        Check(await users.AddToRoleAsync(user, role), $"role {role} for {userName}");
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"cannot create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
