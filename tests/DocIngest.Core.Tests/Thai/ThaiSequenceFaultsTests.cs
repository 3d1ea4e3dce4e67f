using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiSequenceFaultsTests
{
    [Theory]
    [InlineData("ส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองใหญ่ จังหวัดชลบุรี")]
    [InlineData("เล่ม ๑๓๖ ตอนที่ ๕๐ ก ราชกิจจานุเบกษา")]
    [InlineData("รายงานผลการวิเคราะห์ เพราะ เกาะ")]
    [InlineData("Integrity and Transparency Assessment : ITA")]
    public void Count_SoundText_None(string text) => Assert.Equal(0, ThaiSequenceFaults.Count(text).Total);

    [Fact]
    public void Count_MarkSplitFromLetterBySpace_CountedAfterSpace()
    {
        var faults = ThaiSequenceFaults.Count("ก ่อน เรื ่อง ร าชการ");

        Assert.Equal(3, faults.MarksAfterSpace);
        Assert.Equal(3, faults.Total);
    }

    [Fact]
    public void Count_ToneStoredBeforeItsVowel_Counted() =>
        Assert.Equal(1, ThaiSequenceFaults.Count("ท\u0E48\u0E35ประชุม").TonesBeforeVowel);

    [Fact]
    public void Count_MarkAfterLeadingVowelOrAtStart_CountedWithoutBase() =>
        Assert.Equal(2, ThaiSequenceFaults.Count("\u0E49สวน เ\u0E48ง").MarksWithoutBase);

    [Fact]
    public void Count_LatinLetterForMark_CountedInsideThai() =>
        Assert.Equal(2, ThaiSequenceFaults.Count("ดlานการสkงเสริม").LatinInsideThai);
}
