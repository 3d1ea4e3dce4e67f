namespace DocIngest.Core.Thai;

/// <summary>Thai digits ๐–๙ (U+0E50–U+0E59) and their Arabic counterparts.</summary>
public static class ThaiDigits
{
    public const char Zero = '๐';

    public static bool IsThaiDigit(char c) => c is >= '๐' and <= '๙';

    /// <summary>Any digit, Thai or Arabic.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' || IsThaiDigit(c);

    /// <summary>The digit's value 0–9, or -1 when <paramref name="c"/> is no digit.</summary>
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '๐' and <= '๙' => c - '๐',
        _ => -1,
    };

    /// <summary>Replaces every Thai digit with its Arabic digit; everything else stays.</summary>
    public static string ToArabic(string text)
    {
        if (!text.Any(IsThaiDigit)) return text;
        return string.Create(text.Length, text, static (span, src) =>
        {
            for (int i = 0; i < src.Length; i++) span[i] = IsThaiDigit(src[i]) ? (char)('0' + (src[i] - '๐')) : src[i];
        });
    }

    /// <summary>Replaces every Arabic digit with its Thai digit.</summary>
    public static string ToThai(string text) => string.Create(text.Length, text, static (span, src) =>
    {
        for (int i = 0; i < src.Length; i++) span[i] = src[i] is >= '0' and <= '9' ? (char)('๐' + (src[i] - '0')) : src[i];
    });
}
