using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class ItemNumberRereaderTests
{
    [Theory] // the damage the tuning scans and phone photos showed (docs/ablation.md, session 19)
    [InlineData("๗) ให้ความช่วยเหลือซึ่งกันและกัน", "a).", "๖)", "๘)")]
    [InlineData("๗) ให้ความช่วยเหลือซึ่งกันและกัน", "๕", "๖)", "๘)")]           // the bracket lost, the digit read as another
    [InlineData("(๔) ไม่ใช้เวลาราชการเพื่อประโยชน์ส่วนตัว", "(2)", "(๓)", "(๕)")]
    [InlineData("๙. จัดทำฐานข้อมูลเกี่ยวกับปัญหา", "a.", "๘.", "๑๐.")]
    [InlineData("๗. ให้มีการกำหนดราคากลาง", ".ฒ", "๖.", "๘.")]               // the point read ahead of a look-alike (session 22)
    public void Apply_RenderedItemWithItsNumberMisreadBetweenItsNeighbours_PutsBackTheNumber(string printed, string misread, string before, string after)
    {
        var (image, line) = LayoutTestImages.RenderAndRead(printed);
        var garbled = WithMarkerReadAs(line, misread);
        var lines = new[] { Neighbour(line, before + " ข้อก่อนหน้า", -1), garbled, Neighbour(line, after + " ข้อถัดไป", +1) };

        var result = new ItemNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image);

        // The item's own text as the engine read it, after the number the ink and the sequence agree on.
        Assert.Equal(printed[..printed.IndexOf(' ', StringComparison.Ordinal)] + " " + garbled.Text[misread.Length..].TrimStart(), result[1].Text);
        Assert.Equal(lines[0], result[0]);
        Assert.Equal(lines[2], result[2]);
    }

    [Fact]
    public void Apply_RenderedItemWhoseInkIsNotTheNumberTheSequenceNames_LineKept()
    {
        // The neighbours say ๔, the ink says ๗: the sequence alone never writes a digit.
        var (image, line) = LayoutTestImages.RenderAndRead("๗) ให้ความช่วยเหลือซึ่งกันและกัน");
        var lines = new[] { Neighbour(line, "๓) ข้อก่อนหน้า", -1), WithMarkerReadAs(line, "a)."), Neighbour(line, "๕) ข้อถัดไป", +1) };

        Assert.Same(lines, new ItemNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image));
    }

    [Fact]
    public void Apply_RenderedItemWithNoNumberedNeighbours_LineKept()
    {
        var (image, line) = LayoutTestImages.RenderAndRead("๗) ให้ความช่วยเหลือซึ่งกันและกัน");
        var lines = new[] { Neighbour(line, "ข้อความก่อนหน้า", -1), WithMarkerReadAs(line, "a).") };

        Assert.Same(lines, new ItemNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image));
    }

    [Fact]
    public void Apply_NeighbourAtAnotherIndent_LineKept()
    {
        // A numbered line far to the left or right belongs to another list (a column, an outer level).
        var (image, line) = LayoutTestImages.RenderAndRead("๗) ให้ความช่วยเหลือซึ่งกันและกัน");
        var far = Neighbour(line, "๖) ข้อก่อนหน้า", -1);
        var lines = new[] { far with { Box = far.Box with { X = far.Box.X + 5 * far.Box.Height } }, WithMarkerReadAs(line, "a).") };

        Assert.Same(lines, new ItemNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image));
    }

    [Fact]
    public void Apply_ListStartingAgainBelow_JudgedByTheItemAbove()
    {
        var (image, line) = LayoutTestImages.RenderAndRead("๗) ให้ความช่วยเหลือซึ่งกันและกัน");
        var lines = new[] { Neighbour(line, "๖) ข้อก่อนหน้า", -1), WithMarkerReadAs(line, "a)."), Neighbour(line, "๑) รายการใหม่", +1) };

        var result = new ItemNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image);

        Assert.StartsWith("๗) ", result[1].Text, StringComparison.Ordinal);
    }

    /// <summary>A scripted line of the same list, one line height above (-1) or below (+1), at the same indent.</summary>
    private static RecognizedLine Neighbour(RecognizedLine line, string text, int direction) =>
        new(text, line.Box with { Y = line.Box.Y + direction * 2 * line.Box.Height }, 0.9, []);

    /// <summary>
    /// The engine's reading with the line's item number (up to its first bracket or point; the engine may glue the text
    /// on) replaced by <paramref name="misread"/>, each character boxed where the number was.
    /// </summary>
    private static RecognizedLine WithMarkerReadAs(RecognizedLine line, string misread)
    {
        int end = line.Text.IndexOfAny([')', '.']) + 1;
        Assert.True(end is > 0 and <= 4, $"the engine read no item number in {line.Text}");
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int after = Array.FindIndex(spans, s => s.Start >= end);
        var box = line.Symbols.Take(after).Select(s => s.Box).Aggregate((a, b) => a.Union(b));
        var symbols = misread.Select(c => new RecognizedSymbol(c.ToString(), box, 0.9)).ToList();
        return line with { Text = misread + line.Text[end..], Symbols = [.. symbols, .. line.Symbols.Skip(after)] };
    }
}
