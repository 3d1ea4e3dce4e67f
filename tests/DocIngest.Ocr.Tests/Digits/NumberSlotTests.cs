using DocIngest.Ocr.Digits;

namespace DocIngest.Ocr.Tests.Digits;

public class NumberSlotTests
{
    /// <summary>Whether the token <paramref name="token"/> (its first occurrence in <paramref name="text"/>) stands in a number's place.</summary>
    private static bool Holds(string text, string token)
    {
        int start = text.IndexOf(token, StringComparison.Ordinal);
        return NumberSlot.Holds(text, start, start + token.Length);
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
}
