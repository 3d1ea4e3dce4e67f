using DocIngest.Ocr.Tests.Digits;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Tests.Digits;

public class GlyphSegmenterTests
{
    [Fact]
    public void Split_SpacedCharacters_OneCropPerCharacter()
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 14, "๑๒๓ดต");

        Assert.Equal(5, glyphs.Count);
    }

    [Fact]
    public void SplitRows_StackedSizes_OneRowPerSize()
    {
        var stack = new ImageMagickRenderer().RenderStack(DigitTestImages.Laksaman, [12, 16, 20], "๔  ๕  ๖", border: 24);

        var rows = GlyphSegmenter.SplitRows(stack, minGap: 24);

        Assert.Equal(3, rows.Count);
        Assert.True(rows[2].Height > rows[0].Height);
    }
}
