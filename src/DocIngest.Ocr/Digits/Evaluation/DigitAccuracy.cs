using DocIngest.Core.Thai;

namespace DocIngest.Ocr.Digits.Evaluation;

/// <summary>
/// How many of the Thai digits of a true text a recognised text got right: both are stripped of whitespace and
/// aligned by edit distance; a digit counts as right when it is aligned with the same character.
/// </summary>
public static class DigitAccuracy
{
    public readonly record struct Count(int Digits, int Correct)
    {
        public double Accuracy => Digits == 0 ? 1 : (double)Correct / Digits;
        public static Count operator +(Count a, Count b) => new(a.Digits + b.Digits, a.Correct + b.Correct);
    }

    public static Count Compare(string truth, string recognised)
    {
        string a = Strip(truth), b = Strip(recognised);
        var cost = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) cost[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) cost[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                cost[i, j] = Math.Min(Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1), cost[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        int digits = a.Count(ThaiDigits.IsThaiDigit), correct = 0;
        for (int i = a.Length, j = b.Length; i > 0 && j > 0;)
        {
            if (cost[i, j] == cost[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            {
                if (a[i - 1] == b[j - 1] && ThaiDigits.IsThaiDigit(a[i - 1])) correct++;
                i--; j--;
            }
            else if (cost[i, j] == cost[i - 1, j] + 1) i--;
            else j--;
        }
        return new Count(digits, correct);
    }

    private static string Strip(string text) => new(ThaiText.Normalize(text).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
