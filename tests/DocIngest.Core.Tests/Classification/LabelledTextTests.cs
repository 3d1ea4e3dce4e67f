using DocIngest.Core.Classification;

namespace DocIngest.Core.Tests.Classification;

public class LabelledTextTests
{
    [Fact]
    public void WriteTsv_ThenReadTsv_RowsRoundTripAsOneLineEach()
    {
        var text = new StringWriter();
        LabelledText.WriteTsv(text, [new LabelledText("facts", "บรรทัดแรก\nบรรทัด\tสอง")]);
        LabelledText.WriteTsv(text, [new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบ")]);

        var rows = LabelledText.ReadTsv(new StringReader(text.ToString()), "rows.tsv");

        Assert.Equal([new LabelledText("facts", "บรรทัดแรก บรรทัด สอง"), new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบ")], rows);
    }

    [Fact]
    public void ReadTsv_RowWithoutTab_ThrowsWithSourceAndLineNumber()
    {
        var error = Assert.Throws<FormatException>(() => LabelledText.ReadTsv(new StringReader("label\ttext\nfacts\tok\nbroken row\n"), "rows.tsv"));

        Assert.Contains("rows.tsv:3:", error.Message);
    }

    [Fact]
    public void WriteTsv_LabelWithTab_Throws() =>
        Assert.Throws<ArgumentException>(() => LabelledText.WriteTsv(new StringWriter(), [new LabelledText("a\tb", "text")]));
}
