using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class ColumnHeaderScorerTests
{
    [Theory]
    [InlineData("มาตรการ", ColumnRole.Measure)]
    [InlineData("แนวทาง/มาตรการดำเนินการ", ColumnRole.Measure)]
    [InlineData("มาตรการ/แนวทาง", ColumnRole.Measure)]
    [InlineData("ขั้นตอนหรือวิธีการ", ColumnRole.Steps)]
    [InlineData("ขั้นตอน/วิธีการปฏิบัติ", ColumnRole.Steps)]
    [InlineData("วิธีการดำเนินการ", ColumnRole.Steps)]
    [InlineData("ขั้นตอนการดำเนินการตามมาตรการ", ColumnRole.Steps)]
    [InlineData("ผู้รับผิดชอบ", ColumnRole.Responsible)]
    [InlineData("ส่วนราชการที่ รับผิดชอบ ในการดำเนินการ", ColumnRole.Responsible)]
    [InlineData("หน่วยงานที่รับผิดชอบในการดำเนินการ", ColumnRole.Responsible)]
    [InlineData("หน่วยงานขับเคลื่อน", ColumnRole.Responsible)]
    [InlineData("หน่วยงานหลัก", ColumnRole.Responsible)]
    [InlineData("หน่วยงานสนับสนุน", ColumnRole.Responsible)]
    [InlineData("ผู้ดำเนินการ", ColumnRole.Responsible)]
    [InlineData("ปีงบประมาณ", ColumnRole.Period)]
    [InlineData("ไตรมาส", ColumnRole.Period)]
    [InlineData("ช่วงเวลา", ColumnRole.Period)]
    [InlineData("แนวทางการพัฒนา", ColumnRole.Measure)]
    [InlineData("โครงการ/กิจกรรม", ColumnRole.Measure)]
    [InlineData("ระยะเวลา\nดำเนินการ", ColumnRole.Period)]
    [InlineData("ผลการดำเนินงาน", ColumnRole.Progress)]
    [InlineData("รายงานความก้าวหน้าและการดำเนินการตาม", ColumnRole.Progress)]
    [InlineData("การติดตามผล", ColumnRole.FollowUp)]
    [InlineData("ลำดับ", ColumnRole.Number)]
    [InlineData("ที่", ColumnRole.Number)]
    public void Best_PrintedHeader_NamesRole(string header, ColumnRole role)
    {
        Assert.Equal(role, ColumnHeaderScorer.Best(header).Role);
    }

    [Theory]
    [InlineData("มาตรกำร/แนวทำง", ColumnRole.Measure)]
    [InlineData("ผู้รับผิดชอน", ColumnRole.Responsible)]
    [InlineData("ผูรบผดชอบ", ColumnRole.Responsible)]
    [InlineData("ระยะเวลำดำเนินกำร", ColumnRole.Period)]
    [InlineData("ขั้นตอนวิธีกาว", ColumnRole.Steps)]
    [InlineData("ผลกำรดำเนินงำน", ColumnRole.Progress)]
    [InlineData("กำรติดตำมผล", ColumnRole.FollowUp)]
    public void Best_OcrNoisyHeader_StillNamesRole(string header, ColumnRole role)
    {
        Assert.Equal(role, ColumnHeaderScorer.Best(header).Role);
    }

    [Theory]
    [InlineData("ตัวชี้วัดของการประเมิน ITA")]
    [InlineData("หมายเหตุ")]
    [InlineData("")]
    public void Best_UnrelatedHeader_Unknown(string header)
    {
        Assert.Equal(ColumnRole.Unknown, ColumnHeaderScorer.Best(header).Role);
    }
}
