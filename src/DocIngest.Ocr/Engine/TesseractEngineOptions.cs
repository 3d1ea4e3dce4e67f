namespace DocIngest.Ocr.Engine;

/// <summary>How every engine of a pool is set up.</summary>
/// <param name="TessdataPath">Folder holding the .traineddata files (see <see cref="TessdataLocator"/>).</param>
/// <param name="Languages">Tesseract language string, e.g. "tha+eng".</param>
/// <param name="Variables">Tesseract variables set after initialisation.</param>
public sealed record TesseractEngineOptions(string TessdataPath, string Languages, IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>
    /// Thai plus English: the Thai model alone reads Latin words in Thai documents (ITA, OIT, e-mail, URLs) as junk
    /// ("ITA" -> "|!โ/,"); adding eng fixes them at roughly twice the recognition time (measured, see tessdata/README.md).
    /// </summary>
    public const string DefaultLanguages = "tha+eng";

    /// <summary>
    /// preserve_interword_spaces=1 is essential for Thai: without it the LSTM output has a space between
    /// almost every character ("ด ้ ว ย"), because Thai writes no spaces between words and Tesseract's word
    /// boundaries fall inside them. debug_file silences Tesseract's per-call warnings on stderr.
    /// paragraph_text_based=0 finds paragraphs from the layout before the text is read instead of from the text after
    /// it: nothing here reads Tesseract's paragraphs, and the text-based pass walked every line's text through the
    /// reordering iterator, whose cost grows with the square of the page's words (docs/ablation.md, session 9).
    /// </summary>
    public static IReadOnlyDictionary<string, string> DefaultVariables { get; } = new Dictionary<string, string>
    {
        ["preserve_interword_spaces"] = "1",
        ["debug_file"] = "/dev/null",
        ["paragraph_text_based"] = "0",
    };

    /// <summary>Defaults with the tessdata folder found by <see cref="TessdataLocator.Locate(string?)"/>.</summary>
    /// <param name="tessdataPath">The folder the host was told of (DOCINGEST_TESSDATA), or null to search.</param>
    public static TesseractEngineOptions CreateDefault(string? tessdataPath = null) => new(TessdataLocator.Locate(tessdataPath), DefaultLanguages, DefaultVariables);
}
