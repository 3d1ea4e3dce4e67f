using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Text;

/// <summary>Lines as the corpus's Word-exported text layers give them (memo-district-1, hospital-handbook-b).</summary>
public class LostSaraAmTests
{
    private static readonly LostSaraAm SaraAm = new(ThaiWordSegmenter.Default);

    private static string Restore(string text) => SaraAm.Restore(text, out _);

    [Theory]
    [InlineData("สานักงานสาธารณสุขอาเภอ", "สำนักงานสาธารณสุขอำเภอ")]
    [InlineData("รายงานผลการวิเคราะห์การจัดซื้อจัดจ้างประจาปีงบประมาณ ๒๕๖๒", "รายงานผลการวิเคราะห์การจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๒")]
    [InlineData("ได้ดาเนินการจัดซื้อจัดจ้าง", "ได้ดำเนินการจัดซื้อจัดจ้าง")]
    [InlineData("งบประมาณจานวน๖ โครงการ", "งบประมาณจำนวน๖ โครงการ")]
    [InlineData("ได้จัดทารายงานผลการวิเคราะห์", "ได้จัดทำรายงานผลการวิเคราะห์")]
    [InlineData("ที่กาหนดให้ส่วนราชการได้", "ที่กำหนดให้ส่วนราชการได้")]
    [InlineData("นักวิชาการสาธารณสุขชานาญการ", "นักวิชาการสาธารณสุขชำนาญการ")]
    [InlineData("เรียน ผู้อานวยการโรงพยาบาลพิชัย", "เรียน ผู้อำนวยการโรงพยาบาลพิชัย")]
    public void Restore_WordWithSaraAmInDictionary_Restored(string layer, string expected) =>
        Assert.Equal(expected, Restore(layer));

    [Theory]
    [InlineData("สาธารณสุข")]
    [InlineData("ราชการ")]
    [InlineData("การ")]
    [InlineData("ส่วนราชการ สาธารณสุขอำเภอหนองใหญ่ ตามมาตรา ๖ ค่าใช้จ่าย หน้าที่ ๑๐ นาที")]
    [InlineData("บันทึกข้อความ เรื่อง รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง")]
    public void Restore_SaraAaRight_Unchanged(string text)
    {
        Assert.Equal(text, SaraAm.Restore(text, out int restored));
        Assert.Equal(0, restored);
    }

    [Theory]
    [InlineData("นาผลการวิเคราะห์ไปปรับปรุง")] // นา and นำ are both words: the dictionary cannot tell
    [InlineData("และปรา บปราม")]               // a word split by a space: ปรำ is listed, but the run goes on past the space
    public void Restore_NotSettledByDictionary_Unchanged(string text) => Assert.Equal(text, Restore(text));

    [Fact]
    public void Restore_Count_IsRestoredLetters()
    {
        SaraAm.Restore("สานักงานสาธารณสุขอาเภอ", out int restored);

        Assert.Equal(2, restored);
    }
}
