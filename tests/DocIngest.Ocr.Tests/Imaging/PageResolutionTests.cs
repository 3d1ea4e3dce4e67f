using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Imaging;

public class PageResolutionTests
{
    [Theory]
    [InlineData(300, 2480, 3508)]
    [InlineData(200, 1654, 2339)]
    [InlineData(600, 4960, 7016)]
    public void Resolve_PlausibleStatedResolution_IsKept(int dpi, int width, int height)
    {
        Assert.Equal(dpi, PageResolution.Resolve(dpi, width, height));
    }

    [Fact]
    public void Resolve_PhonePhotoWithoutResolution_IsEstimatedFromThePaper()
    {
        // 2154 px across an A4 sheet: about 260 dpi.
        Assert.Equal(260, PageResolution.Resolve(0, 2154, 2986));
    }

    [Fact]
    public void Resolve_OneDpiPlaceholder_IsEstimatedFromThePaper()
    {
        Assert.Equal(260, PageResolution.Resolve(1, 2154, 2986));
    }

    [Fact]
    public void Resolve_300DpiScanDeclaredAt96_IsNotAPage26InchesWide()
    {
        Assert.Equal(300, PageResolution.Resolve(96, 2480, 3508));
    }

    [Fact]
    public void Resolve_FaxDeclaredAt74StoredTurned_UsesItsShortSide()
    {
        Assert.Equal(209, PageResolution.Resolve(74, 2339, 1728));
    }

    [Fact]
    public void Resolve_SmallCropWithoutResolution_FallsBackTo300()
    {
        Assert.Equal(PageResolution.FallbackDpi, PageResolution.Resolve(0, 600, 200));
    }

    [Fact]
    public void Resolve_SmallCropWithStatedResolution_KeepsIt()
    {
        Assert.Equal(300, PageResolution.Resolve(300, 600, 200));
    }
}
