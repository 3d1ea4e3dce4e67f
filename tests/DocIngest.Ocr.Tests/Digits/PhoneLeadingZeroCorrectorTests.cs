using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Digits;

public sealed class PhoneLeadingZeroCorrectorTests
{
    private static readonly ThaiDigitCorrector Digits = new(ThaiDigitRecognizer.Shared);
    private static readonly PhoneLeadingZeroCorrector Corrector = new(ThaiDigitRecognizer.Shared);

    [Theory]
    [InlineData("ส่วนราชการ กองคลัง โทร.๓๘๒๑๙๒๓๒", 23)]          // a line number read without its ๐: eight digits
    [InlineData("งานบริหาร โทร.๓๘-๒๑๙๒๓๒-๓", 14)]               // eight digits, then a range end
    [InlineData("โทรศัพท์ ๘๑ ๒๓๔ ๕๖๗๘", 9)]                     // a mobile number read without its ๐: nine digits
    public void FindShortNumber_NumberOneDigitShortAfterItsLabel_ItsStart(string text, int start) =>
        Assert.Equal(start, PhoneLeadingZeroCorrector.FindShortNumber(text));

    [Theory]
    [InlineData("ส่วนราชการ กองคลัง โทร.๐๓๘๒๑๙๒๓๒")]             // the ๐ read
    [InlineData("โทร. ๐ ๔๓๘๑ ๑๖๗๘")]
    [InlineData("สายด่วน โทร. ๑๑๑๑")]                             // a short number of four digits
    [InlineData("จำนวน ๓๘๒๑๙๒๓๒ บาท")]                            // no phone label
    public void FindShortNumber_NoNumberOneDigitShort_Null(string text) =>
        Assert.Null(PhoneLeadingZeroCorrector.FindShortNumber(text));

    [Fact]
    public void Correct_RenderedPhoneWhoseZeroTheDigitCorrectorLost_PutsTheZeroBack()
    {
        // As on the tuning scans: the engine boxes the label's point over the ๐, and the digit corrector, taking that ink
        // for the point's, writes the number without its ๐ ("โทร.๓๘๒๑๙๒๓๒").
        var (image, read) = RenderedLine.Read("ส่วนราชการ กองคลัง โทร.๐๓๘๒๑๙๒๓๒", DigitTestImages.Laksaman, 16);
        var line = Digits.Correct(image, read);

        var corrected = Corrector.Correct(image, line);

        Assert.EndsWith("โทร.๐๓๘๒๑๙๒๓๒", corrected.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(corrected.Text, corrected.Symbols));
    }

    [Fact]
    public void Correct_RenderedPhonePrintedWithoutItsZero_LineKept()
    {
        // Eight digits after the label, but no ink before them: nothing was lost, nothing is added.
        var (image, read) = RenderedLine.Read("ส่วนราชการ กองคลัง โทร.๓๘๒๑๙๒๓๒", DigitTestImages.Laksaman, 16);
        var line = Digits.Correct(image, read);
        Assert.NotNull(PhoneLeadingZeroCorrector.FindShortNumber(line.Text));

        Assert.Same(line, Corrector.Correct(image, line));
    }
}
