using System.Net;
using System.Text.RegularExpressions;
using DocIngest.Data.Search;
using Microsoft.AspNetCore.Html;

namespace DocIngest.Web.Ui;

/// <summary>Marks the query in search results, HTML-encoded around the marks.</summary>
public static partial class Highlight
{
    /// <summary>
    /// A search snippet: the index puts the matched phrase in [brackets]; only a bracketed run that really is the
    /// query becomes a mark, so brackets printed in the document stay text.
    /// </summary>
    public static IHtmlContent Snippet(string snippet, string? query)
    {
        string folded = query is null ? "" : SearchIndex.Fold(query).Trim();
        string encoded = WebUtility.HtmlEncode(snippet);
        if (folded.Length == 0) return new HtmlString(encoded);
        string result = Bracketed().Replace(encoded, m =>
            string.Equals(SearchIndex.Fold(WebUtility.HtmlDecode(m.Groups[1].Value)).Trim(), folded, StringComparison.OrdinalIgnoreCase)
                ? $"<mark>{m.Groups[1].Value}</mark>" : m.Value);
        return new HtmlString(result.Contains("<mark>") ? result : Text(snippet, query).ToString()!);
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
