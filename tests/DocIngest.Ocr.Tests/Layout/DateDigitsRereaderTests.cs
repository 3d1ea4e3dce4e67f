using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class DateDigitsRereaderTests
{
    [Theory] // readings of date lines at the line passes on the tuning material (marks not yet restored)
    [InlineData("ที่ ขบ ๐๕๓๒.๑/๕๐ วันท om พฤศจกายน ๒๕๒๐๒", "om พฤศจกายน", "om", null)]
    [InlineData("ที่ ชม ๐๐๓๒. ๓๐๑/๒๑๘ | วันที่ ๑๔ พฤศจิกายน Wedel", "พฤศจิกายน Wedel", null, "Wedel")]
    [InlineData("สิ่ง ณ TUN ow มกราคม WA. wes", "ow มกราคม WA. wes", "ow", "wes")]
    [InlineData("ประกาศ ณ Tuam พฤศจกายน พ.ศ. ๒๕๖๒", "Tuam พฤศจกายน", "Tuam", null)]   // วันที่ and the day as one word
    public void MisreadDate_DayOrYearReadAsLatin_TheDatesStretchAndTokens(string text, string stretch, string? day, string? year)
    {
        var found = DateDigitsRereader.MisreadDate(text);
        Assert.NotNull(found);
        Assert.Equal(stretch, text[found.Value.Start..found.Value.End]);
        Assert.Equal(day, found.Value.Day is { } d ? text[d] : null);
        Assert.Equal(year, found.Value.Year is { } y ? text[y] : null);
    }

    [Theory]
    [InlineData("ที่ ชบ ๐๘๓๒.๑/๕๑ วันที่ ๑๘ พฤศจิกายน ๒๕๖๒")]     // read right
    [InlineData("ประกาศ ณ วันที่ 3 ตุลาคม พ.ศ. 2565")]            // Arabic digits, read right
    [InlineData("ตั้งแต่เดือนตุลาคม ๒๕๖๖ ถึงเดือนกันยายน ๒๕๖๗")]  // months in prose
    [InlineData("ระยะเวลา มกราคม - มีนาคม ๒๕๖๗")]
    [InlineData("ประชุม ITA ครั้งที่ ๒ เดือน มีนาคม ๒๕๖๗")]       // Latin, but not the day or the year
    [InlineData("ประกาศ ณ Bangkok มีนาคม ๒๕๖๗")]                 // a long Latin word after ณ is no label and day
    [InlineData("สั่ง ณวันที่ ๘ กุมภาพันธ์ พ.ศ. ๒๔งฒ")]            // Thai digits in the year: the digit model's
    [InlineData("ประกาศ ณวันที่ ๑๔ ตุลาคม พ.ศ. ๒๕๖a")]
    public void MisreadDate_DateReadRight_Null(string text) =>
        Assert.Null(DateDigitsRereader.MisreadDate(text));

    [Fact]
    public void Apply_RenderedDateWithItsDayReadAsLatin_PutsBackTheDay()
    {
        var (image, line) = RenderedLine.Read("วันที่ ๑๓ พฤศจิกายน ๒๕๖๒");
        var misread = WithLatinDay(line, "om");
        using var latinFree = RenderedLine.ThaiEngine();

        var result = Assert.Single(DateDigitsRereader.Apply([misread], image, latinFree));

        // The day back as the digits printed; the year was not misread and stays as the engine read it.
        Assert.Contains("๑๓ พฤศจิกายน", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("om", result.Text, StringComparison.Ordinal);
        Assert.StartsWith("วันที่", result.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(result.Text, result.Symbols));
    }

    [Fact]
    public void Apply_RenderedIssueDateWithLabelAndDayReadAsOneLatinWord_PutsBackLabelAndDay()
    {
        var (image, line) = RenderedLine.Read("ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๕๖๒");
        int label = line.Text.IndexOf('ว');
        int day = line.Text.IndexOf('๑');
        Assert.True(label > 0 && day > label, $"the engine read no label and day in {line.Text}");
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int first = Array.FindIndex(spans, s => s.Start >= label);
        int after = Array.FindIndex(spans, s => s.Start >= day + 2);
        var box = line.Symbols.Skip(first).Take(after - first).Select(s => s.Box).Aggregate((a, b) => a.Union(b));
        var misread = line with
        {
            // A space after ณ, as on the page: the engine may glue the rendered label to it.
            Text = line.Text[..label].TrimEnd() + " Tuam" + line.Text[(day + 2)..],
            Symbols = [.. line.Symbols.Take(first), .. "Tuam".Select(c => new RecognizedSymbol(c.ToString(), box, 0.9)), .. line.Symbols.Skip(after)],
        };
        using var latinFree = RenderedLine.ThaiEngine();

        var result = Assert.Single(DateDigitsRereader.Apply([misread], image, latinFree));

        Assert.DoesNotContain("Tuam", result.Text, StringComparison.Ordinal);
        Assert.Contains("๑๓ พฤศจิกายน", result.Text, StringComparison.Ordinal);
        Assert.StartsWith("ประกาศ ณ วัน", result.Text, StringComparison.Ordinal);
        Assert.NotNull(SymbolTextAlignment.Align(result.Text, result.Symbols));
    }

    /// <summary>The engine's reading with the day's digits replaced by Latin letters boxed where the day was.</summary>
    private static RecognizedLine WithLatinDay(RecognizedLine line, string latin)
    {
        int day = line.Text.IndexOf('๑');
        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols)!;
        int first = Array.FindIndex(spans, s => s.Start >= day);
        int after = Array.FindIndex(spans, s => s.Start >= day + 2);
        var box = line.Symbols.Skip(first).Take(after - first).Select(s => s.Box).Aggregate((a, b) => a.Union(b));
        var symbols = latin.Select(c => new RecognizedSymbol(c.ToString(), box, 0.9)).ToList();
        return line with
        {
            // A space before the day, as on the pages: the engine may glue the rendered day to วันที่.
            Text = line.Text[..day].TrimEnd() + " " + latin + line.Text[(day + 2)..],
            Symbols = [.. line.Symbols.Take(first), .. symbols, .. line.Symbols.Skip(after)],
        };
    }
}
