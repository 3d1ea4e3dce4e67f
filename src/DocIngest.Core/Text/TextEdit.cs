namespace DocIngest.Core.Text;

/// <summary>Why the corrector changed a piece of text.</summary>
public enum TextEditReason
{
    /// <summary>Close, under OCR edit costs, to exactly one official term of the lexicon.</summary>
    Lexicon,
    /// <summary>One OCR-typical edit makes an unknown piece readable as dictionary words, and only one such edit does.</summary>
    Dictionary,
    /// <summary>A first name or surname after a title got back a mark lost from a listed name component.</summary>
    PersonName,
}

/// <summary>
/// One change: <paramref name="Original"/> became <paramref name="Replacement"/>, which starts at <paramref name="Index"/> of the
/// corrected text as it stood after the edit's own pass (the passes run in the order <see cref="OcrTextCorrector"/> lists them).
/// </summary>
public sealed record TextEdit(int Index, string Original, string Replacement, TextEditReason Reason);

/// <summary>Corrected text and the edits that made it.</summary>
public sealed record CorrectedText(string Text, IReadOnlyList<TextEdit> Edits);
