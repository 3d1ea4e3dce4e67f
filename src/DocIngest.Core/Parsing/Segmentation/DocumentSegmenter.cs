using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>One document found in a file: its units and the title cue that opened it (if any).</summary>
public sealed record DocumentSegment(DocumentSlice Slice, TitleCue? Cue);

/// <summary>
/// Splits a file's content into documents at title cues. A cue that comes before any substantial text of the
/// current document (a stamp or page number above บันทึกข้อความ) re-labels it instead of opening a new one. Once the
/// current document is complete (<see cref="TitleBlockSignals.EndsADocument"/>: its signer's name, its closing
/// formula, or a สิ่งที่ส่งมาด้วย line announcing an attachment), weaker cues at the top of a page open the next document too: a title word, or a table that starts
/// with its header row while the current document holds no table of its own (a repeated header row continues one).
/// A title block with a subject line of its own is never taken for a repeated plan heading: a continued page does not
/// print a subject again, so each of two attachments behind one announcement is a document.
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
        bool complete = false, holdsTable = false, frontMatter = false;
        for (int i = 0; i < units.Count; i++)
        {
            var found = _detector.Detect(units, i, complete && !(units[i].IsTable && holdsTable));
            // An announcement or order runs until it is closed and signed: before that, a plan-like heading topping a
            // page ("มาตรการรับเรื่องร้องเรียนการทุจริต…", a measure item whose number OCR lost) is more of its list.
            if (found is { Kind: null } && cue?.Kind is DocumentKind.Announcement or DocumentKind.Order && !complete) found = null;
            // A memo's body runs to its closing formula or signature: before that, a paragraph opening การประชุม… near a
            // date and a meeting room ("…จะทำให้… เห็นควรจัดประชุมในวันที่… ณ ห้องประชุม…") is its own text, not minutes.
            if (found is { Kind: DocumentKind.Minutes } && cue?.Kind is DocumentKind.Memo && !complete) found = null;
            if (found is not null)
            {
                // A plan heading repeated on a later page (cover, then content) continues the plan it heads, unless that
                // plan has already been signed; a title block with a subject line of its own is a new document's.
                bool repeatsPlanHeading = found.Kind is null && cue is not null && cue.Kind is null && !complete && !found.HasSubjectLine;
                // A book's front matter (a cover, คำนำ, สารบัญ) opened by no cue of its own is the start of the plan or
                // report whose heading follows it.
                bool followsFrontMatter = found.Kind is null && cue is null && frontMatter && !complete;
                if (textSoFar >= MinimumDocumentText && !repeatsPlanHeading && !followsFrontMatter)
                {
                    int opening = OpeningOfPage(units, start, i);
                    segments.Add(new DocumentSegment(new DocumentSlice(Slice(units, start, opening)), cue));
                    start = opening;
                    complete = false;
                    holdsTable = units.Skip(opening).Take(i - opening).Any(u => u.IsTable);
                    textSoFar = units.Skip(opening).Take(i - opening).Sum(u => u.Text.Length);
                    frontMatter = units.Skip(opening).Take(i - opening).Any(IsFrontMatterHeading);
                }
                if (!repeatsPlanHeading || textSoFar < MinimumDocumentText) cue = found;
            }
            // A gazette page's running head is no text of a document: the Act's title under it opens the file's first.
            if (!TitleBlockSignals.IsGazetteHeading(units[i].Text)) textSoFar += units[i].Text.Length;
            if (IsFrontMatterHeading(units[i])) frontMatter = true;
            if (units[i].IsTable) holdsTable = true;
            else if (TitleBlockSignals.EndsADocument(units[i].Text)) complete = true;
        }
        segments.Add(new DocumentSegment(new DocumentSlice(Slice(units, start, units.Count)), cue));
        return segments;
    }

    /// <summary>
    /// Where the document whose cue is at <paramref name="cue"/> begins: at the top of the cue's page when everything
    /// above the cue on that page is marginal (a stamp, a page number, speckles read as "aw «ee"), since those belong to
    /// the new document's sheet, not to the end of the previous document; otherwise at the cue itself.
    /// </summary>
    private static int OpeningOfPage(IReadOnlyList<ContentUnit> units, int currentStart, int cue)
    {
        int first = cue;
        while (first - 1 > currentStart && units[first - 1].Page.Number == units[cue].Page.Number && IsMarginal(units[first - 1])) first--;
        bool pageTop = first - 1 >= 0 && units[first - 1].Page.Number != units[cue].Page.Number;
        return pageTop ? first : cue;
    }

    /// <summary>The heading of a book's foreword or contents page, alone on its line.</summary>
    private static bool IsFrontMatterHeading(ContentUnit unit) =>
        !unit.IsTable && unit.Text.Trim() is "คำนำ" or "สารบัญ";

    /// <summary>
    /// A line with no Thai word in it, or too short to be text: what stamps, page numbers and speckles leave; or a gazette
    /// page's running head, which tops the sheet of the law that starts under it.
    /// </summary>
    private static bool IsMarginal(ContentUnit unit) =>
        !unit.IsTable && (unit.Text.Length <= 3 || ParsingText.IsPageMarker(unit.Text) || ParsingText.IsJunkLine(unit.Text) ||
                          !unit.Text.Any(ThaiCharacters.IsConsonant) || TitleBlockSignals.IsGazetteHeading(unit.Text));

    private static List<ContentUnit> Slice(IReadOnlyList<ContentUnit> units, int from, int to) =>
        units.Skip(from).Take(to - from).ToList();
}
