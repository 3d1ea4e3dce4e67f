using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Text;

public class SaraAmMisreadingsTests
{
    private static readonly SaraAmMisreadings SaraAm = new(ThaiWordSegmenter.Default);

    private static string Repaired(string line)
    {
        var result = line;
        foreach (var (index, length, replacement) in SaraAm.Edits(line).OrderByDescending(e => e.Index))
            result = string.Concat(result.AsSpan(0, index), replacement, result.AsSpan(index + length));
        return result;
    }

    [Theory]
    [InlineData("ประจัาปีงบประมาณ", "ประจำปีงบประมาณ")]          // ัา is no Thai spelling
    [InlineData("ก้าหนดการประชุม", "กำหนดการประชุม")]            // ก้า is a word: the misreading beside the unknown piece
    [InlineData("ผลการด้าเนินงาน", "ผลการดำเนินงาน")]
    [InlineData("ส้านักงานปลัด", "สำนักงานปลัด")]
    [InlineData("เขตต้าบลหนองบัว", "เขตตำบลหนองบัว")]
    public void Edits_SaraAmReadAsTwoGlyphs_Repaired(string line, string expected) =>
        Assert.Equal(expected, Repaired(line));

    [Theory]
    [InlineData("ถ้าไม่มีผู้ใดเสนอ")]
    [InlineData("ข้าราชการส่วนท้องถิ่น")]
    [InlineData("ล้างมือก่อนทานข้าว")]
    [InlineData("ท้าทายความสามารถ")]
    [InlineData("น้าสาวของฉัน")]
    public void Edits_RealMaiThoBeforeSaraAa_None(string line) => Assert.Empty(SaraAm.Edits(line));
}
