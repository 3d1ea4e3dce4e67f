using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Tests.Digits;

public class SymbolTextAlignmentTests
{
    private static List<RecognizedSymbol> Symbols(params string[] texts) =>
        texts.Select((t, i) => new RecognizedSymbol(t, new BoundingBox(i * 10, 0, 10, 10), 0.9)).ToList();

    [Fact]
    public void Align_SpacesInText_AreSkipped()
    {
        var spans = SymbolTextAlignment.Align("ที่ ๕/๒", Symbols("ท", "ี", "่", "๕", "/", "๒"));

        Assert.NotNull(spans);
        Assert.Equal([(0, 1), (1, 1), (2, 1), (4, 1), (5, 1), (6, 1)], spans);
    }

    [Fact]
    public void Align_NikhahitAndSaraAaSymbols_MapToOneSaraAm()
    {
        var spans = SymbolTextAlignment.Align("คำ ๑", Symbols("ค", "ํ", "า", "๑"));

        Assert.NotNull(spans);
        Assert.Equal([(0, 1), (1, 1), (2, 0), (3, 1)], spans);
    }

    [Fact]
    public void Align_MarkReadTwiceOnOneLetter_SecondMarkMergedIntoTheFirst()
    {
        // A tuning page's line "oo) ... มีน้้าใจ": normalising keeps one ้, and the digits before it must still be reached.
        var spans = SymbolTextAlignment.Align("oo) น้าใจ", Symbols("o", "o", ")", "น", "้", "้", "า", "ใ", "จ"));

        Assert.NotNull(spans);
        Assert.Equal([(0, 1), (1, 1), (2, 1), (4, 1), (5, 1), (6, 0), (6, 1), (7, 1), (8, 1)], spans);
    }

    [Fact]
    public void Align_MarkTheLetterDoesNotHold_ReturnsNull()
    {
        Assert.Null(SymbolTextAlignment.Align("น้า", Symbols("น", "้", "่", "า")));
    }

    [Fact]
    public void Align_SymbolsThatDoNotSpellTheText_ReturnsNull()
    {
        Assert.Null(SymbolTextAlignment.Align("๑๒๓", Symbols("๑", "๕", "๓")));
        Assert.Null(SymbolTextAlignment.Align("๑๒๓", Symbols("๑", "๒")));
    }
}
