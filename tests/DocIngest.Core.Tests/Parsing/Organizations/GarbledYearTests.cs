using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.Organizations;

namespace DocIngest.Core.Tests.Parsing.Organizations;

/// <summary>Fiscal years and dates whose era or digits OCR garbled (texts written for these tests).</summary>
public class GarbledYearTests
{
    [Theory]
    [InlineData("เรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ wW.a. ๒๕๖๗", 2567)]
    [InlineData("เรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ WA. 2566", 2566)]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๔๖๘", 2568)]
    public void FindAll_GarbledEraOrFiveReadAsFour_Year(string line, int year)
    {
        Assert.Equal(year, Assert.Single(FiscalYears.FindAll(line)).Year);
    }

    [Theory]
    [InlineData("ประกาศ ณ วันที่ ๒๐ ธันวาคม พ.ศ. ๒๕9๐")]
    [InlineData("สั่ง ณวันที่ ๘ กุมภาพันธ์ พ.ศ. ๒๔งฒ")]
    public void FirstDate_YearGarbledPastTheDocumentsYears_NoDate(string line)
    {
        Assert.Null(HeaderFields.FirstDate(line));
    }

    [Fact]
    public void FirstDate_PlainDate_Read()
    {
        Assert.Equal("2023-12-20", HeaderFields.FirstDate("ประกาศ ณ วันที่ ๒๐ ธันวาคม พ.ศ. ๒๕๖๖")?.Iso);
    }
}
