using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>A package's styles (styles.xml) by id, with the chains Word resolves a property through (basedOn).</summary>
public sealed class DocxStyles
{
    /// <summary>How deep a basedOn chain is followed: a chain that loops ends here.</summary>
    private const int MaxDepth = 10;

    private readonly Dictionary<string, Style> styles = [];

    /// <summary>The styles of <paramref name="document"/>'s main part (none when it has no styles part).</summary>
    public static DocxStyles Of(WordprocessingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocxStyles(document.MainDocumentPart?.StyleDefinitionsPart?.Styles);
    }

    /// <param name="root">The package's styles.xml root, if any.</param>
    public DocxStyles(Styles? root)
    {
        foreach (var style in root?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id) styles.TryAdd(id, style);
        DefaultParagraphStyle = root?.Elements<Style>().FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true);
        DefaultFonts = root?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts;
    }

    /// <summary>The paragraph style that applies when a paragraph names none.</summary>
    public Style? DefaultParagraphStyle { get; }

    /// <summary>The document defaults' fonts (docDefaults/rPrDefault).</summary>
    public RunFonts? DefaultFonts { get; }

    /// <summary>The style <paramref name="styleId"/> and the styles it is based on, nearest first; empty for no or an unknown id.</summary>
    public IEnumerable<Style> Chain(string? styleId)
    {
        for (int depth = 0; styleId is not null && depth < MaxDepth && styles.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
