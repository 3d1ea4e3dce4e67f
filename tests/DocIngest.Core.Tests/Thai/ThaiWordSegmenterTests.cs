using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiWordSegmenterTests
{
    [Theory]
    [InlineData("จึงเรียนมาเพื่อโปรดพิจารณา", "จึง|เรียน|มา|เพื่อ|โปรด|พิจารณา")]
    [InlineData("สำนักปลัดฝ่ายอำนวยการ", "สำนักปลัด|ฝ่ายอำนวยการ")]
    [InlineData("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "ตัวชี้วัด|ที่|๑|การปฏิบัติหน้าที่")]
    [InlineData("ร้อยละ 85.50 ของ ITA", "ร้อยละ|85.50|ของ|ITA")]
    public void Segment_OfficialSentences_DictionaryWords(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), ThaiWordSegmenter.Default.Segment(text));
    }

    [Fact]
    public void Segment_GreedyLongestMatchStrands_BacktracksToReadAll()
    {
        // Longest-first would take ตาก and strand ลม; the whole run reads as ตา|กลม.
        var segmenter = new ThaiWordSegmenter(new ThaiDictionary(["ตา", "ตาก", "กลม"]));
        Assert.Equal(["ตา", "กลม"], segmenter.Segment("ตากลม"));
    }

    [Fact]
    public void Tokenize_UnknownLetters_OneUnknownTokenKeepingClustersWhole()
    {
        var segmenter = new ThaiWordSegmenter(new ThaiDictionary(["นาย", "ได้"]));
        var tokens = segmenter.Tokenize("นายสมชื่อได้");
        Assert.Equal(["นาย", "สมชื่อ", "ได้"], tokens.Select(t => t.Text));
        Assert.Equal([ThaiTokenKind.Word, ThaiTokenKind.Unknown, ThaiTokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_MixedText_ConcatenatesBackToInput()
    {
        const string text = "ที่ กส ๕๑๐๐๑/๑๓๓๓ ลงวันที่ 5 มิ.ย. 2563 (ITA) ร้อยละ ๙๕.๕๐ ฯลฯ\nบรรทัดใหม่";
        var tokens = ThaiWordSegmenter.Default.Tokenize(text);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(t.Text, text.Substring(t.Index, t.Text.Length)));
        Assert.Contains(tokens, t => t.Kind == ThaiTokenKind.Number && t.Text == "๙๕.๕๐");
        Assert.Contains(tokens, t => t.Kind == ThaiTokenKind.Latin && t.Text == "ITA");
    }

    [Fact]
    public void Score_UnknownRun_CountsUnknownLetters()
    {
        var segmenter = new ThaiWordSegmenter(new ThaiDictionary(["การ"]));
        Assert.Equal((0, 2), segmenter.Score("การการ"));
        Assert.Equal((2, 3), segmenter.Score("การขข")); // each unknown cluster counts as a token
    }

    [Fact]
    public void Segment_EmptyText_NoTokens()
    {
        Assert.Empty(ThaiWordSegmenter.Default.Segment(""));
    }
}
