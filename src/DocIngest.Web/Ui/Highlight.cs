using System.Net;
using System.Text.RegularExpressions;
using DocIngest.Data.Search;
using Microsoft.AspNetCore.Html;

namespace DocIngest.Web.Ui;

/// <summary>Marks the query in search results, HTML-encoded around the marks.</summary>
public static partial class Highlight
{
    /// <summary>A search snippet from the index, with the query marked.</summary>
    public static IHtmlContent Snippet(string snippet, string? query)
    {
        string folded = query is null ? "" : SearchIndex.Fold(query).Trim();
        if (folded.Length == 0) return new HtmlString(WebUtility.HtmlEncode(snippet));
        // The index brackets what it matched, sometimes only part of the query (trigram tokens); a bracketed run that
        // is part of the query loses its brackets and the query itself is marked. Other brackets are the document's.
        string unbracketed = Bracketed().Replace(snippet, m =>
        {
            string inner = SearchIndex.Fold(m.Groups[1].Value).Trim();
            return inner.Length > 0 && folded.Contains(inner, StringComparison.OrdinalIgnoreCase) ? m.Groups[1].Value : m.Value;
        });
        return Text(unbracketed, query);
    }

    /// <summary>Every occurrence of the query in a text, marked.</summary>
    public static IHtmlContent Text(string text, string? query)
    {
        string q = query?.Trim() ?? "";
        if (q.Length == 0) return new HtmlString(WebUtility.HtmlEncode(text));
        var parts = new List<string>();
        int at = 0;
        while (true)
        {
            int hit = text.IndexOf(q, at, StringComparison.OrdinalIgnoreCase);
            if (hit < 0) break;
            parts.Add(WebUtility.HtmlEncode(text[at..hit]));
            parts.Add("<mark>" + WebUtility.HtmlEncode(text.Substring(hit, q.Length)) + "</mark>");
            at = hit + q.Length;
        }
        parts.Add(WebUtility.HtmlEncode(text[at..]));
        return new HtmlString(string.Concat(parts));
    }

    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Bracketed();
}
