using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public class ApproximateSearchTests
{
    [Fact]
    public void FindAll_MisreadTermInsideText_FoundWithCostAndSpan()
    {
        const string text = "ตามที่องคการบริหารสวนตำบลโคกคอน";
        var match = Assert.Single(ApproximateSearch.FindAll(text, "องค์การบริหารส่วนตำบล", 1.0));
        Assert.Equal("องคการบริหารสวนตำบล", text.Substring(match.Index, match.Length));
        Assert.Equal(2 * ThaiEditCosts.Cheap, match.Cost, 6);
    }

    [Fact]
    public void FindAll_TooDifferent_NothingFound()
    {
        Assert.Empty(ApproximateSearch.FindAll("การใช้จ่ายเงินงบประมาณ", "การใช้งบประมาณ", 1.0));
    }

    [Fact]
    public void FindAll_ExactTwice_BothAtZeroCost()
    {
        var matches = ApproximateSearch.FindAll("กองคลัง และ กองคลัง", "กองคลัง", 0.5);
        Assert.Equal([0, 12], matches.Where(m => m.Cost == 0).Select(m => m.Index));
    }

    [Fact]
    public void FindAll_MatchNeverStartsOnAMark()
    {
        var matches = ApproximateSearch.FindAll("ที่ดิน", "\u0E35\u0E48ดิน", 2.0);
        Assert.All(matches, m => Assert.False(m.Index is 1 or 2));
    }
}
