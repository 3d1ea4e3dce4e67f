using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CuedNumberRereaderTests
{
    [Theory] // the shapes the ITA sweep and a tuning analysis showed after their cues
    [InlineData("ปีงบประมาณ พ.ศ. Wed ซึ่งอยู่ในระดับ AA ด้วยคะแนน ค๕.ต๓ตต คะแนน", "Wed|ค๕.ต๓ตต")]
    [InlineData("ได้คะแนน 8a.ba อยู่ในระดับ A", "8a.ba")]
    [InlineData("ผลการประเมินปี ๒๕ต๗ ได้ ๙ต.๔๑ คะแนน", "๒๕ต๗|๙ต.๔๑")]
    [InlineData("ประจำปีงบประมาณ พ.ศ.๒ด๖ข)", "๒ด๖ข")]
    [InlineData("สิ่ง ณ TUN ow มกราคม WA. wes", "ow|wes")]                // order-maesuai-table's issue line: day and year
    [InlineData("ประกาศ ณ วันที่ ๕ ตุลาคม พ,ศ. wed.", "wed")]              // the era's point read as a comma
    [InlineData("ให้เป็นไปตามมาตรา ส« แห่งพระราชบัญญัติ", "ส«")]          // a section number read as a letter and a sign
    [InlineData("หมวด lo บทเฉพาะกาล", "lo")]                              // a chapter number read as Latin letters
    [InlineData("ตามข้อ a). ของระเบียบ", "a")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖. เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖", "๒๕๖")]   // a year's last digit lost
    [InlineData("ความโปร่งใส ปีงบประมาณ ๒๔ฯฯว ได้คะแนน", "๒๔ฯฯว")]                // ฯ for a year's looped digits
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๔ ได้คะแนน ฒฯว.๖๔๒ คะแนน", "ฒฯว.๖๔๒")]          // and for a score's
    [InlineData("ประจำปีงบประมาณพ.ศ. . ซดว ซึ่งได้คะแนน", "ซดว")]                     // behind a speck, read as Thai letters
    [InlineData("ปีงบประมาณ พ.ศ. , Wed ได้คะแนน", "Wed")]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕ DEV ซึ่งเทศบาลได้รับ", "๒๕ DEV")]             // split in two by a space
    [InlineData("ปีงบประมาณ พ.ศ. OE DEV ซึ่งเทศบาลได้รับ", "OE DEV")]                 // and both pieces garbled
    public void Find_GarbledNumberAfterItsCue_TheTokens(string text, string tokens)
    {
        var found = CuedNumberRereader.Find(text);
        Assert.Equal(tokens.Split('|'), found.Select(f => text[f.Start..f.End]));
    }

    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๕.๓๘ คะแนน")]       // clean numbers
    [InlineData("ปีงบประมาณ 2566 ได้คะแนน 88.12 คะแนน อยู่ในระดับ A")]
    [InlineData("ผลการประเมินปีนี้ ได้คะแนนสูงกว่า ปีที่ผ่านมา")]        // Thai words after the cues
    [InlineData("คะแนนรวม ITA ของหน่วยงาน")]                             // a real Latin word, no point: no score's shape
    [InlineData("ระยะเวลา มกราคม - มีนาคม ๒๕๖๗")]                       // no cue
    [InlineData("สั่ง ณ วันที่ ๑๗ มกราคม พ.ศ. ๒๕๖๖")]                     // a date read right
    [InlineData("ตั้งแต่เดือน มกราคม เป็นต้นไป")]                          // a month with no year after it
    [InlineData("ตามมาตรา ๑๔ และมาตรา 15 แห่งพระราชบัญญัติ")]              // clean section numbers
    [InlineData("ข้อมูลข่าวสาร ตามข้อกฎหมาย")]                               // words glued to ข้อ
    [InlineData("ผ่านมาแล้ว ปี ฯลฯ และจำนวน ๒๕๖ คน")]                          // ฯ with no digit; three digits with no year cue
    [InlineData("ตามมาตรา ๒๕๖ แห่งประมวลกฎหมาย")]                              // three digits after a section's cue
    [InlineData("ประกาศ ณ วันที่ ๒ ธันวาคม พ.ศ. , ๒๕๖๗")]                           // a clean year behind a speck
    [InlineData("ผลการประเมินปี ซดว ของหน่วยงาน")]                                  // Thai letters after ปี: a word may stand there
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕ ๖๗ และ")]                                  // a year split into clean digits
    [InlineData("ในรอบปี ๓ ครั้ง ตามแผน")]                                           // a count and a word after ปี: no era, no split year
    public void Find_NoGarbledNumberAfterACue_Empty(string text) =>
        Assert.Empty(CuedNumberRereader.Find(text));

    [Theory]
    [InlineData("ได้รับผลการประเมินระดับ AA ด้วยคะแนน ๙๕.๓๘ คะแนน", "ด้วยคะแนน", "๙๕.๓๘", "ค๕.ต๓ตต")]
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "พ.ศ.", "๒๕๖๗", "Wed")]
    public void Apply_RenderedLineWithItsNumberReadAsLetters_PutsBackTheDigits(string printed, string cue, string number, string misread)
    {
        var (image, line) = LayoutTestImages.RenderAndRead(printed);
        var garbled = WithTokenReadAs(line, cue, misread);

        var result = Assert.Single(new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply([garbled], image));

        Assert.Contains(number, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(misread, result.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(result.Text, result.Symbols));
    }

    [Theory]
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. . ๒๕๖๗ ได้คะแนน", "พ.ศ. .", "ซดว")]   // behind a speck, read as Thai letters
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน", "พ.ศ.", "๒๕ DEV")]   // split in two by a space
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน", "พ.ศ.", "OE DEV")]
    public void Apply_RenderedYearBehindASpeckOrSplit_PutsBackTheYear(string printed, string cue, string misread)
    {
        var (image, line) = LayoutTestImages.RenderAndRead(printed);
        var garbled = WithTokenReadAs(line, cue, misread);
        Assert.Contains(misread, garbled.Text, StringComparison.Ordinal);

        var result = Assert.Single(new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply([garbled], image));

        Assert.Contains(cue + " ๒๕๖๗ ได้คะแนน", result.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(result.Text, result.Symbols));
    }

    [Theory]
    [InlineData("ให้เป็นไปตามบทบัญญัติแห่งมาตรา ๙", "มาตรา", "มาตรา ๙", "ส«")]
    [InlineData("หมวด ๒ การกำกับดูแล", "หมวด", "หมวด ๒", "lo")]
    public void Apply_RenderedSectionNumberReadAsLettersOrSigns_PutsBackTheDigits(string printed, string cue, string section, string misread)
    {
        var (image, line) = LayoutTestImages.RenderAndRead(printed);
        var garbled = WithTokenReadAs(line, cue, misread);

        var result = Assert.Single(new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply([garbled], image));

        Assert.Contains(section, result.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(result.Text, result.Symbols));
    }

    [Theory]
    [InlineData("")]    // the digit's ink not read at all
    [InlineData(".")]   // read as a point
    public void Apply_RenderedYearWhoseLastDigitTheEngineLost_PutsBackTheDigit(string lastDigitReadAs)
    {
        var (image, line) = LayoutTestImages.RenderAndRead("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
        var shortened = WithoutLastGlyphOfTokenAfter(line, "พ.ศ.", "๒๕๖๗", lastDigitReadAs);
        Assert.EndsWith("พ.ศ. ๒๕๖" + lastDigitReadAs, shortened.Text, StringComparison.Ordinal);

        var result = Assert.Single(new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply([shortened], image));

        Assert.EndsWith("พ.ศ. ๒๕๖๗", result.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(result.Text, result.Symbols));
    }

    [Fact]
    public void Apply_RenderedThaiLetterItemReadAsLatinAfterTheSectionCue_LineKept()
    {
        // A form's item ก after ข้อ, written as if read as a Latin letter: the model reads no Thai digit in its ink.
        var (image, line) = LayoutTestImages.RenderAndRead("ให้กรอกตามข้อ ก ของแบบฟอร์ม");
        var garbled = WithTokenReadAs(line, "ข้อ", "n");
        var lines = new[] { garbled };
        Assert.Single(CuedNumberRereader.Find(garbled.Text));

        Assert.Same(lines, new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image));
    }

    [Fact]
    public void Apply_RenderedDateWithDayEraAndYearReadAsLatin_PutsBackDayAndYear()
    {
        var (image, line) = LayoutTestImages.RenderAndRead("สั่ง ณ วันที่ ๑๗ มกราคม พ.ศ. ๒๕๖๖");
        var garbled = WithTokenReadAs(WithTokenReadAs(WithTokenReadAs(line, "มกราคม", "WA."), "WA.", "wes"), "วันที่", "ow");

        var result = Assert.Single(new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply([garbled], image));

        Assert.Contains("๑๗ มกราคม WA. ๒๕๖๖", result.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(result.Text, result.Symbols));
    }

    [Fact]
    public void Apply_RenderedThaiWordWhereTheScoreWasExpected_LineKept()
    {
        // The letters of a real word after the cue, written as if garbled into a score's shape: the model rejects them.
        var (image, line) = LayoutTestImages.RenderAndRead("ได้คะแนน สูงสุด ในจังหวัด");
        var garbled = WithTokenReadAs(line, "ได้คะแนน", "aง.สด");
        var lines = new[] { garbled };

        var result = new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image);

        Assert.Same(lines, result);
    }

    [Fact]
    public void Apply_RenderedYearOutsideTheYearsShape_LineKept()
    {
        // ปี before a count of four digits that is no year (๑๒๓๔): the digits are read, but the shape is not a year's.
        var (image, line) = LayoutTestImages.RenderAndRead("ดำเนินการมาแล้ว ปี ๑๒๓๔ ครั้ง");
        var garbled = WithTokenReadAs(line, "ปี", "ab๓๔");
        var lines = new[] { garbled };

        Assert.Same(lines, new CuedNumberRereader(ThaiDigitRecognizer.Shared).Apply(lines, image));
    }

    /// <summary>
    /// The engine's reading with the four-glyph token after <paramref name="cue"/> read as the first three digits of
    /// <paramref name="number"/>, its last glyph gone from text and symbols (as when the engine drops a digit's ink) or
    /// read as <paramref name="lastReadAs"/>.
    /// </summary>
    private static RecognizedLine WithoutLastGlyphOfTokenAfter(RecognizedLine line, string cue, string number, string lastReadAs)
    {
        int cueAt = line.Text.IndexOf(cue + " ", StringComparison.Ordinal);
        Assert.True(cueAt >= 0, $"the engine did not read {cue} in {line.Text}");
        int at = cueAt + cue.Length + 1;
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int first = Array.FindIndex(spans, s => s.Start == at);
        Assert.True(first >= 0 && first + 4 <= spans.Length && spans.Skip(first).Take(4).All(s => s.Length == 1), $"the engine's token after {cue} is no four glyphs: {line.Text}");
        var symbols = line.Symbols.ToList();
        for (int g = 0; g < 3; g++) symbols[first + g] = symbols[first + g] with { Text = number[g].ToString() };
        if (lastReadAs.Length == 0) symbols.RemoveAt(first + 3);
        else symbols[first + 3] = symbols[first + 3] with { Text = lastReadAs };
        return line with { Text = line.Text[..at] + number[..3] + lastReadAs + line.Text[(at + 4)..], Symbols = symbols };
    }

    /// <summary>
    /// The engine's reading with the word after <paramref name="cue"/> (the engine's own reading of the number, whose Thai
    /// digits it may get wrong) replaced by <paramref name="misread"/>, each letter boxed where the word was.
    /// </summary>
    private static RecognizedLine WithTokenReadAs(RecognizedLine line, string cue, string misread)
    {
        int cueAt = line.Text.IndexOf(cue, StringComparison.Ordinal);
        Assert.True(cueAt >= 0, $"the engine did not read {cue} in {line.Text}");
        int at = cueAt + cue.Length;
        while (at < line.Text.Length && line.Text[at] == ' ') at++;
        int end = line.Text.IndexOf(' ', at);
        string token = line.Text[at..(end < 0 ? line.Text.Length : end)];
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int first = Array.FindIndex(spans, s => s.Start >= at);
        int after = Array.FindIndex(spans, s => s.Start >= at + token.Length);
        if (after < 0) after = spans.Length;
        var box = line.Symbols.Skip(first).Take(after - first).Select(s => s.Box).Aggregate((a, b) => a.Union(b));
        var symbols = misread.Where(c => c != ' ').Select(c => new RecognizedSymbol(c.ToString(), box, 0.9)).ToList();
        return line with
        {
            Text = line.Text[..at] + misread + line.Text[(at + token.Length)..],
            Symbols = [.. line.Symbols.Take(first), .. symbols, .. line.Symbols.Skip(after)],
        };
    }
}
