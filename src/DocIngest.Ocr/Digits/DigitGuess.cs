namespace DocIngest.Ocr.Digits;

/// <summary>What <see cref="ThaiDigitRecognizer"/> made of a glyph: a Thai digit 0–9, or -1 for "not a Thai digit", with the model's probability.</summary>
public readonly record struct DigitGuess(int Digit, float Confidence)
{
    public bool IsDigit => Digit >= 0;

    /// <summary>The Thai digit character (๐–๙) guessed, or null for a rejected glyph.</summary>
    public char? ThaiDigit => IsDigit ? (char)(DocIngest.Core.Thai.ThaiDigits.Zero + Digit) : null;

    /// <summary>A "not a Thai digit" answer with the given confidence.</summary>
    public static DigitGuess Rejected(float confidence) => new(-1, confidence);
}
