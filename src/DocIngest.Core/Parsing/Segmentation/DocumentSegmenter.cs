namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>One document found in a file: its units and the title cue that opened it (if any).</summary>
public sealed record DocumentSegment(DocumentSlice Slice, TitleCue? Cue);

/// <summary>
/// Splits a file's content into documents at title cues. A cue that comes before any substantial text of the
/// current document (a stamp or page number above บันทึกข้อความ) re-labels it instead of opening a new one.
/// </summary>
public sealed class DocumentSegmenter
{
    /// <summary>Text (in characters) a document must already hold before a cue may start the next one.</summary>
    private const int MinimumDocumentText = 40;

    private readonly TitleCueDetector _detector = new();

    public IReadOnlyList<DocumentSegment> Split(IReadOnlyList<ContentUnit> units)
    {
        var segments = new List<DocumentSegment>();
        if (units.Count == 0) return segments;

        int start = 0;
        TitleCue? cue = null;
        int textSoFar = 0;
        for (int i = 0; i < units.Count; i++)
        {
            var found = _detector.Detect(units, i);
            if (found is not null)
            {
                // A plan heading repeated on a later page (cover, then content) continues the plan it heads.
                bool repeatsPlanHeading = found.Kind is null && cue is not null && cue.Kind is null;
                if (textSoFar >= MinimumDocumentText && !repeatsPlanHeading)
                {
                    segments.Add(new DocumentSegment(new DocumentSlice(Slice(units, start, i)), cue));
                    start = i;
                    textSoFar = 0;
                }
                if (!repeatsPlanHeading || textSoFar < MinimumDocumentText) cue = found;
            }
            textSoFar += units[i].Text.Length;
        }
        segments.Add(new DocumentSegment(new DocumentSlice(Slice(units, start, units.Count)), cue));
        return segments;
    }

    private static List<ContentUnit> Slice(IReadOnlyList<ContentUnit> units, int from, int to) =>
        units.Skip(from).Take(to - from).ToList();
}
