using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline;
using DocIngest.Pipeline.Loading;

namespace DocIngest.Cli.Tools;

/// <summary>A page image as the pipeline would recognise it, saved as PGM so that the tesseract CLI reads the very same pixels.</summary>
public sealed record PageImage(string File, int Number, GrayImage Image, string PgmPath);

/// <summary>Loads the OCR pages of files into a temporary directory; deletes it when disposed.</summary>
public sealed class PageImages : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docingest-pages-").FullName;

    public List<PageImage> Load(string path, DocumentOpener opener, CancellationToken cancellationToken = default)
    {
        var pages = new List<PageImage>();
        foreach (var page in opener.Open(path, cancellationToken).Content.Pages.OfType<ImageSourcePage>())
        {
            var image = page.Render();
            var pgm = Path.Combine(_directory, $"{pages.Count}-{Path.GetFileNameWithoutExtension(path)}-p{page.Number}.pgm");
            File.WriteAllBytes(pgm, PgmCodec.Write(image));
            pages.Add(new PageImage(path, page.Number, image, pgm));
        }
        return pages;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
