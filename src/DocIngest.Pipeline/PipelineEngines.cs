using DocIngest.Core.Pipeline;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline;

/// <summary>
/// The stages the pipeline plugs in. Any may be absent: without a decoder image files are refused, without a
/// recogniser pages that need OCR are refused, without a reader every file is one document of kind "other".
/// </summary>
/// <param name="ImageDecoder">Decodes PNG/JPEG/TIFF.</param>
/// <param name="CreateRecognizer">Creates one page recogniser per worker (each holds its own OCR engine).</param>
/// <param name="DocumentReader">Segments, parses and classifies the pages.</param>
public sealed record PipelineEngines(IImageDecoder? ImageDecoder, Func<IPageRecognizer>? CreateRecognizer, IDocumentReader? DocumentReader);
