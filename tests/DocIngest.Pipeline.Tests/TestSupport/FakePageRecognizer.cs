using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Tests.TestSupport;

/// <summary>Test double for the OCR stage: "recognises" a page as one line naming its number and size.</summary>
public sealed class FakePageRecognizer : IPageRecognizer
{
    public bool Disposed { get; private set; }

    public PageContent Recognize(GrayImage page, int pageNumber)
    {
        var line = new TextLine($"หน้า {pageNumber} {page.Width}x{page.Height}", new BoundingBox(10, 20, 300, 40), 0.9);
        return new PageContent(pageNumber, PageMethod.Ocr, [new TextBlock([line])])
        {
            Width = page.Width,
            Height = page.Height,
            MeanConfidence = 0.9,
            SkewDegrees = 0.5,
        };
    }

    public void Dispose() => Disposed = true;
}
