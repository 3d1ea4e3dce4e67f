namespace DocIngest.Core.Thai;

/// <summary>What a token of segmented text is.</summary>
public enum ThaiTokenKind
{
    /// <summary>A Thai word found in the dictionary.</summary>
    Word,
    /// <summary>Thai letters the dictionary cannot account for (names, OCR errors, rare words).</summary>
    Unknown,
    /// <summary>Digits, Thai or Arabic, with the separators inside a number (1,234.50 ; ๕/๒๕๖๔ is three tokens).</summary>
    Number,
    /// <summary>Latin letters.</summary>
    Latin,
    /// <summary>Spaces, tabs and line breaks.</summary>
    Whitespace,
    /// <summary>Any other single character: punctuation, ฯ, ๆ, symbols.</summary>
    Symbol,
}

/// <summary>One token of segmented text: where it starts, its text, and what it is.</summary>
public sealed record ThaiToken(int Index, string Text, ThaiTokenKind Kind);
