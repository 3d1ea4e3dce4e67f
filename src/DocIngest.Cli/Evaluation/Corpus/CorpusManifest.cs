using DocIngest.Pipeline;
using System.Text.Json;

namespace DocIngest.Cli.Evaluation.Corpus;

/// <summary>
/// One real page of the evaluation: a corpus PDF page rasterised and degraded by <c>tools/corpus/prepare.py</c>, with the
/// PDF page it came from, whose text layer is the truth.
/// </summary>
/// <param name="Id">NAME.pN, the file stem of the image and the truth.</param>
/// <param name="Document">The corpus PDF's name without extension.</param>
/// <param name="Page">The page number in that PDF.</param>
/// <param name="Kind">The document's kind in the split file (memo, announcement, gazette, plan, handbook, table).</param>
/// <param name="Split"><c>tune</c> or <c>held-out</c>: decided once per document in eval/corpus/split.json.</param>
/// <param name="Profile">How the page was degraded (scan300-grey, photocopy300-bilevel, phone250-colour, ...).</param>
/// <param name="Image">The image file name in the manifest's folder.</param>
/// <param name="Pdf">The corpus PDF (path as prepare.py resolved it).</param>
public sealed record CorpusPage(string Id, string Document, int Page, string Kind, string Split, string Profile, string Image, string Pdf)
{
    public const string HeldOut = "held-out";
    public const string Tune = "tune";

    public bool IsHeldOut => Split == HeldOut;
}

/// <summary>Reads manifest.json that <c>tools/corpus/prepare.py</c> writes beside the pages.</summary>
public static class CorpusManifest
{
    public const string FileName = "manifest.json";

    private sealed record ManifestFile(IReadOnlyList<CorpusPage>? Pages);

    public static IReadOnlyList<CorpusPage> Load(string directory)
    {
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) throw new BadInputException($"no {FileName} in {directory} (run tools/corpus/prepare.py first)");
        var manifest = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new BadInputException($"{path} is empty");
        var pages = manifest.Pages ?? throw new BadInputException($"{path} has no pages");
        foreach (var page in pages)
        {
            if (page.Split is not (CorpusPage.HeldOut or CorpusPage.Tune))
                throw new BadInputException($"{path}: page {page.Id} has split '{page.Split}' (tune or held-out)");
        }
        return pages;
    }
}
