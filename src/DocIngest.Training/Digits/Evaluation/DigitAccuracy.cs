using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Digits.Evaluation;

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
        var pairs = AlignDigits(truth, recognised);
        return new Count(pairs.Count, pairs.Count(p => p.Recognised == p.Truth));
    }

    /// <summary>Each Thai digit of <paramref name="truth"/> with the character aligned to it in <paramref name="recognised"/> (null when dropped).</summary>
    public static List<(char Truth, char? Recognised)> AlignDigits(string truth, string recognised)
    {
        string a = Strip(truth), b = Strip(recognised);
        var cost = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) cost[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) cost[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                cost[i, j] = Math.Min(Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1), cost[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        var pairs = new List<(char, char?)>();
        int x = a.Length, y = b.Length;
        while (x > 0)
        {
            if (y > 0 && cost[x, y] == cost[x - 1, y - 1] + (a[x - 1] == b[y - 1] ? 0 : 1))
            {
                if (ThaiDigits.IsThaiDigit(a[x - 1])) pairs.Add((a[x - 1], b[y - 1]));
                x--; y--;
            }
            else if (cost[x, y] == cost[x - 1, y] + 1)
            {
                if (ThaiDigits.IsThaiDigit(a[x - 1])) pairs.Add((a[x - 1], null));
                x--;
            }
            else y--;
        }
        pairs.Reverse();
        return pairs;
    }

    private static string Strip(string text) => new(ThaiText.Normalize(text).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
