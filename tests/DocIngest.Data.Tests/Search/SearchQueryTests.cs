using DocIngest.Data.Search;

namespace DocIngest.Data.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void Parse_SpacesAndQuotes_SeparateTermsAndKeepPhrase()
    {
        var query = SearchQuery.Parse("บันทึก  ข้อตกลง \"ความโปร่งใส ภายใน\"");

        Assert.Equal(["บันทึก", "ข้อตกลง", "ความโปร่งใส ภายใน"], query.Terms.Select(t => t.Text));
        Assert.Equal([false, false, true], query.Terms.Select(t => t.Phrase));
    }

    [Theory]
    [InlineData("๒๕๖๓")]
    [InlineData("2563")]
    [InlineData("2020")]
    [InlineData("พ.ศ. ๒๕๖๓")]
    [InlineData("ปีงบประมาณ2563")]
    public void Parse_YearInAnyForm_OneYearTermInBuddhistEra(string typed)
    {
        var term = Assert.Single(SearchQuery.Parse(typed).Terms);

        Assert.Equal(2563, term.Year);
        Assert.Equal(["2563", "2020"], term.Forms);
    }

    [Fact]
    public void Parse_NumberThatIsNoYear_PlainTerm()
    {
        var term = Assert.Single(SearchQuery.Parse("๘๕.๕๐").Terms);

        Assert.Null(term.Year);
        Assert.Equal(["85.50"], term.Forms);
    }

    [Theory]
    [InlineData("อบต.โคกคอน", "องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("องค์การบริหารส่วนตำบลโคกคอน", "อบต.โคกคอน")]
    [InlineData("ทต.นาคู", "เทศบาลตำบลนาคู")]
    [InlineData("อบต", "องค์การบริหารส่วนตำบล")]
    public void Parse_OrganisationShortForm_MatchesTheOtherFormToo(string typed, string other)
    {
        var term = Assert.Single(SearchQuery.Parse(typed).Terms);

        Assert.Contains(other, term.Forms);
    }

    [Fact]
    public void Parse_PunctuationOnly_NoTerms() => Assert.Empty(SearchQuery.Parse(" - \"\" / ").Terms);

    [Fact]
    public void Indexable_OneOrTwoLettersAfterFolding_IsNot()
    {
        var terms = SearchQuery.Parse("IT ที่ ทรัพย์สิน").Terms;

        Assert.Equal([false, false, true], terms.Select(t => t.Indexable));
    }

    [Fact]
    public void IndexPieces_OrganisationName_AskForTheNameAfterTheKind()
    {
        var term = Assert.Single(SearchQuery.Parse("อบต.โคกคอน").Terms);

        Assert.Equal([SearchIndex.Loose("โคกคอน")], term.IndexPieces);
        // A kind alone has no name after it: the whole forms are asked for.
        Assert.Equal([SearchIndex.Loose("อบต."), SearchIndex.Loose("องค์การบริหารส่วนตำบล")], Assert.Single(SearchQuery.Parse("อบต.").Terms).IndexPieces);
    }
}
