using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public class TextLayerRepairTests
{
    private static readonly TextLayerRepair Repair = TextLayerRepair.Default;

    [Fact]
    public void Repair_SpacesBetweenLetterAndMark_Removed()
    {
        var (text, counts) = Repair.Repair("ก ่อน เรื ่อง");

        Assert.Equal("ก่อน เรื่อง", text);
        Assert.Equal(new TextLayerRepairCounts(0, 0, 2), counts);
    }

    [Fact]
    public void Repair_ToneBeforeUpperVowel_MovedAfterIt()
    {
        var (text, counts) = Repair.Repair("ท\u0E48\u0E35ประชุม");

        Assert.Equal("ที่ประชุม", text);
        Assert.Equal(1, counts.TonesReordered);
    }

    [Fact]
    public void Repair_LostSaraAm_RestoredAndNormalised()
    {
        var (text, counts) = Repair.Repair("ส่วนราชการ สานักงานสาธารณสุขอาเภอหนองใหญ่");

        Assert.Equal("ส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองใหญ่", text);
        Assert.Equal(2, counts.SaraAmRestored);
    }

    [Fact]
    public void Repair_NikhahitAndSaraAaSplitBySpace_OneSaraAm()
    {
        // pdftotext's reading of royal-gazette-2560: ํ and า apart; joined, normalisation recomposes ำ.
        var (text, _) = Repair.Repair("ดํ าเนินการ");

        Assert.Equal("ดำเนินการ", text);
    }

    [Fact]
    public void Repair_SoundLine_NoRepairs()
    {
        var (text, counts) = Repair.Repair("เล่ม ๑๓๔ ตอนพิเศษ ๒๒๑ ง ราชกิจจานุเบกษา");

        Assert.Equal("เล่ม ๑๓๔ ตอนพิเศษ ๒๒๑ ง ราชกิจจานุเบกษา", text);
        Assert.Equal(0, counts.Total);
    }

    [Fact]
    public void ToString_SeveralKinds_ShortWarningText() =>
        Assert.Equal("57 sara am restored, 3 tone marks reordered", new TextLayerRepairCounts(57, 3, 0).ToString());
}
