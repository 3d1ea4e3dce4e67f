using DocIngest.Core.Thai;
using System.Globalization;
using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Training.Digits.Evaluation;
using DocIngest.Training.Tesseract;
using DocIngest.Training.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Digits;

public class ThaiDigitCorrectorTests
{
    private static readonly ThaiDigitCorrector Corrector = new(ThaiDigitRecognizer.Shared);

    [Fact]
    public void Correct_ScannedLineWhoseBoxReachesTheNextLine_DigitsReadInTheirOwnBand()
    {
        // A crop of a 200-dpi scan (sample-docs/memo-kalasin-2565.tif, page 1, as preprocessed): the date line's box
        // reaches down into the next line's ascenders, whose ink used to join the ๕ into one tall glyph; the run
        // ๒๕๖๕ then stayed as Tesseract wrote it, ๒๕๐๕.
        string path = Path.Combine(DigitTestImages.FixtureDirectory(), "touching-lines-sarabun.png");
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(path), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var date = engine.Recognize(image, null, SegmentationMode.Auto).Single(l => l.Text.Contains("กุมภาพันธ์"));

        Assert.Contains("๑๐ กุมภาพันธ์ ๒๕๖๕", Corrector.Correct(image, date).Text);
    }

    /// <summary>A committed crop of a preprocessed sample scan and the line on it holding <paramref name="marker"/>, read by the real engine.</summary>
    private static (GrayImage Image, RecognizedLine Line) ReadScanCrop(string file, string marker)
    {
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Path.Combine(DigitTestImages.FixtureDirectory(), file)), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        return (image, engine.Recognize(image, null, SegmentationMode.Auto).Single(l => l.Text.Contains(marker)));
    }

    [Fact]
    public void Correct_ScannedDateWhoseYearDigitsTouch_ReadsEveryDigit()
    {
        // sample-docs/memo-nongwaeng-2568-p1.jpg (200 dpi), the memo's date: ๕ and ๖ of ๒๕๖๗ are one ink component,
        // which the model rejected as a whole, so the year stayed as Tesseract wrote it (๒๕๒).
        var (image, date) = ReadScanCrop("touching-digits-date-200dpi.png", "พฤศ");

        Assert.EndsWith("๒๕๖๗", Corrector.Correct(image, date).Text);
    }

    [Fact]
    public void Correct_ScannedYearWhoseTouchingDigitsLookLikeOneDigit_ReadsBothDigits()
    {
        // sample-docs/bundle-kampang-2564.pdf page 5 (300 dpi), an order's fiscal year: the joined ๕๖ read whole looks
        // like one wide ๓ to the model (0.93), so ๒๕๖๔ became ๒๓๔, a digit short.
        var (image, year) = ReadScanCrop("touching-digits-year-300dpi.png", "ประจำปี");

        Assert.Contains("พ.ศ. ๒๕๖๔", Corrector.Correct(image, year).Text);
    }

    [Fact]
    public void Correct_ScannedItemNumberReadAsSign_RestoresTheDigit()
    {
        // sample-docs/memo-kalasin-2565.tif page 4 (200 dpi), a table cell: Tesseract reads (๔) as (@), with no Thai digit left.
        var (image, item) = ReadScanCrop("item-number-read-as-sign-200dpi.png", "การจัดทำ");

        Assert.StartsWith("(๔)", Corrector.Correct(image, item).Text);
    }

    [Fact]
    public void Correct_ScannedDigitTouchingTheSlashBeforeIt_ReadsEveryDigit()
    {
        // sample-docs/bundle-kampang-2564.pdf page 5 (300 dpi), an order number ที่ ๕/๒๕๖๔: the ๒ touches the slash, and the
        // joined ink, cut by the run's left edge, was dropped as the slash's, so the year came out ๕๖๔.
        var (image, first) = ReadScanCrop("digit-touching-slash-300dpi.png", "๕/");
        // As on the page: the line is read again without Latin letters first (ที่ came out "N").
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var number = Assert.Single(LatinMisreadRereader.Apply([first], image, engine));

        Assert.EndsWith("๕/๒๕๖๔", Corrector.Correct(image, number).Text);
    }

    /// <summary>
    /// A committed crop of a preprocessed corpus page and the line the engine read on it, as recorded beside it
    /// (<c>NAME.tsv</c>: the line, then its symbols; text, x, y, width, height, confidence): the page's own reading, which
    /// the engine does not return again for a crop.
    /// </summary>
    private static (GrayImage Image, RecognizedLine Line) RecordedLine(string name)
    {
        string directory = DigitTestImages.FixtureDirectory();
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Path.Combine(directory, name + ".png")), 0);
        var rows = File.ReadAllLines(Path.Combine(directory, name + ".tsv")).Select(l => l.Split('\t')).ToList();
        static BoundingBox Box(string[] r) => new(int.Parse(r[2], CultureInfo.InvariantCulture), int.Parse(r[3], CultureInfo.InvariantCulture),
            int.Parse(r[4], CultureInfo.InvariantCulture), int.Parse(r[5], CultureInfo.InvariantCulture));
        var symbols = rows.Where(r => r[0] == "symbol").Select(r => new RecognizedSymbol(r[1], Box(r), double.Parse(r[6], CultureInfo.InvariantCulture))).ToList();
        var line = rows.Single(r => r[0] == "line");
        return (image, new RecognizedLine(line[1], Box(line), double.Parse(line[6], CultureInfo.InvariantCulture), symbols));
    }

    /// <summary>
    /// Years whose last three digits are one ink component on the tuning phone photos (out/corpus-desk, as preprocessed):
    /// ethics-code-ministry p7's signature dates ๒๕๖๔ (the engine wrote "๒๕๐๕") and ethics-action-plan p143's header date
    /// ๒๕๖๕. Cut into the fewest pieces that all read as digits, the joined ๕๖๔ came out as two (๕๔: its left piece, two
    /// digits wide, read ๕ at 1.00) and the joined ๒๕๖ as ๒๒; cut first into as many pieces as its width holds digits,
    /// each reads right.
    /// </summary>
    [Theory]
    [InlineData("touching-year-digits-three-date-desk", "ตุลาคม พ.ศ. ๒๕๖๔ วันที่ ๑๙ เดือน ตุลาคม พ.ศ. ๒๕๖๔")]
    [InlineData("touching-year-digits-three-header-desk", "พฤศจิกายน ๒๕๖๕")]
    public void Correct_ThreeTouchingYearDigits_ReadsEveryDigit(string fixture, string corrected)
    {
        var (image, line) = RecordedLine(fixture);

        Assert.EndsWith(corrected, Corrector.Correct(image, line).Text);
    }

    [Theory]
    [InlineData("touching-year-digits-three-date-desk", "ตุลาคม พ.ศ. ๒๕๔ วันที่")]
    [InlineData("touching-year-digits-three-header-desk", "พฤศจิกายน ๒๒๕")]
    public void Correct_ThreeTouchingYearDigitsCutIntoFewestPieces_LosesADigit(string fixture, string misread)
    {
        // The same lines with the old cut order (TouchingPiecesByWidth off): what the option is there to undo.
        var (image, line) = RecordedLine(fixture);
        var fewestFirst = new ThaiDigitCorrector(ThaiDigitRecognizer.Shared, new ThaiDigitCorrectorOptions(TouchingPiecesByWidth: false));

        Assert.Contains(misread, fewestFirst.Correct(image, line).Text);
    }

    /// <summary>
    /// The running footer of the tuning ethics action plan (p72, scan300-colour-showthrough; the line cut from the page and
    /// read alone, the engine's reading recorded beside it): "(พ.ศ. ๒๕๒๒-..." for ๒๕๖๖, in a loopless face whose ๖ the model
    /// rejects once. The engine boxed the first ๒ 8 px wide at its ink's right edge, so the glyph's centre lies left of the
    /// run's symbols; the blend of the engine's and the model's digits left that glyph out and wrote "๕๒๖", a digit short.
    /// </summary>
    [Fact]
    public void Correct_FirstDigitBoxedNarrowerThanItsInk_KeepsEveryDigitOfTheYear()
    {
        var (image, line) = RecordedLine("loopless-footer-year-range-300dpi");

        Assert.Contains("(พ.ศ. ๒๕๒๖-", Corrector.Correct(image, line).Text);
    }

    [Fact]
    public void Correct_FirstDigitBoxedNarrowerThanItsInkWithoutTheBlendFix_LosesTheDigit()
    {
        // The same line with BlendGlyphsUnderSymbols off: what the option is there to undo.
        var (image, line) = RecordedLine("loopless-footer-year-range-300dpi");
        var old = new ThaiDigitCorrector(ThaiDigitRecognizer.Shared, new ThaiDigitCorrectorOptions(BlendGlyphsUnderSymbols: false));

        Assert.Contains("(พ.ศ. ๕๒๖-", old.Correct(image, line).Text);
    }

    /// <summary>
    /// royal-gazette-2562 p3 of the corpus pages (tuning side, photocopy300-bilevel) as preprocessed, the engine's reading
    /// of the page recorded beside a crop of the line: "มาตรา ๑๕ ด้วย" for มาตรา ๑๔. The line box is 32 px high, no taller
    /// than its digits, so the search reaches 19 px past the run; the ๔ runs 20 px past the ๕'s box, its component was cut
    /// by the search's edge and dropped as a neighbour's, and the run was rewritten as the one glyph left: "๑". With
    /// FollowOwnInkPastReach off, the old cut, the digit is lost again: what the option is there to undo.
    /// </summary>
    [Theory]
    [InlineData(true, "มาตรา ๑๔ ด้วย")]
    [InlineData(false, "มาตรา ๑ ด้วย")]
    public void Correct_LastDigitRunningPastTheReach_ReadWholeWhenFollowingOwnInk(bool followOwnInk, string corrected)
    {
        var (image, line) = RecordedLine("digit-past-reach-gazette-photocopy300");
        Assert.Contains("มาตรา ๑๕ ด้วย", line.Text);
        var corrector = new ThaiDigitCorrector(ThaiDigitRecognizer.Shared, new ThaiDigitCorrectorOptions(FollowOwnInkPastReach: followOwnInk));

        Assert.Contains(corrected, corrector.Correct(image, line).Text);
    }

    [Fact]
    public void Correct_ThousandsGroupReadAsThaiLetters_ReadAsDigits()
    {
        // memo-district-1 p1 of the corpus pages (tuning side, scan300-colour-showthrough) as preprocessed: the sum
        // ๔๗๔,๓๗๖ was read "๕๓๕ ,ตเอ"; a group of letters glued to a Thai number's comma is its next digits.
        var (image, sum) = RecordedLine("thousands-group-read-as-letters-300dpi");
        Assert.Contains(" ,ตเอ ", sum.Text);

        Assert.Contains("๔๗๔ ,๓๗๖ ", Corrector.Correct(image, sum).Text);
    }

    /// <summary>
    /// Runs the first reading left as the engine read them, from the captures of the tuning header pages
    /// (tools/corpus/hard-headers.py), as preprocessed. memo-district-3 p1, fax200-bilevel: the date ๑๘ read "๑๕"; the
    /// model reads the ๘ at 1.00 but the speckled ๑ at 0.72, under the 0.8 every glyph of a run needs (the engine's ๑ is
    /// kept there now). memo-district-1 p1, scan200-grey-jpeg35: the engine placed the box of the point in "โทร." over the
    /// ๐ of ๐๓๘, whose ink was then cut to a sliver as the point's (the run is cut again without the point's box).
    /// </summary>
    [Theory]
    [InlineData("unsure-digit-in-date-fax200", " ๑๕ พฤศจิกายน", " ๑๘ พฤศจิกายน")]
    [InlineData("point-boxed-over-digit-jpeg35", "โทร.๐๓๕-", "โทร.๐๓๘-๒๑๙๒๓๒-๓")]
    public void Correct_RunLeftAsReadAtFirst_ReadOnASecondChance(string fixture, string read, string corrected)
    {
        var (image, line) = RecordedLine(fixture);
        Assert.Contains(read, line.Text);

        Assert.Contains(corrected, Corrector.Correct(image, line).Text);
    }

    [Fact]
    public void Correct_ThinInkRunTheModelIsPartlyUnsureOf_KeepsTheEnginesDigitsItKnows()
    {
        // memo-district-3 p1 in the thin-ink capture of the tuning header pages (scan300-thin), as preprocessed: the year
        // ๒๕๖๒ was read "๒๕๒๐๒" (the broken ๖ as ๒๐) and the agency code ๐๘๓๒ as "๐๕๓๒". The model is unsure of the last
        // ๒ of both, and takes the year's first thin ๒ for ๑ at over 0.8: the engine's ๒ stands there, the model's ๖ and ๘
        // are taken.
        var (image, date) = RecordedLine("thin-ink-date-line-300dpi");
        Assert.EndsWith(" ๒๕๒๐๒", date.Text);

        string corrected = Corrector.Correct(image, date).Text;

        Assert.EndsWith(" ๒๕๖๒", corrected);
        Assert.Contains("๐๘๓๒.", corrected);
    }

    [Fact]
    public void Correct_DigitWrittenAsDigitAndLetter_ReadsTheNumber()
    {
        // eval/documents-tune/memo-khemarat-ita-2566.tif (tuning documents) as preprocessed: the ITA score ๘๗.๔๒ was read
        // "๕๓.๕ใ๒", the ๔ (its tail touching the ๒) written as ๕ and ใ; the letter split the run, and neither half's ink was
        // one digit.
        var (image, score) = RecordedLine("digit-written-as-digit-and-letter-300dpi");
        Assert.Contains(" ๕๓.๕ใ๒ ", score.Text);

        Assert.Contains(" ๘๗.๔๒ ", Corrector.Correct(image, score).Text);
    }

    [Fact]
    public void Correct_LettersAfterACommaThatFollowsAWord_Unchanged()
    {
        // The same ink and reading with the number before the comma turned into a word: no number's comma, nothing re-read.
        var (image, sum) = RecordedLine("thousands-group-read-as-letters-300dpi");
        var symbols = sum.Symbols.ToList();
        var number = Enumerable.Range(0, symbols.Count).Where(i => symbols[i].Text is "๕" or "๓").Skip(1).ToList(); // not จำนวน ๕
        Assert.Equal(3, number.Count);
        foreach (int i in number) symbols[i] = symbols[i] with { Text = "ก" };
        var word = sum with { Text = sum.Text.Replace("๕๓๕ ,", "กกก ,", StringComparison.Ordinal), Symbols = symbols };

        Assert.Contains("กกก ,ตเอ", Corrector.Correct(image, word).Text);
    }

    [Fact]
    public void Correct_ScannedBoldDigitsReadAsVowelAndLetters_ReadAsDigits()
    {
        // sample-docs/memo-kalasin-2565.tif page 1 (200 dpi), the reference ๕๑๐๐๑/ ๑๓๓๓: Tesseract wrote the bold ๓๓ as
        // "ดาด" after ๑๓, and า, no look-alike, ended the run.
        var (image, reference) = ReadScanCrop("bold-digits-read-as-letters-200dpi.png", "๕๑๐๐๑");

        Assert.EndsWith("๑๓๓๓", Corrector.Correct(image, reference).Text);
    }

    [Fact]
    public void Correct_ScannedDigitTouchingAVowelOfTheLineBelow_ReadsTheDigit()
    {
        // sample-docs/memo-nongwaeng-2568-p1.jpg (200 dpi), the phone ๐ ๔๓๒๖ ๑๕๔๗ wrapped onto its own line: the ี of
        // ที่ below rises into the ๔'s loop, and ๔ with that stroke under it was read ๘.
        var (image, phone) = ReadScanCrop("digit-touching-mark-below-200dpi.png", "๓๒");

        Assert.StartsWith("๔๓๒๖ ๑๕๔๗", Corrector.Correct(image, phone).Text);
    }

    [Fact]
    public void Correct_ScannedDecimalWhoseWholePartReadAsThaiLetters_ReadAsDigits()
    {
        // sample-docs/memo-buengkan-2567.tif page 5 (200 dpi), an ITA score: ๙๙.๔๖ read "สได.๕๒๐".
        var (image, score) = ReadScanCrop("decimal-read-as-letters-200dpi.png", "ปฏิบัติ");

        Assert.EndsWith("ร้อยละ ๙๙.๔๖", Corrector.Correct(image, score).Text);
    }

    [Fact]
    public void Correct_ScannedDecimalWhoseFirstDigitIsBoxedAcrossThePoint_ReadsTheFraction()
    {
        // sample-docs/memo-buengkan-2567.tif page 6 (200 dpi): ๙๐.๖๘ read "«๐.๐๕" with the first ๐'s box stretched over
        // the whole number; that box made the fraction's ink look like the ๐'s, and ๐๕ stayed.
        var (image, score) = ReadScanCrop("decimal-boxed-across-point-200dpi.png", "ร้อยละ");

        Assert.Contains("ร้อยละ ๙๐.๖๘", Corrector.Correct(image, score).Text);
    }

    [Theory]
    [InlineData("ได้ร้อยละ   ๕๓.๒๑   ของคะแนน", "๕๓", "สด")]
    [InlineData("ได้คะแนน   ๒๕.๓๐   คะแนน", "๓๐", "ตล")]
    public void Correct_DecimalPartReadAsThaiLetters_ReadAsDigits(string text, string part, string letters)
    {
        var (image, line) = ReadRendered(text);
        var misread = Misread(line, part, letters);

        Assert.Contains(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], Corrector.Correct(image, misread).Text);
    }

    [Theory]
    [InlineData("ประกาศ ณ วันที่ ๑ ต.ค.๒๕๖๖ นี้")]
    [InlineData("ที่ มท.๐๘๐๘.๒/ว ๑๒๓")]
    public void Correct_ThaiAbbreviationsGluedToNumbers_StayLetters(string text)
    {
        var (image, line) = ReadRendered(text);

        var corrected = Corrector.Correct(image, line);

        static string Letters(string s) => new(s.Where(DocIngest.Core.Thai.ThaiCharacters.IsConsonant).ToArray());
        Assert.Equal(Letters(line.Text), Letters(corrected.Text));
    }

    [Fact]
    public void Correct_DigitsReadAsLettersAndAFollowingVowel_ReadAsDigits()
    {
        // Rendered in Laksaman, Tesseract reads ๑๓๓๓ as "๑ด๑ดดา": า after a digit or look-alike is no Thai spelling.
        var (image, line) = ReadRendered("ที่ กส ๕๑๐๐๑/๑๓๓๓");

        Assert.EndsWith("๑๓๓๓", Corrector.Correct(image, line).Text);
    }

    /// <summary>
    /// <paramref name="line"/> as if Tesseract had written <paramref name="replacement"/> (one character per symbol) for the
    /// first occurrence of <paramref name="original"/>: the way a scan's Latin misreading looks, on a cleanly rendered line.
    /// </summary>
    private static RecognizedLine Misread(RecognizedLine line, string original, string replacement)
    {
        Assert.Equal(original.Length, replacement.Length);
        int start = line.Text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{original}' not in '{line.Text}'");
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols) ?? throw new InvalidOperationException("symbols do not spell the text");
        int first = Array.FindIndex(spans, span => span.Start == start);
        var symbols = line.Symbols.ToList();
        for (int k = 0; k < original.Length; k++)
            symbols[first + k] = symbols[first + k] with { Text = replacement[k].ToString() };
        return line with { Text = string.Concat(line.Text.AsSpan(0, start), replacement, line.Text.AsSpan(start + original.Length)), Symbols = symbols };
    }

    [Fact]
    public void Correct_LatinLettersForTheDayBeforeAMonth_ReadAsThaiDigits()
    {
        var (image, line) = ReadRendered("วันที่ ๒๐ พฤศจิกายน");
        var misread = Misread(line, "๒๐", "bo");

        Assert.Contains("๒๐ พฤศจิกายน", Corrector.Correct(image, misread).Text);
    }

    [Fact]
    public void Correct_LoneLookAlikeWithToneMarkAfterMatra_ReadAsTheDigit()
    {
        // Seen on real law lists: "มาตรา ซ่" for มาตรา ๗ (the digit's upper stroke read as a tone mark). The fast model,
        // with no ๗, reads this rendering as ๓; the scan's reading is put in its place.
        var (image, line) = ReadRendered("ตามมาตรา ๗ แห่งพระราชบัญญัติ");
        var misread = WithToneMarkAfter(Misread(line, "๓", "ซ"), 'ซ');

        Assert.Contains("มาตรา ๗ แห", Corrector.Correct(image, misread).Text);
    }

    [Fact]
    public void Correct_LookAlikeItemNumberGluedToItsText_ReadAsTheDigit()
    {
        // announcement-measures-1 p1 of the corpus pages and its header captures (tuning side): the item "๗.ให้มีการกำหนด"
        // opening a line was read "ซ.ให้มีการกำหนด" (ฒ. and ญ. in other captures), its text glued to the point.
        var (image, line) = ReadRendered("๗.ให้มีการกำหนดราคากลาง");
        // Whatever the engine made of the ๗ (one symbol or two) becomes one ซ over the same ink.
        int point = line.Text.IndexOf('.');
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int pointSymbol = Array.FindIndex(spans, span => span.Start == point);
        Assert.True(pointSymbol > 0, $"read as '{line.Text}'");
        var digitBoxes = line.Symbols.Take(pointSymbol).Select(symbol => symbol.Box).ToList();
        int top = digitBoxes.Min(b => b.Y), left = digitBoxes.Min(b => b.X);
        var lookAlike = new RecognizedSymbol("ซ", new BoundingBox(left, top, digitBoxes.Max(b => b.Right) - left, digitBoxes.Max(b => b.Bottom) - top), 0.7);
        var misread = line with { Text = "ซ" + line.Text[point..], Symbols = [lookAlike, .. line.Symbols.Skip(pointSymbol)] };

        Assert.StartsWith("ซ.", misread.Text);
        Assert.StartsWith("๗.", Corrector.Correct(image, misread).Text);
    }

    [Fact]
    public void Correct_LookAlikeWithToneMarkInsideANumber_ReadAsTheDigit()
    {
        var (image, line) = ReadRendered("ระยะที่ ๒ (พ.ศ. ๒๕๖๖-๒๕๗๐)");
        int year = line.Text.LastIndexOf("๒๕", StringComparison.Ordinal);
        var misread = WithToneMarkAfter(Misread(line, line.Text.Substring(year + 2, 1), "ซ"), 'ซ');

        Assert.Contains("๒๕๗๐", Corrector.Correct(image, misread).Text);
    }

    [Fact]
    public void Correct_ClosingBracketBoxedWithTheItemNumber_ReadsTheDigit()
    {
        // laws-list-2568 p11 of the corpus pages (tuning side, phone250-colour): the engine wrote (๔) as "(๑", one symbol
        // boxed over the ๔ and the closing bracket; the bracket's ink, no digit, used to keep the run as read. Here the
        // rendered line is given that reading.
        var (image, line) = ReadRendered("ข้อ (๔) สนับสนุน");
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int open = line.Text.IndexOf('('), close = line.Text.IndexOf(')');
        Assert.True(open >= 0 && close == open + 2, $"read as '{line.Text}'");
        int digit = Array.FindIndex(spans, span => span.Start == open + 1), bracket = Array.FindIndex(spans, span => span.Start == close);
        var (digitBox, bracketBox) = (line.Symbols[digit].Box, line.Symbols[bracket].Box);
        var merged = new RecognizedSymbol("๑", new BoundingBox(digitBox.X, Math.Min(digitBox.Y, bracketBox.Y), bracketBox.Right - digitBox.X,
            Math.Max(digitBox.Bottom, bracketBox.Bottom) - Math.Min(digitBox.Y, bracketBox.Y)), 0.6);
        var symbols = line.Symbols.ToList();
        symbols.RemoveRange(digit, bracket - digit + 1);
        symbols.Insert(digit, merged);
        var misread = line with { Text = string.Concat(line.Text.AsSpan(0, open + 1), "๑", line.Text.AsSpan(close + 1)), Symbols = symbols };

        // Spaces are the engine's (this rendering is read without them), so they are left out of the comparison.
        Assert.Contains("(๔สนับสนุน", Corrector.Correct(image, misread).Text.Replace(" ", ""));
    }

    /// <summary>The line with a tone mark symbol (boxed as its letter) after the first <paramref name="letter"/>.</summary>
    private static RecognizedLine WithToneMarkAfter(RecognizedLine line, char letter)
    {
        int at = line.Text.IndexOf(letter);
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int symbol = Array.FindIndex(spans, span => span.Start == at);
        var symbols = line.Symbols.ToList();
        symbols.Insert(symbol + 1, symbols[symbol] with { Text = "่" });
        return line with { Text = line.Text.Insert(at + 1, "่"), Symbols = symbols };
    }

    [Theory]
    [InlineData("ที่ อ.เมือง จ.ชลบุรี ข้อ ด้วย")]
    [InlineData("ลงวันที่ ๓ ธ.ค. ข้อ ซ้ำ")]
    [InlineData("ด.ช.สมชาย ใจดี ชั้นประถม")] // abbreviations opening a line, the place of an item number "๗.ให้"
    [InlineData("อ.เมือง จ.ชลบุรี")]
    public void Correct_ThaiLettersAndAbbreviationsInNumberPlaces_StayLetters(string text)
    {
        var (image, line) = ReadRendered(text);

        var corrected = Corrector.Correct(image, line);

        static string Letters(string s) => new(s.Where(ThaiCharacters.IsConsonant).ToArray());
        Assert.Equal(Letters(line.Text), Letters(corrected.Text));
    }

    [Fact]
    public void Correct_LatinLettersShapedLikeDigitsOutsideANumberPlace_StayLatin()
    {
        // The same glyphs, but nothing around them asks for a number: "bo" could be a Latin word, so it is not re-read.
        var (image, line) = ReadRendered("ระบบ ๒๐ ของเรา");
        var misread = Misread(line, "๒๐", "bo");

        Assert.Same(misread, Corrector.Correct(image, misread));
    }

    [Fact]
    public void Correct_StrayTokenBesideANumberBoxedOffItsInk_DoesNotClaimTheNumbersDigit()
    {
        // On a scan Tesseract wrote noise as "ii" before ๕/๒๕๖๔ and placed the ๕ symbol's box half a digit right of its
        // ink; the ๕ then looked like ink of the token's own and "ii" became a second ๕.
        var (image, line) = ReadRendered("คำสั่งที่ ๕/๒๕๖๔");
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int five = line.Text.IndexOf('๕'), symbol = Array.FindIndex(spans, span => span.Start == five);
        var box = line.Symbols[symbol].Box;
        var symbols = line.Symbols.ToList();
        symbols[symbol] = symbols[symbol] with { Box = box with { X = box.X + box.Width * 2 / 3 } };
        int noise = box.X - box.Width;
        symbols.InsertRange(symbol,
        [
            new RecognizedSymbol("i", new BoundingBox(noise, box.Y, 3, box.Height), 0.5),
            new RecognizedSymbol("i", new BoundingBox(noise + 5, box.Y, 3, box.Height), 0.5),
        ]);
        var noisy = line with { Text = line.Text.Insert(five, "ii "), Symbols = symbols };

        Assert.Contains("ii", Corrector.Correct(image, noisy).Text);
    }

    [Theory]
    [InlineData("คะแนน (ITA) ที่ www ระดับ B")]
    [InlineData("แบบวัด (OIT) ข้อ A และ (EIT) หน้า E")]
    public void Correct_RealLatinWordsInNumberPlaces_StayLatin(string text)
    {
        var (image, line) = ReadRendered(text);

        var corrected = Corrector.Correct(image, line);

        static string Latin(string s) => new(s.Where(char.IsAsciiLetter).ToArray());
        Assert.Equal(Latin(line.Text), Latin(corrected.Text));
    }

    /// <summary>
    /// A number between Thai words on a line typed in Thai digits, which the page engine (Thai and English models)
    /// writes as Latin letters or signs with no keyword before it ("ของเขต od" for ของเขต ๗): read again as a stray token.
    /// Lines of the tuning set rendered in the installed faces; the first assertion keeps the case a real one.
    /// </summary>
    [Theory]
    [InlineData("ผลการประเมิน ๙๔.๖๗ คะแนน อันดับ ๘ ของเขต ๗", DigitTestImages.Laksaman, "ของเขต")]
    [InlineData("สำนักงาน ๙ แห่ง ลูกจ้าง ๔๖ คน พนักงาน ๘๗ คน", DigitTestImages.Norasi, "คน พนักงาน")]
    public void Correct_LatinTokenOnLineOfThaiNumbers_ReadAsDigits(string text, string font, string marker)
    {
        var (image, line) = ReadRenderedPage(text, font, marker);
        string Digits(string s) => new(s.Where(ThaiDigits.IsThaiDigit).ToArray());
        Assert.NotEqual(Digits(text), Digits(line.Text));

        var corrected = Corrector.Correct(image, line);

        Assert.Equal(Digits(text), Digits(corrected.Text));
        var keywordsOnly = new ThaiDigitCorrector(ThaiDigitRecognizer.Shared, new ThaiDigitCorrectorOptions(StrayMinThaiNumbers: 0));
        Assert.NotEqual(Digits(text), Digits(keywordsOnly.Correct(image, line).Text));
    }

    /// <summary>Lower-case Latin words between Thai words on a line of Thai numbers are no digits the model reads.</summary>
    [Theory]
    [InlineData("แจ้งเรื่องครั้งที่ ๔ ปี ๒๕๖๗ ทาง line ของหน่วยงาน", "line")]
    [InlineData("ประชุมครั้งที่ ๔ ปี ๒๕๖๗ ผ่านระบบ zoom ของสำนักงาน", "zoom")]
    [InlineData("ข้อมูล ๓ ชุด ใน excel และ pdf ภายใน ๗ วัน", "excel")]
    public void Correct_LatinWordOnLineOfThaiNumbers_StaysLatin(string text, string word)
    {
        var (image, line) = ReadRenderedPage(text, DigitTestImages.Laksaman, word);
        Assert.Contains(word, line.Text);

        Assert.Contains(word, Corrector.Correct(image, line).Text);
    }

    /// <summary>The line as the page engine reads it (libtesseract, Thai and English models), from an ImageMagick rendering.</summary>
    private static (GrayImage Image, RecognizedLine Line) ReadRenderedPage(string text, string font, string marker)
    {
        string path = Path.Combine(Path.GetTempPath(), $"thai-numbers-line-{Guid.NewGuid():N}.png");
        try
        {
            var renderer = new ImageMagickRenderer();
            renderer.RenderToFile(font, 16, text, path);
            var image = renderer.LoadGray(path);
            using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
            return (image, engine.Recognize(image, null, SegmentationMode.Auto).Single(l => l.Text.Contains(marker)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The line as the real engine reads it: ImageMagick rendering, tesseract CLI hOCR with character boxes.</summary>
    private static (GrayImage Image, RecognizedLine Line) ReadRendered(string text, string font = DigitTestImages.Laksaman, double size = 16) =>
        RenderedLine.Read(text, font, size);

    [Fact]
    public void Correct_OrderNumberWithDigitsTesseractCannotRead_RestoresThem()
    {
        var (image, line) = ReadRendered("คำสั่งที่ ๔๗/๒๕๖๘");

        var corrected = Corrector.Correct(image, line);

        Assert.EndsWith("๔๗/๒๕๖๘", corrected.Text.Replace(" ", ""));
    }

    [Fact]
    public void Correct_DateWithSeveralDigitRuns_RestoresEveryRun()
    {
        var (image, line) = ReadRendered("วันที่ ๒๙ ก.ย. ๒๕๖๗", DigitTestImages.Norasi, 16);

        var corrected = Corrector.Correct(image, line);

        // Spaces are Tesseract's (the corrector keeps them), so only the digits are compared.
        Assert.Equal("๒๙๒๕๖๗", new string(corrected.Text.Where(DocIngest.Core.Thai.ThaiDigits.IsThaiDigit).ToArray()));
    }

    [Fact]
    public void Correct_KeepsEveryCharacterThatIsNoDigitOrLookAlike()
    {
        var (image, line) = ReadRendered("ร้อยละ ๘๙.๗๖ ของคะแนน");

        var corrected = Corrector.Correct(image, line);

        // Look-alikes (e.g. ฒ that Tesseract writes for ๗) next to digits are meant to become digits; nothing else may change.
        static string Letters(string s) => new(s.Where(c => !DocIngest.Core.Thai.ThaiDigits.IsDigit(c) && !ThaiDigitCorrectorOptions.DefaultLookAlikes.Contains(c)).ToArray());
        Assert.Equal(Letters(line.Text), Letters(corrected.Text));
    }

    [Fact]
    public void Correct_ArabicDigitsOnly_ReturnsLineUnchanged()
    {
        var (image, line) = ReadRendered("ปี 2564 ข้อ 17");

        Assert.Same(line, Corrector.Correct(image, line));
    }

    [Fact]
    public void Correct_SymbolsThatDoNotSpellTheText_ReturnsLineUnchanged()
    {
        var line = new RecognizedLine("๕๕", new BoundingBox(0, 0, 40, 20), 0.9,
            [new RecognizedSymbol("๕", new BoundingBox(0, 0, 20, 20), 0.9)]);

        Assert.Same(line, Corrector.Correct(new GrayImage(40, 20), line));
    }

    /// <summary>
    /// The committed fixture lines (written by <c>train-digits evaluate --write-fixtures</c>: dates, order numbers, scores,
    /// phone numbers in several fonts, half of them blurred and noisy) read by the real tesseract CLI: the corrector must
    /// raise digit accuracy well above plain Tesseract's and reach the figure measured in docs/digits.md.
    /// </summary>
    [Fact]
    public void Correct_FixtureLines_DigitAccuracyFarAbovePlainTesseract()
    {
        string directory = DigitTestImages.FixtureDirectory();
        var lines = File.ReadAllLines(Path.Combine(directory, "lines.tsv")).Select(l => l.Split('\t'))
            .Select(p => new BenchmarkLine(Path.Combine(directory, p[0]), p[1], p[2], double.Parse(p[3], CultureInfo.InvariantCulture)))
            .ToList();

        var result = new LineBenchmark(new ImageMagickRenderer(), new TesseractCli()).Run(lines, Corrector);

        Assert.True(result.Plain.Digits >= 50, $"fixture has only {result.Plain.Digits} Thai digits");
        Assert.InRange(result.Plain.Accuracy, 0, 0.75);
        Assert.InRange(result.Corrected.Accuracy, 0.9, 1);
    }
}
