using DocIngest.Core.Parsing.People;

namespace DocIngest.Core.Tests.Parsing.People;

public class PersonNamesTests
{
    [Theory]
    [InlineData("นายมีชัย จงสันเทียะ นายกองค์การบริหารส่วนตำบล", "นายมีชัย จงสันเทียะ", "นายกองค์การบริหารส่วนตำบล")]
    [InlineData("นางสาวรัชณี ศิริวงษ์", "นางสาวรัชณี ศิริวงษ์", "")]
    [InlineData("น.ส.มาลี ศรีสุข ครู", "น.ส. มาลี ศรีสุข", "ครู")]
    [InlineData("ว่าที่ร้อยตรี สมศักดิ์ ดีงาม ปลัด", "ว่าที่ร้อยตรี สมศักดิ์ ดีงาม", "ปลัด")]
    [InlineData("สิบเอก ทวีพันธ์ โคระธา", "สิบเอก ทวีพันธ์ โคระธา", "")]
    public void AtStart_TitledName_NameAndRest(string text, string name, string rest)
    {
        var match = PersonNames.AtStart(text);

        Assert.Equal(name, match!.Name);
        Assert.Equal(rest, match.Rest);
    }

    [Theory]
    [InlineData("นายกองค์การบริหารส่วนตำบลกำปัง")]
    [InlineData("นายกเทศมนตรีเมืองบึงกาฬ")]
    [InlineData("นางกององค์การบริหารส่วนจังหวัด")]
    public void AtStart_PositionStartingLikeATitle_Null(string text) => Assert.Null(PersonNames.AtStart(text));

    [Theory]
    [InlineData("(นางสาวพิมพ์ชนก อินทร์แก้ว)", "พิมพ์ชนก|อินทร์แก้ว")]
    [InlineData("๒. นายวีระพงษ์ ศรีสุวรรณ ปลัดเทศบาล กรรมการ", "วีระพงษ์|ศรีสุวรรณ")]
    [InlineData("ประธาน นางมาลัย ทองคำ และ จ่าเอก สมหมาย ใจดี", "มาลัย|ทองคำ|สมหมาย|ใจดี")]
    public void NameWords_TitledNamesInLine_FirstNamesAndSurnames(string line, string expected)
    {
        var words = PersonNames.NameWords(line).Select(w => line.Substring(w.Index, w.Length));

        Assert.Equal(expected, string.Join('|', words));
    }

    [Theory]
    [InlineData("นายกเทศมนตรีตำบลหนองบัว ประธาน")]     // a position, not the title นาย
    [InlineData("บ้านนายาง หมู่ที่ ๕")]                   // นาย inside a word (the village นายาง) is no title
    public void NameWords_NoTitledName_None(string line) => Assert.Empty(PersonNames.NameWords(line));
}
