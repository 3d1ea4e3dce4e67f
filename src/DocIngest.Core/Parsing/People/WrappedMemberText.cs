using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.People;

/// <summary>
/// The member line last read in an order's list, ready to take back what its narrow columns wrapped onto the next
/// lines ("๕. นางชนรรทน์สิตา สุ  ผู้อำนวยการกองคลัง  กรรมการ" / "ประพนธ์"; "… นายกองค์การบริหารส่วน  ประธาน" /
/// "ตำบล"). Such a fragment is one Thai word standing right under the line; where it stands says whose it is: under
/// the name column it ends the surname, further right it ends the position.
/// </summary>
public sealed partial class WrappedMemberText
{
    /// <summary>Longest fragment taken for the tail of a name or position.</summary>
    public const int MaxFragmentLength = 24;

    private BoundingBox last;

    /// <param name="index">Index of the member in the list being built.</param>
    /// <param name="line">The member line's text as read.</param>
    /// <param name="box">The member line's box.</param>
    public WrappedMemberText(int index, string line, BoundingBox box)
    {
        Index = index;
        Line = line;
        Box = box;
        last = box;
    }

    /// <summary>Index of the member in the list being built.</summary>
    public int Index { get; }

    /// <summary>The member line's text as read.</summary>
    public string Line { get; }

    /// <summary>The member line's box.</summary>
    public BoundingBox Box { get; }

    /// <summary>
    /// <paramref name="member"/> with <paramref name="fragment"/> joined to its surname or position, or null when the
    /// fragment is no wrapped tail (not a single Thai word, or not right under the line).
    /// </summary>
    public Person? Attach(Person member, string fragment, BoundingBox fragmentBox)
    {
        var word = ThaiWord().Match(fragment);
        if (!word.Success || word.Value.Length > MaxFragmentLength) return null;
        // Right under the line (or under the fragment before it): at most about one line's height of gap.
        int lineHeight = Math.Max(1, Box.Height);
        if (fragmentBox.Y < last.Y + lineHeight / 2 || fragmentBox.Y > last.Bottom + 2 * lineHeight) return null;
        if (fragmentBox.X < Box.X - lineHeight || fragmentBox.X > Box.Right) return null;

        string tail = word.Groups["word"].Value;
        last = fragmentBox;
        // Where the word itself starts: a speck before it (": ตำบล") widens the box to the left.
        int wordX = fragmentBox.X + (int)(fragmentBox.Width * VisualShare(fragment, word.Groups["word"].Index));
        int positionStart = member.Position is { } p && Line.IndexOf(p, StringComparison.Ordinal) is var at and >= 0 ? at : -1;
        if (positionStart < 0) return member with { Name = member.Name + tail };
        int positionX = Box.X + (int)(Box.Width * VisualShare(Line, positionStart));
        // A little to the left of where the position begins still counts as the position column (text is left-aligned
        // but OCR boxes and the estimate from letter counts are rough).
        return wordX < positionX - lineHeight
            ? member with { Name = member.Name + tail }
            : member with { Position = member.Position + tail };
    }

    /// <summary>Share of the line's printed width taken by its first <paramref name="length"/> characters (marks have none).</summary>
    private static double VisualShare(string line, int length)
    {
        int total = line.Count(c => !ThaiCharacters.IsCombiningMark(c));
        int before = line[..length].Count(c => !ThaiCharacters.IsCombiningMark(c));
        return total == 0 ? 0 : (double)before / total;
    }

    // One Thai word, with the specks OCR adds around a short fragment (": ตำบล", "ตำบล.", "ประพนธ์ oe").
    [GeneratedRegex(@"^[^\u0E01-\u0E4E]{0,3}(?<word>[\u0E01-\u0E4E]{2,})(?:\s*[^\u0E01-\u0E4E\s]{0,3}){0,2}\s*$")]
    private static partial Regex ThaiWord();
}
