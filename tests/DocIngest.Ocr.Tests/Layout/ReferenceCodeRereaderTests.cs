using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class ReferenceCodeRereaderTests
{
    [Theory] // first readings of real reference lines on the tuning corpus pages
    [InlineData("N WU ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒", 5)]
    [InlineData("ท BU ๐๘๓๒. ๑/๕๒ : วันที่ ๑๘ พฤศจิกายน ๒๕๖๒", 5)]
    [InlineData("Nau ๐๐๓๓.๒๑๕/๔๑๐ FUN ๙ ธันวาคม ๒๕๖๕", 4)] // วันที่ misread too: the date itself ends the line
    [InlineData("N WW ๐๘๓๒.๑/๕๒ FUN oc พฤศจิกายน ๒๕๖๒", 5)] // and the date's day: its month still ends the line
    [InlineData("Tees.. SU ๐๐๓๓.๓๐๑/๒๑๔๕", 10)]           // the ที่ line of a label column: the number ends it
    [InlineData("N VU ๐๕๓๒.๑/๕๐ วนท ๑๓ พฤศจกายน ๒๕๒๐๒", 5)] // header captures (jpeg q35): the cues' marks lost
    [InlineData("Nw ๐๕๓๒.๑@/๕๒ AUN oc พฤศจิกายน ๒๕๐๒", 3)]  // header captures (fax): a speck read as @ in the number

    public void MisreadPrefixEnd_LatinBeforeTheReferenceNumber_WhereTheNumberStarts(string text, int expected) =>
        Assert.Equal(expected, ReferenceCodeRereader.MisreadPrefixEnd(text));

    [Theory]
    [InlineData("ที่ ชบ ๐๘๓๒.๑/๕๑ วันที่ ๑๘ พฤศจิกายน ๒๕๖๒")] // read right: nothing to do
    [InlineData("ระดับ A ๘๕.๕/๑๐๐ คะแนน")]                        // Latin, but no วันที่: no reference line
    [InlineData("ตามหนังสือ ITA ที่ ๑๒/๒๕๖๗ วันที่ ๓ มีนาคม")]     // Latin far from the line start
    public void MisreadPrefixEnd_NoMisreadReferenceLine_Null(string text) =>
        Assert.Null(ReferenceCodeRereader.MisreadPrefixEnd(text));

    [Theory]
    [InlineData("ที่ ชบ", "ที่ ชบ")]
    [InlineData("ที ชบ", "ที่ ชบ")]
    [InlineData("ชบ.", "ที่ ชบ")]
    [InlineData("ที่ อต", "ที่ อต")]
    [InlineData("ที่ ชบ <", "ที่ ชบ")] // the edge of the number's first digit read as a sign
    [InlineData("ที่ ...... รบ", "ที่ รบ")] // leaders between the label and the code
    [InlineData("ที 7ฝ7ฝ . รบ๐", "ที่ รบ")] // specks of the paper between them, the number's first digit after it
    public void ThaiPrefix_CodeWithOrWithoutTheLabel_LabelAndCode(string reread, string expected) =>
        Assert.Equal(expected, ReferenceCodeRereader.ThaiPrefix(reread));

    [Theory]
    [InlineData("ที่ ชบว่า")]
    [InlineData("7ฝ7ฝ . รบ")] // junk before a code with no label: nothing says it is one
    [InlineData("๑๒")]
    [InlineData("")]
    public void ThaiPrefix_NoCode_Null(string reread) =>
        Assert.Null(ReferenceCodeRereader.ThaiPrefix(reread));

    [Theory]
    [InlineData("ที่ ลย ๐๐๓๓.๓๐๑/๘๑๔๐ วันที่ ๒๒ มีนาคม ๒๕๖๗", "ที่ ลย")]
    [InlineData("ที ลย๐๐๓๓.๓๐๑/๘๑๔๐", "ที่ ลย")]
    [InlineData("ลย. ๐๐๓๓.๓๐๑/๘๑๔๐ วันที่ ๒๒ มีนาคม ๒๕๖๗", "ที่ ลย")]
    public void ThaiPrefixOfLine_WholeLineReread_LabelAndCode(string reread, string expected) =>
        Assert.Equal(expected, ReferenceCodeRereader.ThaiPrefixOfLine(reread));

    [Theory]
    [InlineData("ที่ ๐๐๓๓.๓๐๑/๘๑๔๐")]
    [InlineData("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")]
    public void ThaiPrefixOfLine_NoCodeBeforeANumber_Null(string reread) =>
        Assert.Null(ReferenceCodeRereader.ThaiPrefixOfLine(reread));

    [Fact]
    public void Apply_RenderedLineReadWithLatinPrefix_PutsBackLabelAndCode()
    {
        var (image, line) = RenderedLine.Read("ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒");
        var misread = WithLatinPrefix(line, "N WU");
        using var latinFree = RenderedLine.ThaiEngine();

        var result = Assert.Single(ReferenceCodeRereader.Apply([misread], image, latinFree));

        Assert.True(result.Text.StartsWith("ที่ ชบ ", StringComparison.Ordinal), result.Text);
        Assert.EndsWith(misread.Text[ReferenceCodeRereader.MisreadPrefixEnd(misread.Text)!.Value..], result.Text);
    }

    /// <summary>The engine's reading with the stretch before the number replaced by Latin letters boxed where it was.</summary>
    private static RecognizedLine WithLatinPrefix(RecognizedLine line, string latin)
    {
        int number = line.Text.IndexOf('๐');
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int symbol = Array.FindIndex(spans, s => s.Start >= number);
        var first = line.Symbols[0].Box;
        var symbols = latin.Where(c => c != ' ').Select(c => new RecognizedSymbol(c.ToString(), first, 0.9)).ToList();
        return line with { Text = latin + " " + line.Text[number..], Symbols = [.. symbols, .. line.Symbols.Skip(symbol)] };
    }
}
