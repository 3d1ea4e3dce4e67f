using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Tests.Parsing.Text;

/// <summary>List numbers OCR read with square brackets or braces for parentheses (lines written for these tests).</summary>
public class ListMarkerBracketTests
{
    [Theory]
    [InlineData("[๑] ห้ามใช้รถราชการ", "(๑) ห้ามใช้รถราชการ")]
    [InlineData("{2} ให้รายงานผล", "(2) ให้รายงานผล")]
    [InlineData("(๓] จัดให้มีช่องทาง", "(๓) จัดให้มีช่องทาง")]
    [InlineData("ให้ดำเนินการ ๑] ติดป้าย ๒} จัดอบรม", "ให้ดำเนินการ ๑) ติดป้าย ๒) จัดอบรม")]
    [InlineData("[๓ จัดให้มีช่องทางรับเรื่องร้องเรียน", "(๓) จัดให้มีช่องทางรับเรื่องร้องเรียน")]
    [InlineData("[๑] 5 จัดทำแบบขออนุญาตยืม", "(๑) จัดทำแบบขออนุญาตยืม")]
    [InlineData("(๑) 5 จัดทำแบบขออนุญาตยืม", "(๑) 5 จัดทำแบบขออนุญาตยืม")]
    public void ListMarkersInParentheses_BracketedNumber_Parenthesised(string line, string expected) =>
        Assert.Equal(expected, ParsingText.ListMarkersInParentheses(line));

    [Theory]
    [InlineData("(๑) ห้ามใช้รถราชการ")]
    [InlineData("ตามระเบียบ [๒๕๖๗] ข้อ ๕")]
    [InlineData("งบประมาณ[12] บาท")]
    [InlineData("[ก] ตัวเลือก")]
    public void ListMarkersInParentheses_NoBracketedListNumber_Unchanged(string line) =>
        Assert.Equal(line, ParsingText.ListMarkersInParentheses(line));
}
