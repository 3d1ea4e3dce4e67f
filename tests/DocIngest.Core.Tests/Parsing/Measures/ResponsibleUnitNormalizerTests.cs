using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class ResponsibleUnitNormalizerTests
{
    [Theory]
    [InlineData("สำนักปลัดฯ", "สำนักปลัด")]
    [InlineData("สำนักปลัด ฯ", "สำนักปลัด")]
    [InlineData("- สำนักปลัด", "สำนักปลัด")]
    [InlineData("สป.", "สำนักปลัด")]
    [InlineData("สำนักงานปลัด อบต.", "สำนักปลัด")]
    [InlineData("สำนักปลัดเทศบาล", "สำนักปลัด")]
    [InlineData("สำนักปลด", "สำนักปลัด")]
    [InlineData("กค.", "กองคลัง")]
    [InlineData("กองคลังฯ", "กองคลัง")]
    [InlineData("กช.", "กองช่าง")]
    [InlineData("กองช่าง", "กองช่าง")]
    [InlineData("กองการศึกษาฯ", "กองการศึกษา")]
    [InlineData("กองการศึกษา ศาสนาและวัฒนธรรม", "กองการศึกษา")]
    [InlineData("หน่วยตรวจสอบภายใน", "หน่วยตรวจสอบภายใน")]
    [InlineData("กองสาธารณสุข", "กองสาธารณสุข")]
    public void Normalize_PrintedUnit_CanonicalForm(string printed, string canonical)
    {
        Assert.Equal([canonical], ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Theory]
    [InlineData("- สำนักงานปลัดกระทรวง\nสาธารณสุข ราชการบริหาร\nส่วนภูมิภาค", "สำนักงานปลัดกระทรวงสาธารณสุขราชการบริหารส่วนภูมิภาค")]
    [InlineData("องค์การบริหาร ส่วนตำบลโคกคอน", "องค์การบริหาร ส่วนตำบลโคกคอน")]
    public void Normalize_MinistryOfficeWrappedBeforeSuan_OneUnitAsPrinted(string printed, string unit)
    {
        Assert.Equal([unit], ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Fact]
    public void Normalize_SeveralUnitsOnOneLine_OneItemEach()
    {
        var units = ResponsibleUnitNormalizer.Normalize("- สำนักปลัด ฯ ฝ่ายอำนวยการ ฝ่ายนิติการ");

        Assert.Equal(["สำนักปลัด", "ฝ่ายอำนวยการ", "ฝ่ายนิติการ"], units);
    }

    [Theory]
    [InlineData("กองคลัง/กองช่าง", new[] { "กองคลัง", "กองช่าง" })]
    [InlineData("สำนักปลัด อบต. และกองคลัง", new[] { "สำนักปลัด", "กองคลัง" })]
    [InlineData("งานพัสดุ และกองคลัง", new[] { "งานพัสดุ", "กองคลัง" })]
    [InlineData("ฝ่ายอำนวย การ ฝ่ายส่งเสริม การท่องเที่ยว", new[] { "ฝ่ายอำนวยการ", "ฝ่ายส่งเสริมการท่องเที่ยว" })]
    [InlineData("ฝ่ายอำนวยการ อบจ.", new[] { "ฝ่ายอำนวยการ อบจ." })]
    public void Normalize_UnitsJoinedBySlashOrAnd_Split(string printed, string[] expected)
    {
        Assert.Equal(expected, ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Theory]
    [InlineData("งานพัสดุ/กองคลัง", new[] { "งานพัสดุ/กองคลัง" })]
    [InlineData("งานการเจ้าหน้าที่ สำนักปลัดฯ", new[] { "งานการเจ้าหน้าที่ สำนักปลัด" })]
    [InlineData("- งานการเงิน / กองคลัง และกองช่าง", new[] { "งานการเงิน/กองคลัง", "กองช่าง" })]
    public void Normalize_SectionWithItsDivision_OneUnit(string printed, string[] expected)
    {
        Assert.Equal(expected, ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Theory]
    [InlineData("- กองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวง สาธารณสุข", new[] { "กองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวงสาธารณสุข" })]
    [InlineData("กองกลาง สำนักงาน ปลัดกระทรวงสาธารณสุข", new[] { "กองกลาง สำนักงานปลัดกระทรวงสาธารณสุข" })]
    [InlineData("- สำนักงานปลัดกระทรวงมหาดไทย", new[] { "สำนักงานปลัดกระทรวงมหาดไทย" })]
    [InlineData("กองคลัง และสำนักงานปลัดกระทรวงการคลัง", new[] { "กองคลัง", "สำนักงานปลัดกระทรวงการคลัง" })]
    public void Normalize_DivisionWithItsMinistryOffice_OneUnitNotTheLocalSamnakPalad(string printed, string[] expected)
    {
        Assert.Equal(expected, ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Theory]
    [InlineData("- สำนักปลัดฯ ฝายอ้านวย การ", new[] { "สำนักปลัด", "ฝ่ายอำนวยการ" })]
    [InlineData("กองคลัง ฝายบริหารงานทั่วไป", new[] { "กองคลัง", "ฝ่ายบริหารงานทั่วไป" })]
    [InlineData("สำนักงานปลัด ฝายปกครอง", new[] { "สำนักปลัด", "ฝ่ายปกครอง" })]
    [InlineData("กองช่าง ฝายสงเสริม การเกษตร", new[] { "กองช่าง", "ฝ่ายสงเสริมการเกษตร" })]
    [InlineData("กองคลัง สวนการเงิน", new[] { "กองคลัง", "ส่วนการเงิน" })]
    public void Normalize_UnitWordWithoutToneMark_SplitAndMarkRestored(string printed, string[] expected)
    {
        Assert.Equal(expected, ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Theory]
    [InlineData("ฝ่ายนิติการ", "ฝ่ายนิติการ")]
    [InlineData("งานประชาสัมพนธ์", "งานประชาสัมพันธ์")]
    [InlineData("งานพัสดุและทรัพย์สิน", "งานพัสดุและทรัพย์สิน")]
    [InlineData("ฝ่ายปกครองท้องที่", "ฝ่ายปกครองท้องที่")]
    public void Normalize_SectionName_LexiconSpellingOnlyForTheWholeName(string printed, string expected)
    {
        Assert.Equal([expected], ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Fact]
    public void Normalize_PersonNotAUnit_KeptAsPrinted()
    {
        var units = ResponsibleUnitNormalizer.Normalize("นางสาวรัชณี ศรีหาบัว ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ");

        Assert.Equal(["นางสาวรัชณี ศรีหาบัว ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ"], units);
    }

    [Theory]
    [InlineData("- สำนักงาน\nก.พ.", "สำนักงาน ก.พ.")]
    [InlineData("สำนักงาน ป.ป.ช.", "สำนักงาน ป.ป.ช.")]
    [InlineData("ก.ม.จ.", "ก.ม.จ.")]
    [InlineData("สำนักงาน ก.พ.ร.,", "สำนักงาน ก.พ.ร.")]
    [InlineData("กองคลัง.", "กองคลัง")]
    [InlineData("สำนักงาน ก.พ", "สำนักงาน ก.พ")]
    public void Normalize_UnitEndingInAnAbbreviation_KeepsItsFinalStopOnly(string printed, string expected)
    {
        Assert.Equal([expected], ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Theory]
    [InlineData("- หน่วยงาน\nของรัฐทุก\nหน่วยงาน", new[] { "หน่วยงานของรัฐทุกหน่วยงาน" })]
    [InlineData("สถานศึกษาทุก ส่วนราชการ", new[] { "สถานศึกษาทุก ส่วนราชการ" })]
    [InlineData("กองคลัง หน่วยงานในสังกัด", new[] { "กองคลัง", "หน่วยงานในสังกัด" })]
    public void Normalize_UnitWordAfterTook_EndsTheNameNotANewUnit(string printed, string[] expected)
    {
        Assert.Equal(expected, ResponsibleUnitNormalizer.Normalize(printed));
    }

    [Fact]
    public void NormalizeAll_DuplicateUnits_KeptOnce()
    {
        var units = ResponsibleUnitNormalizer.NormalizeAll(["สำนักปลัดฯ", "สป.", "กองคลัง"]);

        Assert.Equal(["สำนักปลัด", "กองคลัง"], units);
    }
}
