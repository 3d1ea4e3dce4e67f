using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class ColumnListReaderTests
{
    private const int LetterWidth = 30, LetterGap = 6, LineHeight = 60;

    /// <summary>
    /// Draws each word as a row of 30-px blobs (one per letter) on a 300-dpi page and returns the line the engine would
    /// read: its text, and one symbol per letter boxed over its blob.
    /// </summary>
    private static RecognizedLine Draw(GrayImage page, int top, params (int X, string Word)[] words)
    {
        var symbols = new List<RecognizedSymbol>();
        foreach (var (x, word) in words)
            for (int i = 0; i < word.Length; i++)
            {
                var box = new BoundingBox(x + i * (LetterWidth + LetterGap), top + 15, LetterWidth, 30);
                for (int y = box.Y; y < box.Bottom; y++)
                    for (int px = box.X; px < box.Right; px++)
                        page[px, y] = 0;
                symbols.Add(new RecognizedSymbol(word[i].ToString(), box, 0.9));
            }
        var lineBox = symbols.Select(s => s.Box).Aggregate((a, b) => a.Union(b));
        return new RecognizedLine(string.Join(' ', words.Select(w => w.Word)), lineBox with { Y = top, Height = LineHeight }, 0.9, symbols);
    }

    private static GrayImage Page()
    {
        var page = new GrayImage(1600, 900, dpi: 300);
        Array.Fill(page.Pixels, (byte)255);
        return page;
    }

    private static List<TextLine> SplitAndJoin(IReadOnlyList<RecognizedLine> lines, GrayImage page) =>
        ColumnListReader.Join(ColumnListReader.Split(lines, PageInk.Of(page))
            .Select(l => (new TextLine(l.Line.Text, l.Line.Box, l.Line.Confidence), l.Piece)).ToList());

    [Fact]
    public void Split_ThreeColumnsWithAWrappedCell_EachRowOneLineInColumnOrder()
    {
        var page = Page();
        var lines = new List<RecognizedLine>
        {
            Draw(page, 100, (100, "กขค"), (230, "งจฉ"), (600, "ชซฌญ"), (1200, "ฎฏฐฑ")),
            Draw(page, 170, (600, "ฒณ")),                                          // the position wrapped
            Draw(page, 240, (100, "ดตถ"), (250, "ท"), (600, "ธนบป"), (1200, "ผฝพฟ")),
            Draw(page, 310, (100, "ภม"), (180, "ยรล"), (600, "วศษส"), (1200, "หฬอฮ")),
        };

        var joined = SplitAndJoin(lines, page);

        Assert.Equal(["กขค งจฉ ชซฌญฒณ ฎฏฐฑ", "ดตถ ท ธนบป ผฝพฟ", "ภม ยรล วศษส หฬอฮ"], joined.Select(l => l.Text));
        Assert.Equal(new BoundingBox(100, 100, 1238, 130), joined[0].Box);
    }

    [Fact]
    public void Split_WordGapsThatDoNotLineUp_LinesUnchanged()
    {
        var page = Page();
        var lines = new List<RecognizedLine>
        {
            Draw(page, 100, (100, "กขค"), (300, "งจ"), (700, "ฉชซ"), (1100, "ฌญ")),
            Draw(page, 170, (100, "ฎ"), (200, "ฏฐฑ"), (500, "ฒณด"), (900, "ตถทธน")),
            Draw(page, 240, (100, "บปผฝ"), (400, "พฟ"), (800, "ภมย"), (1250, "ลว")),
        };

        var split = ColumnListReader.Split(lines, PageInk.Of(page));

        Assert.All(split, l => Assert.Null(l.Piece));
        Assert.Equal(lines, split.Select(l => l.Line));
    }

    [Fact]
    public void Split_NumberedLabelsBesideValues_LeftToTheBlockBuilder()
    {
        // Numbered labels and their values: three columns clear, but the numbers' is too narrow to count; label and
        // value are read by TextBlockBuilder's label columns, not here.
        var page = Page();
        var lines = new List<RecognizedLine>
        {
            Draw(page, 100, (100, "(๑)"), (250, "กขคง"), (600, "จฉชซฌ")),
            Draw(page, 170, (100, "(๒)"), (250, "ญฎฏฐ"), (600, "ฑฒณดต")),
            Draw(page, 240, (100, "(๓)"), (250, "ถทธน"), (600, "บปผฝพ")),
        };

        Assert.All(ColumnListReader.Split(lines, PageInk.Of(page)), l => Assert.Null(l.Piece));
    }

    [Fact]
    public void Split_OnlyTwoFullRows_NotAList()
    {
        var page = Page();
        var lines = new List<RecognizedLine>
        {
            Draw(page, 100, (100, "กขคง"), (600, "จฉชซ"), (1200, "ฌญฎฏ")),
            Draw(page, 170, (600, "ฐฑ")),
            Draw(page, 240, (100, "ฒณดต"), (600, "ถทธน"), (1200, "บปผฝ")),
        };

        Assert.All(ColumnListReader.Split(lines, PageInk.Of(page)), l => Assert.Null(l.Piece));
    }

    [Fact]
    public void SplitAndJoin_CommitteeListScan_PositionsWrappedIntoTheirRows()
    {
        // bundle-kampang-2564.pdf page 5: name, position and role columns; three positions end in "ตำบล" on a line of
        // their own, one name in "ประพนธ์". Read as the engine reads the page, those words came after the role.
        var prepared = new PagePreprocessor().Process(new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout("committee-list-page-300dpi.png")), 0));
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var lines = engine.Recognize(prepared.Gray, null, SegmentationMode.Auto);
        Assert.Contains(lines, l => l.Text.Trim() == "ตำบล");

        var joined = SplitAndJoin(lines, prepared.Binary);

        var rows = joined.Where(l => Regex.IsMatch(l.Text, @"^\d\. นา")).ToList();
        Assert.Equal(9, rows.Count);
        Assert.Contains("นายกองค์การบริหารส่วนตำบล ประธาน", rows[0].Text, StringComparison.Ordinal);
        Assert.Contains("สุประพนธ์", rows[4].Text, StringComparison.Ordinal);
        Assert.Contains("สวัสดิการสังคม กรรมการ", rows[7].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(joined, l => l.Text.Trim() == "ตำบล");
        // The prose above the list is left as it was read.
        Assert.Equal(lines.Count(l => l.Box.Bottom < rows[0].Box!.Value.Y), joined.Count(l => l.Box!.Value.Bottom < rows[0].Box!.Value.Y));
    }
}
