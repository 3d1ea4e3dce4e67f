using DocIngest.Ocr.Digits;

namespace DocIngest.Ocr.Tests.Digits;

public class NumberSlotTests
{
    /// <summary>Whether the token <paramref name="token"/> (its first occurrence in <paramref name="text"/>) stands in a number's place.</summary>
    private static bool Holds(string text, string token) => At(text, token, NumberSlot.Holds);

    /// <summary>Whether <paramref name="token"/> is taken for a number on a line of Thai numbers, two needed.</summary>
    private static bool HoldsAmongThaiNumbers(string text, string token) =>
        At(text, token, (t, start, end) => NumberSlot.HoldsAmongThaiNumbers(t, start, end, minThaiNumbers: 2));

    private static bool At(string text, string token, Func<string, int, int, bool> holds)
    {
        int start = text.IndexOf(token, StringComparison.Ordinal);
        return holds(text, start, start + token.Length);
    }

    [Theory]
    [InlineData("(@) การจัดทำ", "@")]
    [InlineData("on) ให้ความรู้", "on")]
    [InlineData("lo. นำผลการวิเคราะห์", "lo")]
    [InlineData("วันที่ bo พฤศจิกายน ๒๕๖๗", "bo")]
    [InlineData("๑๕ ม.ค. ab", "ab")]
    [InlineData("ลงวันที PO มกราคม", "PO")]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ab", "ab")]
    [InlineData("๑ ตุลาคม ๒๕๖๖ - mo กันยายน", "mo")]
    [InlineData("- lo -", "lo")]
    [InlineData("ร้อยละ ๘๑.ab คะแนน", "ab")]
    [InlineData("เงินงบประมาณ จำนวน ๕๙๓ ino บาท คิดเป็นร้อยละ ๖๗.๙๕", "ino")]
    [InlineData("วันที่ ๑๙ เดือน ตุลาคม พ.ศ. ๒๕๖๔ Full ox เดือน ตุลาคม", "ox")]
    [InlineData("คิดเป็นร้อยละ lo ของงบประมาณ", "lo")]
    [InlineData("จำนวน @ โครงการ", "@")]
    public void Holds_TokenWhereANumberBelongs_True(string text, string token) => Assert.True(Holds(text, token));

    [Theory]
    [InlineData("คะแนน ITA ประจำปี", "ITA")]
    [InlineData("ระบบ E-Service ของหน่วยงาน", "E")]
    [InlineData("เว็บไซต์ www หน่วยงาน", "www")]
    [InlineData("อยู่ในระดับ B โดย", "B")]
    [InlineData("ช่องทาง Line และ QR code", "QR")]
    [InlineData("การจัดทำ bo ของ", "bo")]
    [InlineData("ชำระผ่าน QR บัญชี", "QR")]
    [InlineData("ระบบ ITA ของเดือนนี้", "ITA")]
    public void Holds_TokenAmongWords_False(string text, string token) => Assert.False(Holds(text, token));

    [Theory]
    [InlineData("ภาคผนวก ๖ แบบฟอร์ม ๔ ตาราง ๘ แผนภาพ ed", "ed")]
    [InlineData("ผู้เข้าร่วม ๔๗ คน จาก ow หน่วยงาน งบประมาณ ๒๕๖๘", "ow")]
    [InlineData("งาน ๘ โครงการ ๙ กิจกรรม ale ตัวชี้วัด ๖", "ale")]
    [InlineData("ครั้ง ๑๐ เวลา ๑๓.๓๐ น. ห้องประชุม @", "@")]
    public void HoldsAmongThaiNumbers_LowerCaseTokenBetweenThaiWords_True(string text, string token) => Assert.True(HoldsAmongThaiNumbers(text, token));

    [Theory]
    [InlineData("ภาคผนวก ๖ แบบฟอร์ม ๔ ตาราง ๘ แผนภาพ ED", "ED")] // a capital: an acronym or a name
    [InlineData("ภาคผนวก ๖ แบบฟอร์ม ๔ ตาราง 8 แผนภาพ ed", "ed")] // an Arabic digit: the line mixes scripts
    [InlineData("ตาราง ๘ แผนภาพ ed", "ed")] // one Thai number: a misread word is as likely
    [InlineData("ระดับ ๒ เงินเดือน ๔๘,๖๗๐ บาท ขั้น ๙ ary ๔๗ ปี", "ary")] // beside a number: the word before it (อายุ)
    [InlineData("ที่ ชบ ๐๘๓๒.๑/๕๐ unl ๑๓ ตุลาคม ๒๕๖๒", "unl")] // วันที่ misread, before its number
    [InlineData("สำนักงาน ๓ แห่ง ana db คน พนักงาน ๘๗ คน", "db")] // a Latin neighbour: English words
    [InlineData("ครั้ง ๑๐ เวลา ๑๓.๓๐ น. แผนภาพ ๓ ed", "ed")] // beside a number
    [InlineData("ระบบ e-GP ครั้งที่ ๔ ปี ๒๕๖๗ ผ่านระบบ", "e")] // glued to a sign
    [InlineData("ดูที่ www.site ครั้งที่ ๔ ปี ๒๕๖๗", "www")]
    [InlineData("ay ณ วันที่ ๕ กุมภาพันธ์ พ.ศ. ๒๕๖๗", "ay")] // opening the line: a garbled keyword (สั่ง)
    public void HoldsAmongThaiNumbers_OtherTokens_False(string text, string token) => Assert.False(HoldsAmongThaiNumbers(text, token));

    [Fact]
    public void HoldsAmongThaiNumbers_NumberJoinedByPoints_CountsOnce() =>
        Assert.False(HoldsAmongThaiNumbers("เวลา ๑๓.๓๐ น. ห้องประชุม ed", "ed"));
}
