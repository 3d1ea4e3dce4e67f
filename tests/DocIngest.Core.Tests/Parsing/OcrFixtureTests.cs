using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing;

/// <summary>The reader on real Tesseract output of a rendered memo (see Parsing/Fixtures/README.md).</summary>
public class OcrFixtureTests
{
    private static Document ReadFixture()
    {
        var text = File.ReadAllText(TestFiles.Path("Parsing/Fixtures/ocr-memo-nongwaeng.tesseract.txt"));
        return Assert.Single(Readers.Read(text));
    }

    [Fact]
    public void Read_TesseractMemo_HeaderFieldsDespiteLostToneMarks()
    {
        var doc = ReadFixture();

        Assert.Equal(DocumentKind.Memo, doc.Kind);
        Assert.Equal("กองคลัง องค์การบริหารส่วนตำบลหนองแวง", doc.Header!.Agency);
        Assert.Equal("นายกองค์การบริหารส่วนตำบลหนองแวง", doc.Header.Addressee);
        Assert.StartsWith("รายงานผลการจัดซื้อจัดจ้าง", doc.Header.Subject);
        Assert.Equal("องค์การบริหารส่วนตำบลหนองแวง", doc.Organization);
        // ๔ was read as ๕ by the fast model: the phone is what the page yielded, normalised.
        Assert.Equal("053-210335", doc.Header.Phone);
    }

    [Fact]
    public void Read_TesseractMemo_SectionsWithoutJunkLines()
    {
        var doc = ReadFixture();

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Proposal, SectionType.Closing], doc.Sections.Select(s => s.Type));
        Assert.StartsWith("ตามที", doc.Sections[0].Text);
        Assert.DoesNotContain(doc.Sections, s => s.Text.Contains('='));
        Assert.Equal("นางสาวกมลวรรณ ศรีสว่าง", Assert.Single(doc.Signatures).Name);
    }

    [Fact]
    public void Read_TesseractMemo_DamagedYearsWarnedNotInvented()
    {
        var doc = ReadFixture();

        Assert.Null(doc.Header!.Date);
        Assert.Equal("๒๑ มีนาคม ๒๕๒๒๐", doc.Header.DateText);
        Assert.Null(doc.FiscalYear);
        Assert.Contains(doc.Warnings, w => w.StartsWith("header: date not readable"));
        Assert.Contains(doc.Warnings, w => w.StartsWith("fiscal year:"));
    }

    [Theory]
    [InlineData("ง่ 1ว = , ๐ ฆ ฆญ ฒซ๊ ม ๐ เห", true)]
    [InlineData("ตามทีองค์การบริหารส่วนตําบลหนองแวง ได้ประกาศแผน", false)]
    [InlineData("๑ ต.ค. ๖๖ - ก.ย. ๖๗", false)]
    public void IsOcrNoise_Lines_Classified(string line, bool expected) => Assert.Equal(expected, ParsingText.IsOcrNoise(line));
}

public class OcrNoiseTests
{
    [Theory]
    [InlineData("ฆทหๆข๐ = 3 0 ย ๐ = ! ฆย ข", true)]
    [InlineData("ร=ูข ซ่ =", true)]
    [InlineData("โทร. ๐ ๔๔๙๗ ๔๒๒๔", false)]
    [InlineData("โทร. ๐ ๔๕๓๖ ๑๒๑๒ !", false)] // the agency's phone alone on its line, a speck after it (gap-memo-hospital-ita)
    [InlineData("โทร. ! ๑๒", true)]
    [InlineData("ที่ - วันที่ ๑๐ มกราคม ๒๕๖๔", false)]
    [InlineData("๑. นายมีชัย จงสันเทียะ นายก อบต. ประธาน", false)]
    public void IsOcrNoise_MoreLines_Classified(string line, bool expected) => Assert.Equal(expected, ParsingText.IsOcrNoise(line));
}

public class OcrFragmentTests
{
    [Theory]
    [InlineData("2 0", true)]
    [InlineData("ฮ่ =", true)]
    [InlineData("' “080็0", true)]
    [InlineData("ที่ ๕/๒๕๖๔", false)]
    [InlineData("๐๓๕ ๕๑๑ ๐๐๒", false)]
    [InlineData("(ลงชื่อ)", false)]
    [InlineData("ทราบ", false)]
    [InlineData("ITA", false)]
    [InlineData("พ. ศ. ๒๕๖๘", false)] // a subject's year wrapped alone, the era split
    [InlineData("พ ศ 2567", false)]
    [InlineData("พ. ศ. ๒๕", true)]    // no year: fragments
    public void IsOcrNoise_ShortLines_Classified(string line, bool expected) => Assert.Equal(expected, ParsingText.IsOcrNoise(line));
}
