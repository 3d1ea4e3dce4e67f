namespace DocIngest.Core.Parsing.Measures;

/// <summary>What a column of a measure table holds.</summary>
public enum ColumnRole
{
    /// <summary>Not one of the columns a measure is read from (e.g. an indicator column).</summary>
    Unknown,
    /// <summary>ลำดับ / ที่: the measure's number.</summary>
    Number,
    /// <summary>มาตรการ / แนวทาง / กิจกรรม: the measure's title.</summary>
    Measure,
    /// <summary>ขั้นตอน / วิธีการ / วิธีการดำเนินการ.</summary>
    Steps,
    /// <summary>ผู้รับผิดชอบ / ส่วนราชการที่รับผิดชอบ.</summary>
    Responsible,
    /// <summary>ระยะเวลา.</summary>
    Period,
    /// <summary>ผลการดำเนินงาน / รายงานความก้าวหน้า.</summary>
    Progress,
    /// <summary>การติดตามผล.</summary>
    FollowUp,
    /// <summary>A column of a Gantt chart (ไตรมาส ๑, ต.ค.): its marks, not its text, are the measure's period (<see cref="GanttTimeline"/>).</summary>
    Timeline,
}
