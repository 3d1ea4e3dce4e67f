using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class MeasureFieldLabelTests
{
    [Theory]
    [InlineData("(๒) ผู้รับผิดชอบ", ColumnRole.Responsible, "")]
    [InlineData("(lo) ผู้รับผิดชอบ", ColumnRole.Responsible, "")]
    [InlineData("(@) ระยะเวลา", ColumnRole.Period, "")]
    [InlineData("(>) ระยะเวลาดำเนินการ ต.ค. 66 - ก.ย. 67", ColumnRole.Period, "ต.ค. 66 - ก.ย. 67")]
    [InlineData("(๓ ขันตอน/วิธีการ", ColumnRole.Steps, "")]
    [InlineData("- 3) วิธีดำเนินการ: ประชุมชี้แจง", ColumnRole.Steps, "ประชุมชี้แจง")]
    [InlineData("2. หน่วยงานที่รับผิดชอบ กองช่าง", ColumnRole.Responsible, "กองช่าง")]
    [InlineData("ผูรับผิดชอบ สำนักปลัด", ColumnRole.Responsible, "สำนักปลัด")]
    [InlineData("หน่วยงานรับผิดซอบ กองคลัง", ColumnRole.Responsible, "กองคลัง")]
    [InlineData("(๑) กิจกรรม/", ColumnRole.Measure, "/")]
    [InlineData("(5) ผลการดำเนินงาน ดำเนินการแล้ว", ColumnRole.Progress, "ดำเนินการแล้ว")]
    [InlineData("(๖) เป้าหมาย บุคลากรทุกคน", ColumnRole.Unknown, "บุคลากรทุกคน")]
    public void Find_LabelWithAnyItemMarker_RoleAndRemainder(string line, ColumnRole role, string remainder)
    {
        var label = MeasureFieldLabel.Find(line);

        Assert.Equal((role, remainder), (label?.Role, label?.Remainder));
    }

    [Theory]
    [InlineData("งบประมาณ รวมถึงการเบิกจ่ายงบประมาณอย่าง")]
    [InlineData("วิธีการเข้าถึงช่องทางในการประชาสัมพันธ์")]
    [InlineData("(๑) กระบวนการปฏิบัติงานที่โปร่งใส")]
    [InlineData("มอบหมายผู้รับผิดชอบดูแลให้ชัดเจน")]
    public void Find_ProseLine_Null(string line)
    {
        Assert.Null(MeasureFieldLabel.Find(line));
    }

    [Theory]
    [InlineData("(lo) ผู้รับผิดชอบ", true)]
    [InlineData("๒. จัดทำช่องทาง", true)]
    [InlineData("ปฏิบัติ", false)]
    public void StartsWithMarker_Line_TrueOnlyForItemMarker(string line, bool expected)
    {
        Assert.Equal(expected, MeasureFieldLabel.StartsWithMarker(line));
    }
}
