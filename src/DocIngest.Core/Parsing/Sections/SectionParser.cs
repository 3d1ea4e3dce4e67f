using System.Text.RegularExpressions;
using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Sections;

/// <summary>
/// Cuts a memo body into sections. A printed heading opens a section that runs to the next heading; text before
/// any heading (or in memos that print none) is split into paragraphs — source blocks and numbered items ๑. ๒. —
/// each typed from its content by <see cref="SectionClassifier"/>. The closing formula ends the body. In a memo with a
/// single heading, a paragraph opening with another section's phrase ends that heading's section.
/// </summary>
public sealed partial class SectionParser
{
    private readonly SectionClassifier _classifier;

    public SectionParser(SectionClassifier classifier) => _classifier = classifier;

    public IReadOnlyList<Section> Parse(IReadOnlyList<BodyLine> lines)
    {
        var sections = new List<Section>();
        SectionHeading? heading = null;
        var headedText = new List<string>();
        var paragraph = new List<string>();
        int paragraphBlock = int.MinValue;

        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            // Wrapped lines of a paragraph: a wrap between Thai letters is no space (see ThaiText.JoinWrapped).
            var text = ThaiText.UnwrapLines(paragraph);
            paragraph.Clear();
            if (heading is not null) { headedText.Add(text); return; }
            // A paragraph with no word (a stray number or code between header and body) is no section.
            if (!ParsingText.HasWord(text)) return;
            var verdict = _classifier.Classify(text);
            sections.Add(new Section(verdict.Type, null, text, verdict.Confidence));
        }

        void FlushHeaded()
        {
            FlushParagraph();
            if (heading is null) return;
            sections.Add(new Section(heading.Type, heading.Heading, string.Join('\n', headedText), 0.98));
            heading = null;
            headedText.Clear();
        }

        // A memo that prints one heading only (๑. ความเป็นมา over its first paragraph) leaves the paragraphs after it
        // unheaded: one that opens with another section's phrase (ในการนี้, พิจารณาแล้ว, จึงเห็นควร) ends the heading's section.
        bool singleHeading = lines.Count(l => SectionHeadings.Match(ParsingText.WithoutLeadingSpecks(l.Text)) is not null) == 1;

        foreach (var line in lines)
        {
            // Specks OCR read before a paragraph's first word would hide its opening phrase.
            var text = ParsingText.WithoutLeadingSpecks(line.Text);
            if (text.Length == 0 || IsContinuationMarker(text)) continue;

            if (SectionHeadings.IsClosing(text))
            {
                FlushHeaded();
                sections.Add(new Section(SectionType.Closing, null, text, 0.99));
                break;
            }
            if (SectionHeadings.Match(text) is { } found)
            {
                FlushHeaded();
                heading = found;
                paragraphBlock = line.BlockKey;
                if (found.Rest.Length > 0) paragraph.Add(found.Rest);
                continue;
            }
            // A new paragraph starts at a new source block, a numbered item, or — when a text layer or OCR gives a whole
            // page as one block — a line that opens with a paragraph-opening phrase (ตามที่, ในการนี้, จึงเห็นควร…).
            // A block that opens mid-sentence (พ.ศ. ๒๕๖๖ …, และ …) is the paragraph before it, cut by the layout.
            bool newBlock = line.BlockKey != paragraphBlock && !(paragraph.Count > 0 && MidSentence().IsMatch(text));
            if (singleHeading && heading is not null && (headedText.Count > 0 || paragraph.Count > 0) &&
                SectionClassifier.RuleType(text) is { } opens && opens != heading.Type && opens != SectionType.Body)
                FlushHeaded();
            if (newBlock || NumberedItem().IsMatch(text) || (heading is null && SectionClassifier.RuleType(text) is not null))
                FlushParagraph();
            paragraphBlock = line.BlockKey;
            paragraph.Add(text);
        }
        FlushHeaded();
        return sections;
    }

    // "/ มาตรการ..." and "/ข้อ ๒..." at the foot of a page announce the next page's first words.
    private static bool IsContinuationMarker(string text) => text.StartsWith('/') && text.Length <= 40;

    [GeneratedRegex(@"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]|-\s)")]
    private static partial Regex NumberedItem();

    // Words no paragraph opens with: an era or year (พ.ศ. ๒๕๖๖), a conjunction or relative (และ, ซึ่ง, หรือ), a preposition.
    [GeneratedRegex(@"^(?:พ\.\s?ศ\.|[๐-๙0-9]{4}(?!\S)|และ|ซึ่ง|หรือ|ของ(?!ขวัญ)|แก่|แล้ว)")]
    private static partial Regex MidSentence();
}
