using DocIngest.Core.Content;
using DocIngest.Core.Extraction;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Reads the measures (มาตรการ) of one document: rows of measure tables merged across pages,
/// or numbered measures written as running text when the document has no measure table.
/// </summary>
public sealed class MeasureTableParser
{
    /// <summary>Parses the measures of one document's pages.</summary>
    /// <param name="pages">The document's pages in order.</param>
    /// <param name="fiscalYear">The document's fiscal year (BE) when known; resolves periods such as ตลอดปีงบประมาณ.</param>
    /// <param name="warnings">Receives what could not be mapped or parsed.</param>
    public IReadOnlyList<Measure> Parse(IReadOnlyList<PageContent> pages, int? fiscalYear, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(warnings);
        var collector = new MeasureRowCollector(warnings);
        foreach (var page in pages)
            foreach (var table in page.Tables)
                collector.AddTable(table, page);
        if (!collector.SawMeasureTable) return TextMeasureParser.Parse(pages, fiscalYear, warnings);
        return collector.Drafts.Select(d => MeasureBuilder.Build(d, fiscalYear, warnings)).OfType<Measure>().ToList();
    }
}
