using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public class ThaiEditCostsTests
{
    [Theory]
    [InlineData("ที่", "ที", ThaiEditCosts.Cheap)]          // tone mark dropped
    [InlineData("ดำ", "ตำ", ThaiEditCosts.Cheap)]           // ด read as ต
    [InlineData("ประเมิน", "ประ เมิน", ThaiEditCosts.Space)]
    [InlineData("การ", "กาย", 1.0)]                         // unrelated consonants
    [InlineData("เรื่อง", "เรื่อง", 0.0)]
    public void Distance_OcrConfusions_CheaperThanOtherEdits(string a, string b, double expected)
    {
        Assert.Equal(expected, ThaiEditCosts.Distance(a, b), 6);
    }

    [Fact]
    public void Distance_Strings_Symmetric()
    {
        Assert.Equal(ThaiEditCosts.Distance("องค์การ", "องคการ"), ThaiEditCosts.Distance("องคการ", "องค์การ"), 6);
    }

    [Theory]
    [InlineData("องค์การบริหาร", "องคการบริหาร")]
    [InlineData("ที่", "ท")]
    [InlineData("บ้าน", "ป้าน")]
    [InlineData("ใจ", "ไจ")]
    public void Skeleton_CheapVariants_SameSkeleton(string a, string b)
    {
        Assert.Equal(ThaiEditCosts.Skeleton(a), ThaiEditCosts.Skeleton(b));
    }

    [Fact]
    public void AreLookAlikes_SameChar_False()
    {
        Assert.False(ThaiEditCosts.AreLookAlikes('ด', 'ด'));
        Assert.True(ThaiEditCosts.AreLookAlikes('ด', 'ต'));
        Assert.False(ThaiEditCosts.AreLookAlikes('ด', 'ก'));
    }
}
