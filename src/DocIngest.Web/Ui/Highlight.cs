using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocIngest.Data.Search;
using Microsoft.AspNetCore.Html;

namespace DocIngest.Web.Ui;

/// <summary>Marks the query's terms in search results, HTML-encoded around the marks.</summary>
public static partial class Highlight
{
    private const char Open = '\u0001', Close = '\u0002';

    /// <summary>
    /// A search snippet from the index, with the query's terms marked. The index brackets what it matched: a
    /// bracketed run that is (part of) a term loses its brackets and the term is marked; one that matched a term only
    /// approximately (a mark or a letter off, <see cref="SearchHit.Approximate"/>) is marked as it stands. Other
    /// brackets are the document's and stay.
    /// </summary>
    public static IHtmlContent Snippet(string snippet, string? query)
    {
        var forms = Forms(query);
        if (forms.Count == 0) return new HtmlString(WebUtility.HtmlEncode(snippet));
        string unbracketed = Bracketed().Replace(snippet, m =>
        {
            string inner = SearchIndex.Fold(m.Groups[1].Value).Trim().ToLowerInvariant();
            if (inner.Length > 0 && forms.Any(f => f.Contains(inner, StringComparison.Ordinal))) return m.Groups[1].Value;
            string loose = SearchIndex.Loose(inner);
            bool near = loose.Length >= 3 && forms.Select(SearchIndex.Loose).Any(f => f.Contains(loose, StringComparison.Ordinal) || loose.Contains(f, StringComparison.Ordinal));
            return near ? Open + m.Groups[1].Value + Close : m.Value;
        });
        return Mark(unbracketed, forms);
    }

    /// <summary>Every occurrence of the query's terms in a text, marked.</summary>
    public static IHtmlContent Text(string text, string? query)
    {
        var forms = Forms(query);
        return forms.Count == 0 ? new HtmlString(WebUtility.HtmlEncode(text)) : Mark(text, forms);
    }

    // The forms of the query's terms as typed and folded (Thai digits and Arabic alike, short forms both ways).
    private static List<string> Forms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        return SearchQuery.Parse(query).Terms.SelectMany(t => t.Forms).Where(f => f.Length > 0).Distinct().ToList();
    }

    private static HtmlString Mark(string text, IReadOnlyList<string> forms)
    {
        var marked = new bool[text.Length];
        bool inside = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == Open) inside = true;
            else if (text[i] == Close) inside = false;
            else marked[i] = inside;
        }
        // Digits fold alike (๒๕๖๖ = 2566), so terms are looked for in the folded text, which keeps every position.
        string folded = Regex.Replace(Core.Thai.ThaiDigits.ToArabic(text), "\n", " ");
        foreach (var form in forms)
            for (int at = folded.IndexOf(form, StringComparison.OrdinalIgnoreCase); at >= 0; at = folded.IndexOf(form, at + form.Length, StringComparison.OrdinalIgnoreCase))
                for (int i = at; i < at + form.Length; i++) marked[i] = true;
        var html = new StringBuilder();
        bool open = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is Open or Close) continue;
            if (marked[i] != open) { html.Append(marked[i] ? "<mark>" : "</mark>"); open = marked[i]; }
            html.Append(WebUtility.HtmlEncode(text[i].ToString()));
        }
        if (open) html.Append("</mark>");
        return new HtmlString(html.ToString());
    }

    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Bracketed();
}
