using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class LineWindowTests
{
    /// <summary>Letters drawn 20 px wide with 4 px of paper between them, from x 10, rows 40-70 of a white crop.</summary>
    private const int Pitch = 24, LetterWidth = 20, FirstX = 10;

    [Fact]
    public void Around_InkOverTheMiddleOfALongLine_WindowCutInTheGapsSixLettersAway()
    {
        var (line, binary) = DrawnLine(40);
        var band = new BoundingBox(0, 20, binary.Width, 60);

        var window = LineWindow.Around(line, band, (FirstX + 20 * Pitch + 5, FirstX + 20 * Pitch + 15), binary, letters: 6);

        Assert.NotNull(window);
        // Letters 14 to 26: the cuts fall in the paper between letters 13 and 14, and 26 and 27.
        Assert.InRange(window.Left, FirstX + 13 * Pitch + LetterWidth, FirstX + 14 * Pitch - 1);
        Assert.InRange(window.Right - 1, FirstX + 26 * Pitch + LetterWidth, FirstX + 27 * Pitch - 1);
    }

    [Fact]
    public void Around_LettersTouchAtTheCut_WindowWidenedToTheNextGap()
    {
        var (line, binary) = DrawnLine(40);
        // Letters 13 and 14 joined by ink: no column between them is paper.
        for (int row = 50; row < 52; row++) binary.RowSpan(row).Slice(FirstX + 13 * Pitch + LetterWidth, Pitch - LetterWidth).Fill(0);
        var band = new BoundingBox(0, 20, binary.Width, 60);

        var window = LineWindow.Around(line, band, (FirstX + 20 * Pitch + 5, FirstX + 20 * Pitch + 15), binary, letters: 6);

        Assert.NotNull(window);
        Assert.InRange(window.Left, FirstX + 12 * Pitch + LetterWidth, FirstX + 13 * Pitch - 1);
    }

    [Theory]
    [InlineData(0, 40)]
    [InlineData(6, 14)]
    public void Around_NoLettersOrMostOfTheLine_Null(int letters, int lineLetters)
    {
        var (line, binary) = DrawnLine(lineLetters);
        var band = new BoundingBox(0, 20, binary.Width, 60);

        Assert.Null(LineWindow.Around(line, band, (FirstX + 7 * Pitch, FirstX + 7 * Pitch + 10), binary, letters));
    }

    [Fact]
    public void Splice_WindowPutsAMarkBack_LineCompletedWithItsSpaces()
    {
        var line = WithSymbols("สุขภาพ ปรับเปลี่ยนพฤติกรรมในกลุ่มเสียงต่อโรคเบาหวาน โรคความดัน");
        // The window's edges cut letters: its first and last are not trusted.
        var window = WithSymbols("ในกลุ่มเสี่ยงต่อโรคเบาหวาน โรค");

        var spliced = LineWindow.Splice(line, window);

        Assert.NotNull(spliced);
        Assert.Equal("สุขภาพ ปรับเปลี่ยนพฤติกรรมในกลุ่มเสี่ยงต่อโรคเบาหวาน โรคความดัน", spliced.Text);
        Assert.Equal(spliced.Text.Count(c => !char.IsWhiteSpace(c)), spliced.Symbols.Sum(s => s.Text.Length));
    }

    [Fact]
    public void Splice_EdgeLetterReadFromHalfAGlyph_IgnoredAndMarkPutBack()
    {
        // แ cut in two at the window's edge reads เ; the rest is the line with ่ put back.
        var line = WithSymbols("(แปดแสนเจ็ดหมืนสามพันเจ็ดร้อยหกสิบบาทถ้วน)");
        var window = WithSymbols("เสนเจ็ดหมื่นสามพัน");

        Assert.Equal("(แปดแสนเจ็ดหมื่นสามพันเจ็ดร้อยหกสิบบาทถ้วน)", LineWindow.Splice(line, window)?.Text);
    }

    [Theory]
    [InlineData("ในกลุ่มเสี่ยงต่อโลค")]  // a letter changed inside (ร read ล)
    [InlineData("ในกลุ่มเสียงต่อโรค")]   // nothing added
    [InlineData("ๆ")]                     // too short to place
    public void Splice_NotACompletion_Null(string read)
    {
        var line = WithSymbols("สุขภาพ ปรับเปลี่ยนพฤติกรรมในกลุ่มเสียงต่อโรคเบาหวาน");

        Assert.Null(LineWindow.Splice(line, WithSymbols(read)));
    }

    [Fact]
    public void Splice_LettersOccurTwiceInTheLine_Null()
    {
        var line = WithSymbols("ความเสียง ความเสียง");

        Assert.Null(LineWindow.Splice(line, WithSymbols("มความเสี่ยงค")));
    }

    /// <summary>A line of <paramref name="letters"/> drawn letters, one symbol each, and its binary crop.</summary>
    private static (RecognizedLine Line, GrayImage Binary) DrawnLine(int letters)
    {
        var binary = new GrayImage(FirstX * 2 + letters * Pitch, 100, dpi: 300);
        var symbols = new List<RecognizedSymbol>();
        for (int i = 0; i < letters; i++)
        {
            for (int row = 40; row < 70; row++) binary.RowSpan(row).Slice(FirstX + i * Pitch, LetterWidth).Fill(0);
            symbols.Add(new RecognizedSymbol("ก", new BoundingBox(FirstX + i * Pitch, 40, LetterWidth, 30), 0.95));
        }
        var line = new RecognizedLine(new string('ก', letters), new BoundingBox(FirstX, 40, letters * Pitch, 30), 0.95, symbols);
        return (line, binary);
    }

    /// <summary>A line whose symbols are its characters (spaces aside), letters 20 px apart, marks in a slot after their letter.</summary>
    private static RecognizedLine WithSymbols(string text)
    {
        var symbols = new List<RecognizedSymbol>();
        int x = 0;
        foreach (char c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            bool mark = ThaiCharacters.IsCombiningMark(c);
            symbols.Add(new RecognizedSymbol(c.ToString(), new BoundingBox(mark ? x - 4 : x, 10, mark ? 3 : 18, 30), 0.9));
            if (!mark) x += 20;
        }
        return new RecognizedLine(text, new BoundingBox(0, 10, Math.Max(1, x), 30), 0.9, symbols);
    }
}
