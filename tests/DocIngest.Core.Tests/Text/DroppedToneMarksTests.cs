using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public class DroppedToneMarksTests
{
    [Theory]
    [InlineData("ที่", "ที")]
    [InlineData("เรื่อง", "เรือง")]
    [InlineData("ต่ำ", "ตำ")]
    [InlineData("ต้อง", "ต้อง")]     // a mark over a bare consonant is read well and kept
    [InlineData("เกี่ยวข้อง", "เกียวข้อง")]
    public void WithoutStackedMarks_Word_DropsOnlyStackedMarks(string word, string expected) =>
        Assert.Equal(expected, DroppedToneMarks.WithoutStackedMarks(word));

    [Fact]
    public void Restore_ListedWordWithoutMark_Marked() => Assert.Equal("ขั้นตอน", DroppedToneMarks.Default.Restore("ขันตอน"));

    [Fact]
    public void Restore_UnlistedOrAlreadyMarked_Null()
    {
        Assert.Null(DroppedToneMarks.Default.Restore("เสียง"));
        Assert.Null(DroppedToneMarks.Default.Restore("ที่"));
    }

    [Fact]
    public void Restore_TwoWordsShareTheBareSpelling_Null()
    {
        var marks = new DroppedToneMarks(["รั่ว", "รั้ว", "ซื้อ"]);

        Assert.Null(marks.Restore("รัว"));
        Assert.Equal("ซื้อ", marks.Restore("ซือ"));
    }
}
