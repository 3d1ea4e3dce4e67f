using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiLexiconTests
{
    [Theory]
    [InlineData("สป.", "สำนักปลัด")]
    [InlineData("สำนักปลัดฯ", "สำนักปลัด")]
    [InlineData("สำนักปลัด ฯ", "สำนักปลัด")]
    [InlineData("กค.", "กองคลัง")]
    [InlineData("กช.", "กองช่าง")]
    [InlineData("กองการศึกษาฯ", "กองการศึกษา ศาสนาและวัฒนธรรม")]
    [InlineData("กองการศึกษา ศาสนาและวัฒนธรรม", "กองการศึกษา ศาสนาและวัฒนธรรม")]
    [InlineData("กองสาธารณสุขฯ", "กองสาธารณสุขและสิ่งแวดล้อม")]
    [InlineData("กองคลัง อบต.โคกคอน", "กองคลัง")]
    [InlineData("สำนักปลัดองค์การบริหารส่วนจังหวัด", "สำนักปลัด")]
    [InlineData("กองช่าง เทศบาลเมืองบึงกาฬ", "กองช่าง")]
    public void CanonicalUnit_VariantsAndAbbreviations_CanonicalName(string name, string expected)
    {
        Assert.Equal(expected, ThaiLexicon.CanonicalUnit(name));
    }

    [Theory]
    [InlineData("เรื่อง")]
    [InlineData("อบต.")]
    [InlineData("ร้านค้า")]
    [InlineData("")]
    [InlineData("กองคลังจังหวัด")]
    public void CanonicalUnit_NotAUnit_Null(string name)
    {
        Assert.Null(ThaiLexicon.CanonicalUnit(name));
    }

    [Theory]
    [InlineData("อบต.โคกคอน", "องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("อบต. โคกคอน", "องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("อบจ.กาฬสินธุ์", "องค์การบริหารส่วนจังหวัดกาฬสินธุ์")]
    [InlineData("ทม.บึงกาฬ", "เทศบาลเมืองบึงกาฬ")]
    [InlineData("ทต.กำปัง", "เทศบาลตำบลกำปัง")]
    [InlineData("ทน.ขอนแก่น", "เทศบาลนครขอนแก่น")]
    [InlineData("นายก อบต.โคกคอน", "นายก องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("องค์การบริหารส่วนตำบลโคกคอน", "องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("ครอบต.", "ครอบต.")] // อบต inside a longer word is no abbreviation
    public void ExpandOrganization_Abbreviations_FullAgencyType(string text, string expected)
    {
        Assert.Equal(expected, ThaiLexicon.ExpandOrganization(text));
    }

    [Theory]
    [InlineData("ข้อเท็จจริง", LexiconCategory.Heading)]
    [InlineData("เรียน", LexiconCategory.MemoLabel)]
    [InlineData("การใช้ทรัพย์สินของทางราชการ", LexiconCategory.Ita)]
    [InlineData("ทม.", LexiconCategory.Agency)]
    [InlineData("ก.ย.", LexiconCategory.Month)]
    public void Find_Spelling_EntryOfItsCategory(string spelling, LexiconCategory category)
    {
        var entry = ThaiLexicon.Default.Find(spelling);
        Assert.NotNull(entry);
        Assert.Equal(category, entry.Category);
    }

    [Fact]
    public void Default_DataFile_HoldsEveryRequiredGroup()
    {
        var lexicon = ThaiLexicon.Default;
        Assert.Equal(12, lexicon.Terms(LexiconCategory.Month).Count());
        Assert.Contains("หน่วยตรวจสอบภายใน", lexicon.Terms(LexiconCategory.Unit));
        Assert.Contains("การป้องกันการทุจริต", lexicon.Terms(LexiconCategory.Ita));
        Assert.Contains("ข้อพิจารณา", lexicon.Terms(LexiconCategory.Heading));
        Assert.Contains("ส่วนราชการ", lexicon.Terms(LexiconCategory.MemoLabel));
        Assert.Equal(["อบต."], lexicon.Find("องค์การบริหารส่วนตำบล")!.Abbreviations);
    }

    [Fact]
    public void Parse_LineBeforeCategory_Throws()
    {
        Assert.Throws<FormatException>(() => ThaiLexicon.Parse("กองคลัง | กค."));
    }

    [Fact]
    public void Parse_UnknownCategory_Throws()
    {
        Assert.Throws<FormatException>(() => ThaiLexicon.Parse("[things]\nกองคลัง"));
    }

    [Fact]
    public void Parse_SmallFile_EntriesWithVariants()
    {
        var lexicon = ThaiLexicon.Parse("# comment\n[unit]\nกองคลัง | กค. | ส่วนการคลัง\n\n[agency]\nเทศบาลตำบล | ทต.\n");
        Assert.Equal(2, lexicon.Entries.Count);
        Assert.Equal("กองคลัง", lexicon.ResolveUnit("ส่วนการคลัง"));
        Assert.Equal("เทศบาลตำบลหนองบัว", lexicon.Expand("ทต.หนองบัว"));
    }
}
