namespace DocIngest.Data.Identity;

/// <summary>The roles of the review UI (ASP.NET Core Identity role names).</summary>
public static class Roles
{
    /// <summary>Manages users and retraining, and everything a reviewer can do.</summary>
    public const string Admin = "Admin";

    /// <summary>Corrects and confirms documents.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>Reads documents and search results only.</summary>
    public const string Reader = "Reader";

    /// <summary>Every role, for seeding the role table.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Reviewer, Reader];
}
