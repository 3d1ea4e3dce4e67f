using DocIngest.Core.Comparison;

namespace DocIngest.Core.Tests.Comparison;

public class MeasureAlignerTests
{
    [Fact]
    public void Align_SameMeasureReworded_SharesRow()
    {
        IReadOnlyList<string> y2565 = ["(๑) มาตรการป้องกันผลประโยชน์ทับซ้อน", "(๒) มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"];
        IReadOnlyList<string> y2566 = ["1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะทางเว็บไซต์", "2. มาตรการป้องกันการรับสินบน", "3. มาตรการป้องกันผลประโยชน์ทับซ้อน"];

        var rows = MeasureAligner.Align([y2565, y2566]);

        Assert.Contains(rows, r => r.Cells[0] == 0 && r.Cells[1] == 2);
        Assert.Contains(rows, r => r.Cells[0] == 1 && r.Cells[1] == 0);
        Assert.Contains(rows, r => r.Cells[0] is null && r.Cells[1] == 1);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Align_NothingInCommon_OneRowPerItem()
    {
        var rows = MeasureAligner.Align([["มาตรการจัดซื้อจัดจ้าง"], ["การพัฒนาระบบงานสารบรรณ"]]);

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(0, r.Similarity));
    }

    [Theory]
    [InlineData("มาตรการป้องกันการทุจริต", "มาตรการป้องกันการทุจริต", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Similarity_KnownPairs_Expected(string a, string b, double expected) =>
        Assert.Equal(expected, MeasureAligner.Similarity(a, b), 3);
}
