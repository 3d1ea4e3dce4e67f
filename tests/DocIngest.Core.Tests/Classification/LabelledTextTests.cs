using DocIngest.Core.Classification;

namespace DocIngest.Core.Tests.Classification;

public class LabelledTextTests
{
    [Fact]
    public void AppendTsv_ThenReadTsv_RowsRoundTripAsOneLineEach()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rows-{Guid.NewGuid():N}.tsv");
        try
        {
            LabelledText.AppendTsv(path, [new LabelledText("facts", "บรรทัดแรก\nบรรทัด\tสอง")]);
            LabelledText.AppendTsv(path, [new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบ")]);

            var rows = LabelledText.ReadTsv(path);

            Assert.Equal([new LabelledText("facts", "บรรทัดแรก บรรทัด สอง"), new LabelledText("closing", "จึงเรียนมาเพื่อโปรดทราบ")], rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadTsv_RowWithoutTab_ThrowsWithLineNumber()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rows-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllText(path, "label\ttext\nfacts\tok\nbroken row\n");

            var error = Assert.Throws<FormatException>(() => LabelledText.ReadTsv(path));
            Assert.Contains(":3:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
