namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// Thai fonts (TH Sarabun, Angsana, the TLWG fonts...) carry positioned variants of marks and descender-less consonants
/// in the private-use block U+F700–U+F71A (the Microsoft/Apple Thai PUA convention). PDF producers often write these
/// code points into the text layer; they are the same letters and map back one to one. Unknown PUA stays as it is
/// and marks the layer as broken.
/// </summary>
public static class ThaiPresentationForms
{
    private const char First = '\uF700';

    private static readonly char[] Letters =
    [
        '\u0E10', // F700 ฐ without descender
        '\u0E34', '\u0E35', '\u0E36', '\u0E37', // F701–F704 ิ ี ึ ื shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F705–F709 tones and ์ low-left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F70A–F70E tones and ์ low
        '\u0E0D', // F70F ญ without descender
        '\u0E31', '\u0E4D', '\u0E47', // F710–F712 ั ํ ็ shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F713–F717 tones and ์ shifted left
        '\u0E38', '\u0E39', '\u0E3A', // F718–F71A ุ ู ฺ lowered
    ];

    /// <summary>The text with every known Thai presentation form replaced by its letter.</summary>
    public static string Normalize(string text)
    {
        if (!text.Any(IsPresentationForm)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++) span[i] = IsPresentationForm(source[i]) ? Letters[source[i] - First] : source[i];
        });
    }

    public static bool IsPresentationForm(char c) => c >= First && c < First + Letters.Length;
}
