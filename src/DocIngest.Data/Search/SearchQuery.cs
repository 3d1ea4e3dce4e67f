using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Organizations;
using DocIngest.Core.Thai;

namespace DocIngest.Data.Search;

/// <summary>
/// One term of a query. A row matches the term when it holds one of <see cref="Forms"/> (folded as the index folds
/// text); a year term (<see cref="Year"/>, Buddhist Era) matches the row's fiscal year or a year in its text, written
/// BE or CE.
/// </summary>
public sealed record SearchTerm(string Text, IReadOnlyList<string> Forms, int? Year, bool Phrase)
{
    /// <summary>The forms as the tolerant index holds text: marks and spaces dropped, look-alike glyphs folded.</summary>
    public IReadOnlyList<string> LooseForms { get; } = Forms.Select(SearchIndex.Loose).Distinct().ToList();

    /// <summary>
    /// What the index is asked for: each loose form, or for a form that begins with a local-government kind
    /// (อบต., องค์การบริหารส่วนตำบล ...) the distinctive name after it when that has a trigram. The kind's trigrams
    /// occur in a third of all rows, so a phrase that includes them is slow to find; every candidate is checked
    /// against the whole form afterwards.
    /// </summary>
    public IReadOnlyList<string> IndexPieces { get; } = Forms.Select(f => SearchQuery.DistinctivePart(f) is { Length: >= 3 } name ? name : SearchIndex.Loose(f))
        .Distinct().ToList();

    /// <summary>
    /// True when every loose form has a trigram, so the tolerant index can find the term; shorter terms ("IT", "ที่")
    /// are matched exactly.
    /// </summary>
    public bool Indexable => Year is not null || LooseForms.All(f => f.Length >= 3);

    /// <summary>
    /// The weighted edit cost (<see cref="Core.Text.ThaiEditCosts"/>) a tolerant match of this term may have: marks
    /// and look-alikes on any indexable term, one other slip (a letter lost, added or misread) on longer ones, where a
    /// slip still leaves the word recognisable.
    /// </summary>
    public double MaxCost => Year is not null ? 0 : Forms.Min(f => f.Length) switch { >= 6 => 1.4, >= 4 => 0.8, _ => 0.4 };
}

/// <summary>
/// A search query as a Thai user types it: spaces separate terms (every term must match, in any order), "quotes" make
/// a phrase, Thai and Arabic digits are one, a year (2563, ๒๕๖๓, 2020, พ.ศ.2563) matches the fiscal year and years in
/// the text, and local-government short forms match their full names both ways (อบต. / องค์การบริหารส่วนตำบล).
/// </summary>
public sealed partial class SearchQuery
{
    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    /// <summary>The terms, in the order typed.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>The (BE) year the query names, if any: rows of that fiscal year rank first.</summary>
    public int? Year => Terms.Select(t => t.Year).FirstOrDefault(y => y is not null);

    /// <summary>Parses <paramref name="query"/>; a query of nothing but spaces and punctuation has no terms.</summary>
    public static SearchQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string folded = EraBeforeYear().Replace(SearchIndex.Fold(query.Replace('“', '"').Replace('”', '"')), "${era}");
        var terms = new List<SearchTerm>();
        var seen = new HashSet<string>();
        foreach (Match m in TermPattern().Matches(folded))
        {
            bool phrase = m.Groups["phrase"].Success;
            string text = (phrase ? m.Groups["phrase"].Value : m.Groups["word"].Value).Trim();
            if (!text.Any(char.IsLetterOrDigit) || !seen.Add(text)) continue;
            terms.Add(Term(text, phrase));
        }
        return new SearchQuery(terms);
    }

    private static SearchTerm Term(string text, bool phrase)
    {
        if (!phrase && YearPattern().Match(text) is { Success: true } y && y.Groups["year"].Value.Length == 4 &&
            ThaiCalendar.NormalizeToBuddhistYear(int.Parse(y.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)) is int be)
            return new SearchTerm(text, [be.ToString(System.Globalization.CultureInfo.InvariantCulture), ThaiCalendar.ToCommonEra(be).ToString(System.Globalization.CultureInfo.InvariantCulture)], be, false);
        return new SearchTerm(text, OrganizationForms(text.ToLowerInvariant()), null, phrase);
    }

    /// <summary>
    /// <paramref name="text"/> and the same with a local-government short form written out or a full name shortened
    /// (อบต.โคกคอน, องค์การบริหารส่วนตำบลโคกคอน); a short form typed without its dot (อบต) counts as the short form.
    /// </summary>
    public static IReadOnlyList<string> OrganizationForms(string text)
    {
        var forms = new List<string> { text };
        foreach (var (abbreviation, full) in OrganizationNames.ShortForms)
        {
            string bare = abbreviation.TrimEnd('.');
            if (text == bare) forms.AddRange([abbreviation, full]);
            else if (text.Contains(abbreviation, StringComparison.Ordinal))
                forms.Add(text.Replace(abbreviation + " ", full, StringComparison.Ordinal).Replace(abbreviation, full, StringComparison.Ordinal));
            else if (text.Contains(full, StringComparison.Ordinal))
                forms.Add(text.Replace(full, abbreviation, StringComparison.Ordinal));
        }
        return forms.Distinct().ToList();
    }

    /// <summary>The loose form of what follows a local-government kind at the start of <paramref name="form"/>, or null.</summary>
    internal static string? DistinctivePart(string form)
    {
        foreach (var (abbreviation, full) in OrganizationNames.ShortForms)
            foreach (var kind in new[] { full, abbreviation })
                if (form.StartsWith(kind, StringComparison.Ordinal))
                    return SearchIndex.Loose(form[kind.Length..]);
        return null;
    }

    // A quoted phrase, or a run without spaces and quotes.
    [GeneratedRegex("\"(?<phrase>[^\"]*)\"?|(?<word>[^\\s\"]+)")]
    private static partial Regex TermPattern();

    // "พ.ศ. 2563" typed with a space is one year term, not two.
    [GeneratedRegex(@"(?<era>พ\.ศ\.|ค\.ศ\.|ปีงบประมาณ|ปี) +(?=\d{4}(?!\d))")]
    private static partial Regex EraBeforeYear();

    // A year, optionally after พ.ศ. / ค.ศ. / ปี / ปีงบประมาณ.
    [GeneratedRegex(@"^(?:พ\.ศ\.|ค\.ศ\.|ปีงบประมาณ|ปี)?(?<year>\d{4})$")]
    private static partial Regex YearPattern();
}
