namespace DocIngest.Pipeline;

/// <summary>Limits and knobs of one <see cref="ExtractionPipeline"/>. Call <see cref="Validate"/> before use.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Pages recognised at once (one page recogniser each). Defaults to the processor count.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Images larger than this (width x height) are refused before decoding: 120 MP is a 300 dpi A0 sheet.</summary>
    public long MaxImagePixels { get; init; } = 120_000_000;

    /// <summary>Files larger than this are refused before reading.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Resolution PDF pages without a usable text layer are rendered at for OCR.</summary>
    public int RenderDpi { get; init; } = 300;

    /// <summary>A PDF text layer with fewer letters than this on a page is treated as absent (scans often carry a stray OCR word or a stamp).</summary>
    public int MinTextLayerLetters { get; init; } = 20;

    /// <summary>Sum of uncompressed DOCX entry sizes allowed (zip-bomb guard).</summary>
    public long MaxDocxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Sum of uncompressed DOCX XML parts allowed (the body, styles, relationships: what the OpenXml reader holds as a
    /// tree). Measured: the reader's tree costs 16-20 bytes per byte of XML (10.8 MB of XML took the process from 165 MB
    /// to 340 MB, 43 MB to 1 GB), so this bounds a DOCX job to about 350 MB. Pictures and other binary parts are never
    /// parsed and count only toward <see cref="MaxDocxUncompressedBytes"/>.
    /// </summary>
    public long MaxDocxXmlBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest compression ratio allowed for a DOCX entry over 1 MB (XML compresses ~10-20x; bombs 1000x).</summary>
    public double MaxDocxCompressionRatio { get; init; } = 200;

    /// <summary>
    /// Longest one page may take to render and recognise. A page over it is recorded as not read (empty, with a
    /// warning, so the document goes to review) and the rest of the file goes on: pdftoppm is killed, the OCR engine is
    /// stopped inside Tesseract (within a text line) and reads the next page; a recogniser that still has not stopped
    /// after <see cref="Recognition.PageRecognizerPool.DefaultStopGrace"/> is retired and a fresh one reads the next page.
    /// </summary>
    public TimeSpan PageTimeLimit { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Largest number of pages processed from one file.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>
    /// Directory of classifier models adopted from corrections (e.g. the service's data/models). A sections.model.zip
    /// or kinds.model.zip found there is used instead of the committed one in data/training; null uses the committed
    /// models only.
    /// </summary>
    public string? ModelDirectory { get; init; }

    /// <summary>
    /// The training directory holding the committed classifier models (data/training); null finds it by walking up
    /// from the program's and the working directory (<see cref="Classification.TrainingDirectory.Find"/>). Hosts set it
    /// from DOCINGEST_TRAINING_DIR.
    /// </summary>
    public string? TrainingDirectory { get; init; }

    /// <summary>
    /// The folder holding the Tesseract models; null finds tessdata/ by walking up from the program's and the working
    /// directory (<see cref="Ocr.Engine.TessdataLocator"/>). Hosts set it from DOCINGEST_TESSDATA.
    /// </summary>
    public string? TessdataPath { get; init; }

    /// <summary>The Tesseract languages (e.g. "tha" for speed); null reads tha+eng. Hosts set it from DOCINGEST_LANGUAGES.</summary>
    public string? Languages { get; init; }

    /// <summary>
    /// Page passes switched off by name (<c>--without missed-lines</c>): for measuring what each adds (eval-corpus ablation)
    /// and for leaving out one that misbehaves on a kind of paper. Empty runs every pass. <see cref="DefaultEngines.PassNames"/>
    /// lists the names; an unknown one is an error when the engines are made.
    /// </summary>
    public IReadOnlySet<string> WithoutPasses { get; init; } = new HashSet<string>();

    /// <summary>
    /// The passes' numbers and the passes the host's configuration switches off (<see cref="PipelineOptions.Without"/>,
    /// on top of <see cref="WithoutPasses"/>). The defaults are the measured constants.
    /// </summary>
    public PipelineOptions Pipeline { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public ExtractionOptions Validate()
    {
        Require(Workers is >= 1 and <= 256, nameof(Workers), Workers, "1..256");
        Require(MaxImagePixels >= 1_000_000, nameof(MaxImagePixels), MaxImagePixels, ">= 1000000");
        Require(MaxFileBytes >= 1024, nameof(MaxFileBytes), MaxFileBytes, ">= 1024");
        Require(RenderDpi is >= 72 and <= 1200, nameof(RenderDpi), RenderDpi, "72..1200");
        Require(MinTextLayerLetters >= 1, nameof(MinTextLayerLetters), MinTextLayerLetters, ">= 1");
        Require(MaxDocxUncompressedBytes >= 1024 * 1024, nameof(MaxDocxUncompressedBytes), MaxDocxUncompressedBytes, ">= 1 MB");
        Require(MaxDocxXmlBytes >= 1024 * 1024, nameof(MaxDocxXmlBytes), MaxDocxXmlBytes, ">= 1 MB");
        Require(MaxDocxCompressionRatio >= 10, nameof(MaxDocxCompressionRatio), MaxDocxCompressionRatio, ">= 10");
        Require(PageTimeLimit >= TimeSpan.FromMilliseconds(100) && PageTimeLimit <= TimeSpan.FromHours(1), nameof(PageTimeLimit), PageTimeLimit, "00:00:00.1..01:00:00");
        Require(MaxPages >= 1, nameof(MaxPages), MaxPages, ">= 1");
        Require(ModelDirectory is null || ModelDirectory.Trim().Length > 0, nameof(ModelDirectory), $"'{ModelDirectory}'", "null or a path");
        Require(TrainingDirectory is null || TrainingDirectory.Trim().Length > 0, nameof(TrainingDirectory), $"'{TrainingDirectory}'", "null or a path");
        Require(TessdataPath is null || TessdataPath.Trim().Length > 0, nameof(TessdataPath), $"'{TessdataPath}'", "null or a path");
        Require(Languages is null || Languages.Trim().Length > 0, nameof(Languages), $"'{Languages}'", "null or languages such as tha+eng");
        ArgumentNullException.ThrowIfNull(Pipeline);
        Pipeline.Check();
        return this;
    }

    private static void Require(bool ok, string name, object value, string range)
    {
        if (!ok) throw new ArgumentException($"option {name} = {value} is out of range ({range})", name);
    }
}
