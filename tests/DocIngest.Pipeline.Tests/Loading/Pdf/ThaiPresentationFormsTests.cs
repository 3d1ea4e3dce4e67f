using DocIngest.Pipeline.Loading.Pdf;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class ThaiPresentationFormsTests
{
    [Fact]
    public void Normalize_LoweredToneAndLeftShiftedVowel_MapsBackToLetters() =>
        Assert.Equal("ส่วนที่", ThaiPresentationForms.Normalize("ส\uF70Aวนท\uF702\uF70A"));

    [Fact]
    public void Normalize_OtherPrivateUse_IsLeftForTheQualityCheck() =>
        Assert.Equal("ก\uE123", ThaiPresentationForms.Normalize("ก\uE123"));
}
