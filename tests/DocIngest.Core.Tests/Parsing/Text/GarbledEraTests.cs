using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Tests.Parsing.Text;

/// <summary>พ.ศ. as OCR garbles it before a year (the damage sweep's era kinds; texts from tuning documents' lines).</summary>
public class GarbledEraTests
{
    [Theory]
    [InlineData("ประจำปีงบประมาณ ศ. ๒๕๖๗", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]
    [InlineData("ประจำปีงบประมาณ พ,ศ. ๒๕๖๗", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]
    [InlineData("ปีงบประมาณ WA. 2565 ได้คะแนน", "ปีงบประมาณ พ.ศ. 2565 ได้คะแนน")]
    [InlineData("วันที่ 3 ตุลาคม พ. A. 2565", "วันที่ 3 ตุลาคม พ.ศ. 2565")]
    [InlineData("๘ กุมภาพันธ์ ฆ.ศ. ๒๔๖๗", "๘ กุมภาพันธ์ พ.ศ. ๒๔๖๗")]
    public void Clean_EraGarbledBeforeAYear_EraAsPrinted(string text, string expected) =>
        Assert.Equal(expected, ParsingText.Clean(text));

    [Theory]
    [InlineData("ค.ศ. 2024")]                          // the Christian era keeps its ค
    [InlineData("๑ พ.ค. ๒๕๖๗")]                       // a month's abbreviation has no ศ
    [InlineData("ศ.ดร.สมชาย ใจดี")]                     // a professor's title before a name
    [InlineData("โทร. 2567 1234")]                      // a number that goes on is no year
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]
    public void Clean_NoGarbledEra_Unchanged(string text) =>
        Assert.Equal(text, ParsingText.Clean(text));
}
