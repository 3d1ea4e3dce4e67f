using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// One pass over the lines the page OCR read, before they are cleaned: it may drop lines, read some again or add lines
/// the layout missed. The composition root lists the passes in order; each can be switched off by its name.
/// </summary>
public interface ILinePass
{
    /// <summary>The pass's name: what <c>--without</c> and <c>bench --stages</c> call it.</summary>
    string Name { get; }

    /// <summary>The lines after this pass.</summary>
    IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, LinePassContext page);
}

/// <summary>What a line pass may use: the page as read (tables whitened out), its ink, and the engines.</summary>
/// <param name="Page">The gray page the lines were read from, tables whitened out.</param>
/// <param name="Ink">The binary page's ink, labelled once for every pass.</param>
/// <param name="Engine">The page's engine.</param>
/// <param name="LatinFree">The engine without Latin letters (the page's engine when there is none).</param>
public sealed record LinePassContext(GrayImage Page, PageInk Ink, ITextRecognizer Engine, ITextRecognizer LatinFree);

/// <summary>A line pass made of a name and a function: how the composition root declares the stock passes.</summary>
public sealed class LinePass(string name, Func<IReadOnlyList<RecognizedLine>, LinePassContext, IReadOnlyList<RecognizedLine>> apply) : ILinePass
{
    public string Name { get; } = name;

    public IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, LinePassContext page) => apply(lines, page);

    public override string ToString() => Name;
}
