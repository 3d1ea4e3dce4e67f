using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Numbered measures in prose as OCR reads them on a fax-like G4 scan with specks (lines cut from the tuning document
/// gap-announcement-agriculture-2567): specks after ดังนี้, markers read as letters with a space or a comma after them.
/// </summary>
public class AnnouncedMeasureScanMarkerTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_TwoSpeckTokensAfterTheListLeadAndTheFirstMarkerGarbled_ItemsFound()
    {
        var page = Page(1, TextLines(
            "สำนักงานเกษตรจังหวัดยโสธรจึงกำหนดมาตรการ ดังนี้ 0 ,",
            "o, ให้เจ้าหน้าที่ทุกคนแจ้งผู้บังคับบัญชาเป็นหนังสือทันทีเมื่อมีส่วน",
            "ได้เสียในเรื่องที่ตนต้องพิจารณาหรืออนุมติ",
            "os ๒. ห้ามเจ้าหน้าที่รับเงินหรือสิ่งของจากเกษตรกรหรือผู้ประกอบการ",
            "ที่มาติดต่อราชการ",
            "จึงประกาศให้ทราบและถือปฏิบัติโดยเคร่งครัด"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.StartsWith("ให้เจ้าหน้าที่ทุกคน", measures[0].Title);
        Assert.EndsWith("อนุมติ", measures[0].Title);
    }

    [Fact]
    public void Parse_MarkersReadAsLettersWithASpaceOrCommaAfterThem_ItemsInTheirPlaces()
    {
        var page = Page(1, TextLines(
            "สำนักงานเกษตรจังหวัดยโสธรจึงกำหนดมาตรการ ดังนี้",
            "๑. ให้เจ้าหน้าที่ทุกคนแจ้งผู้บังคับบัญชาเป็นหนังสือทันที",
            "๒. ห้ามเจ้าหน้าที่รับเงินหรือสิ่งของจากเกษตรกร",
            "es m. ให้คณะกรรมการตรวจรับพัสดุทุกชุดลงนามยืนยันว่าไม่มีความ",
            "สัมพันธ์กับผู้ขายหรือผู้รับจ้าง",
            "๔. ให้เปิดเผยรายชื่อเกษตรกรผู้ได้รับการสนับสนุนปัจจัยการผลิต",
            "๕. ห้ามนำรถยนต์ราชการไปใช้ในกิจธุระส่วนตัว",
            "ง. ให้ฝ่ายบริหารทั่วไปตรวจสอบการเบิกจ่ายวัสดุการเกษตรทุกเดือน",
            "๗. ให้จัดทำทะเบียนการรับของขวัญและประโยชน์อื่นใด",
            "๘. ให้ผู้ที่พบเห็นการกระทำที่อาจเป็นผลประโยชน์ทับซ้อนแจ้งเบาะแส",
            "ฒ, ให้หัวหน้ากลุ่มและหัวหน้าฝ่ายกำกับดูแลให้เจ้าหน้าที่ในสังกัดถือ",
            "ปฏิบัติตามประกาศนี้",
            "๑๐. ผู้ใดฝ่าฝืนประกาศนี้ให้ถือเป็นความผิดทางวินัย",
            "จึงประกาศให้ทราบและถือปฏิบัติโดยเคร่งครัด"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal(Enumerable.Range(1, 10), measures.Select(m => m.Number!.Value));
        Assert.StartsWith("ให้คณะกรรมการตรวจรับพัสดุ", measures[2].Title);
        Assert.StartsWith("ให้ฝ่ายบริหารทั่วไป", measures[5].Title);
        Assert.StartsWith("ให้หัวหน้ากลุ่ม", measures[8].Title);
    }
}
