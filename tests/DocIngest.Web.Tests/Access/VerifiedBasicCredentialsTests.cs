using DocIngest.Web.Access;
using Microsoft.AspNetCore.Identity;

namespace DocIngest.Web.Tests.Access;

public class VerifiedBasicCredentialsTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static IdentityUser User(string stamp = "stamp-1") => new("somchai") { Id = "u1", SecurityStamp = stamp };

    [Fact]
    public void WereVerified_SamePairSameStamp_True()
    {
        var verified = new VerifiedBasicCredentials(new ManualClock());
        verified.Remember("somchai", "pass-1234", User());

        Assert.True(verified.WereVerified("somchai", "pass-1234", User()));
    }

    [Theory]
    [InlineData("somchai", "pass-1235", "stamp-1")]
    [InlineData("somsak", "pass-1234", "stamp-1")]
    [InlineData("somchai", "pass-1234", "stamp-2")]
    public void WereVerified_OtherPasswordNameOrStamp_False(string name, string password, string stamp)
    {
        var verified = new VerifiedBasicCredentials(new ManualClock());
        verified.Remember("somchai", "pass-1234", User());

        Assert.False(verified.WereVerified(name, password, User(stamp)));
    }

    [Fact]
    public void WereVerified_AfterTheLifetime_False()
    {
        var clock = new ManualClock();
        var verified = new VerifiedBasicCredentials(clock);
        verified.Remember("somchai", "pass-1234", User());

        clock.Now += VerifiedBasicCredentials.Lifetime + TimeSpan.FromSeconds(1);

        Assert.False(verified.WereVerified("somchai", "pass-1234", User()));
    }
}
