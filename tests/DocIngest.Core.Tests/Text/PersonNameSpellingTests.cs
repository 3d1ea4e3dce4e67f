using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Text;

public class PersonNameSpellingTests
{
    private static readonly PersonNameSpelling Names = PersonNameSpelling.Default;

    [Theory]
    [InlineData("ธนศักดิ", "ธนศักดิ์")]
    [InlineData("ชัยฤทธิ", "ชัยฤทธิ์")]
    [InlineData("ทองพันธุ", "ทองพันธุ์")]
    [InlineData("ศรีวงศ", "ศรีวงศ์")]
    [InlineData("บุญทรัพย", "บุญทรัพย์")]
    [InlineData("ประสิทธิ", "ประสิทธิ์")]
    public void Repair_SilentLetterMarkLostAtTheEnd_Restored(string word, string expected) =>
        Assert.Equal(expected, Names.Repair(word));

    [Theory]
    [InlineData("มันคง", "มั่นคง")]
    [InlineData("ยิงยศ", "ยิ่งยศ")]
    [InlineData("ชืนจิต", "ชื่นจิต")]
    [InlineData("ทองเพิม", "ทองเพิ่ม")]
    public void Repair_ToneMarkLostOverUpperVowel_Restored(string word, string expected) =>
        Assert.Equal(expected, Names.Repair(word));

    [Theory]
    [InlineData("ศรีสวัสดีดี", "ศรีสวัสดิ์")]
    [InlineData("ทองภักดีดี", "ทองภักดิ์")]
    [InlineData("ศรีสวัสดดี", "ศรีสวัสดิ์")]
    [InlineData("ทองภักดดี", "ทองภักดิ์")]
    public void Repair_LastSyllableReadAsTwo_ReadOnceWithItsMark(string word, string expected) =>
        Assert.Equal(expected, Names.Repair(word));

    [Theory]
    [InlineData("สิทธิชัย")]      // Pali compounds join a bare form to the next part
    [InlineData("รัตนชัย")]
    [InlineData("สวัสดี")]        // a surname of its own, and a dictionary word
    [InlineData("ศรีสวัสดี")]     // ดี read once is ดี as printed
    [InlineData("สมศักดิ์")]
    [InlineData("เรืองศรี")]
    [InlineData("จงสันเทียะ")]
    [InlineData("นานา")]
    [InlineData("มานะ")]
    [InlineData("มังคลา")]        // bare spellings that begin names as printed are not listed
    [InlineData("อิมรอน")]
    public void Repair_RightName_Null(string word) => Assert.Null(Names.Repair(word));

    [Fact]
    public void Repair_TwoComponentsShareTheBareSpelling_Null()
    {
        var names = new PersonNameSpelling(["รั่ว", "รั้ว", "ศักดิ์"], ThaiWordSegmenter.Default);

        Assert.Null(names.Repair("ทองรัว"));
        Assert.Equal("ธนศักดิ์", names.Repair("ธนศักดิ"));
    }
}
