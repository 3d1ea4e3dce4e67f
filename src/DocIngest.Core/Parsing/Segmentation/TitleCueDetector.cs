using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>
/// Recognises the title blocks that open a Thai official document: บันทึกข้อความ (also misread, when memo header labels
/// follow it), a memo header block whose title was lost, คำสั่ง… followed by ที่ n/yyyy, ประกาศ… followed by เรื่อง,
/// รายงานการประชุม / การประชุม… with a meeting date line, and plan or analysis headings (มาตรการ…, แผน…,
/// การวิเคราะห์ผล…) at the top of a page. A page that opens on a title block with a subject line of its own (a centred
/// title over เรื่อง …) and a law's title centred under a gazette page's running head open a document whether or not the
/// one before was closed. Once the document before is complete (signed, or it announced an attachment), a page that
/// opens on a title word or on a table's header row opens the attachment. Table cells never open a document.
/// </summary>
public sealed partial class TitleCueDetector
{
    private const int MaxTitleLength = 150;

    /// <summary>Lines after a title within which its header labels stand.</summary>
    private const int HeaderBlockLines = 7;

    /// <summary>The cue at <paramref name="index"/>, or null when that unit opens no document.</summary>
    /// <param name="units">The file's units.</param>
    /// <param name="index">The unit to judge.</param>
    /// <param name="previousComplete">
    /// The document before has ended as documents end (signed, or it announced an attachment): weaker cues at the top
    /// of a page (a title word alone, a table's header row) then open the next document.
    /// </param>
    public TitleCue? Detect(IReadOnlyList<ContentUnit> units, int index, bool previousComplete = false)
    {
        var unit = units[index];
        if (unit.IsTable) return previousComplete ? TableAtTopOfPage(units, index) : null;
        // Specks read before the title ("i ประกาศ…", ". รายงาน…") would hide its first word.
        string text = ParsingText.WithoutLeadingSpecks(unit.Text);
        if (text.Length == 0 || text.Length > MaxTitleLength) return null;
        string skeleton = ThaiCue.Skeleton(text);

        if (skeleton.Length <= 24 && skeleton.Contains(ThaiCue.Skeleton(TitleBlockSignals.MemoTitle), StringComparison.Ordinal))
            return new TitleCue(index, DocumentKind.Memo, TitleBlockSignals.MemoTitle);

        // A misread บันทึกข้อความ ("บพทกขอความ") is still the memo title when the memo header labels follow it.
        if (TitleBlockSignals.IsMemoTitle(text) && TitleBlockSignals.MemoHeaderLabels(Following(units, index, HeaderBlockLines).Skip(1)) >= 2)
            return new TitleCue(index, DocumentKind.Memo, TitleBlockSignals.MemoTitle);

        // The header block of a memo whose title line was lost altogether: ส่วนราชการ heading its page with the other labels below.
        if (IsTopOfPage(units, index) && TitleBlockSignals.MemoHeaderLabels([text]) == 1 && ThaiCue.StartsWith(text, "ส่วนราชการ") &&
            TitleBlockSignals.MemoHeaderLabels(Following(units, index, HeaderBlockLines)) >= TitleBlockSignals.MemoHeaderMinimumLabels)
            return new TitleCue(index, DocumentKind.Memo, null);

        if (ThaiCue.StartsWith(text, "คำสั่ง") && !ThaiCue.StartsWith(text, "คำสั่งนี้") && HasOrderNumberNear(units, index))
            return new TitleCue(index, DocumentKind.Order, StripTrailingNumber(text));

        // "คำสั่งองค์การบริหารส่วนตำบล…" heading a page, with เรื่อง below: an order even when OCR lost its ที่ n/yyyy line.
        if (OrderTitleWithIssuer().IsMatch(text) && (IsBlockStart(units, index) || IsTopOfPage(units, index)) && HasSubjectNear(units, index))
            return new TitleCue(index, DocumentKind.Order, StripTrailingNumber(text));

        // ประกาศ… also opens sentences citing an announcement, so the title must open its block or page.
        if (ThaiCue.StartsWith(text, "ประกาศ") && text.Length <= 100 && (IsBlockStart(units, index) || IsTopOfPage(units, index)) &&
            HasSubjectNear(units, index))
            return new TitleCue(index, DocumentKind.Announcement, text);

        if (ThaiCue.StartsWith(text, "รายงานการประชุม") || ThaiCue.StartsWith(text, "บันทึกการประชุม"))
            return new TitleCue(index, DocumentKind.Minutes, TitleContinuation.Extend(units, index, text));

        if (ThaiCue.StartsWith(text, "การประชุม") && HasMeetingLineNear(units, index))
            return new TitleCue(index, DocumentKind.Minutes, TitleContinuation.Extend(units, index, text));

        // A law's or code's title (พระราชบัญญัติ…, กฎกระทรวง…) centred under a gazette page's running head, or topping its
        // page after a complete document: the instrument a cover sheet or a covering letter was stapled over starts there.
        if (TitleBlockSignals.OpensWithInstrumentWord(text) && IsCentredTitle(units, index, text, InstrumentTitleMinimumLetters) &&
            (UnderGazetteHeading(units, index) || previousComplete && IsTopOfPage(units, index)))
            return new TitleCue(index, null, TitleContinuation.Extend(units, index, text));

        if (IsPlanHeading(text) && IsTopOfPage(units, index))
            return new TitleCue(index, null, TitleContinuation.Extend(units, index, text));

        // After a complete document, a heading that opens its page with a title word (มาตรการป้องกันการรับสินบน names no
        // year or topic) starts the attachment; a heading with a table's header row right below it does so anywhere.
        bool heading = text.Length <= 100 && TitleBlockSignals.OpensWithTitleWord(text) && !ParsingText.IsPageMarker(text);
        if (heading && IsTopOfPage(units, index) && (previousComplete || HeaderRowBelow(units, index)))
            return new TitleCue(index, null, TitleContinuation.Extend(units, index, text));

        // A title block heading its page: a centred title over a subject line of its own (เอกสารแนบท้ายประกาศ… / ลงวันที่… /
        // เรื่อง…, a form's title over ตามประกาศ… / เรื่อง…). A continued page never repeats a subject line, so the block opens
        // a document whether or not the one before was closed and signed: an attachment stapled behind an unsigned one too.
        if (IsTopOfPage(units, index) && IsCentredTitle(units, index, text, SubjectTitleMinimumLetters) && HasOwnSubjectBelow(units, index))
            return new TitleCue(index, null, TitleContinuation.Extend(units, index, text), HasSubjectLine: true);

        // After a complete document, a new title block opens its page whatever its first word (แบบฟอร์ม…, แบบ… of a form
        // stapled behind a signed code): a title line set centred, narrower than the text, where a body line runs from
        // margin to margin and a paragraph's first line is indented on one side only.
        if (previousComplete && IsTopOfPage(units, index) && IsCentredTitle(units, index, text, CentredTitleMinimumLetters))
            return new TitleCue(index, null, TitleContinuation.Extend(units, index, text));

        return null;
    }

    /// <summary>Thai letters a centred title line holds at least: page numbers, stamps and a signer's position hold fewer.</summary>
    private const int CentredTitleMinimumLetters = 20;

    /// <summary>
    /// Thai letters a centred title over a subject line holds at least: the subject line below is the evidence a short
    /// title (เอกสารแนบท้ายประกาศ) lacks, while a page number or a stamp still falls short.
    /// </summary>
    private const int SubjectTitleMinimumLetters = 8;

    /// <summary>Thai letters an instrument's title holds at least (ระเบียบ alone has seven): a word of a sentence is no title.</summary>
    private const int InstrumentTitleMinimumLetters = 7;

    /// <summary>Lines under a title within which its block's subject line (เรื่อง …) stands: issuer, date and subject lines come first.</summary>
    private const int SubjectBlockLines = 4;

    /// <summary>A centred line's centre may be off its page's text column's centre by this share of the column.</summary>
    private const double CentreTolerance = 0.03;

    /// <summary>A centred title leaves at least this share of its page's text column free (both sides together).</summary>
    private const double CentredTitleMaximumWidth = 0.9;

    /// <summary>
    /// A line set as a title: centred on its page's text column (the span of the page's lines and tables), narrower than
    /// the column, holding at least <paramref name="minimumLetters"/> Thai letters, and neither a signer's name in
    /// brackets nor a page marker.
    /// </summary>
    private static bool IsCentredTitle(IReadOnlyList<ContentUnit> units, int index, string text, int minimumLetters)
    {
        if (units[index].Line?.Box is not { } box || text.StartsWith('(') || ParsingText.IsPageMarker(text)) return false;
        if (text.Count(c => c is >= '\u0E01' and <= '\u0E4E') < minimumLetters) return false;
        var page = units[index].Page;
        int left = int.MaxValue, right = int.MinValue;
        foreach (var unit in units.Where(u => u.Page == page))
        {
            BoundingBox? other = unit.Line?.Box ?? (unit.Block as TableBlock)?.Table.Box;
            if (other is not { } b) continue;
            left = Math.Min(left, b.X);
            right = Math.Max(right, b.Right);
        }
        double column = right - left;
        if (column <= 0) return false;
        double offCentre = Math.Abs(box.X + box.Width / 2.0 - (left + right) / 2.0);
        return offCentre <= CentreTolerance * column && box.Width <= CentredTitleMaximumWidth * column;
    }

    /// <summary>
    /// A table that opens its page with a header row (ลำดับ | มาตรการ | ผู้รับผิดชอบ…): after a complete document it is an
    /// attachment that starts without a title.
    /// </summary>
    private static TitleCue? TableAtTopOfPage(IReadOnlyList<ContentUnit> units, int index)
    {
        var table = ((TableBlock)units[index].Block).Table;
        if (table.RowCount == 0 || !IsTopOfPage(units, index)) return null;
        return TitleBlockSignals.IsTableHeaderRow(table.Row(0).Select(c => c.Text).ToList()) ? new TitleCue(index, null, null) : null;
    }

    // A subject line (เรื่อง …) among the next few lines on the title's page, tables skipped.
    private static bool HasOwnSubjectBelow(IReadOnlyList<ContentUnit> units, int index)
    {
        int seen = 0;
        for (int i = index + 1; i < units.Count && units[i].Page == units[index].Page && seen < SubjectBlockLines; i++)
        {
            if (units[i].IsTable || units[i].Text.Length == 0) continue;
            seen++;
            if (TitleBlockSignals.MemoHeaderLabelNames([ParsingText.WithoutLeadingSpecks(units[i].Text)]).Contains("subject")) return true;
        }
        return false;
    }

    // A header row of a table within the next few units (the table a plan's title stands over).
    private static bool HeaderRowBelow(IReadOnlyList<ContentUnit> units, int index)
    {
        for (int i = index + 1; i < units.Count && i <= index + 4 && units[i].Page == units[index].Page; i++)
        {
            if (units[i].Block is TableBlock { Table: var table } && table.RowCount > 0)
                return TitleBlockSignals.IsTableHeaderRow(table.Row(0).Select(c => c.Text).ToList());
        }
        return false;
    }

    // A plan or analysis heading: what it is about (integrity, corruption, ITA) within a short heading line.
    private static bool IsPlanHeading(string text)
    {
        if (text.Length > 120) return false;
        bool opens = ThaiCue.StartsWith(text, "มาตรการ") || ThaiCue.StartsWith(text, "แผน") ||
                     ThaiCue.StartsWith(text, "การวิเคราะห์ผล") || ThaiCue.StartsWith(text, "ผลการวิเคราะห์") ||
                     ThaiCue.StartsWith(text, "รายงานผล") || ThaiCue.StartsWith(text, "รายงานการวิเคราะห์");
        if (!opens) return false;
        return ThaiCue.Contains(text, "คุณธรรม") || ThaiCue.Contains(text, "โปร่งใส") || ThaiCue.Contains(text, "ทุจริต") ||
               text.Contains("ITA", StringComparison.OrdinalIgnoreCase) || ThaiCue.Contains(text, "ปีงบประมาณ");
    }

    // Only a gazette page's running head (หน้า n, เล่ม … ราชกิจจานุเบกษา …) and short marks (an emblem's specks) stand above
    // the line on its page, and the running head does.
    private static bool UnderGazetteHeading(IReadOnlyList<ContentUnit> units, int index)
    {
        var page = units[index].Page;
        bool head = false;
        for (int i = index - 1; i >= 0 && units[i].Page == page; i--)
        {
            var t = units[i].Text;
            if (TitleBlockSignals.IsGazetteHeading(t)) head = true;
            else if (!(t.Length == 0 || ParsingText.IsPageMarker(t) || t.Length <= 10)) return false;
        }
        return head;
    }

    // First real line of its page: page numbers and stray short marks (scanner stamps, "043-65") do not count.
    private static bool IsTopOfPage(IReadOnlyList<ContentUnit> units, int index)
    {
        var page = units[index].Page;
        for (int i = index - 1; i >= 0 && units[i].Page == page; i--)
        {
            var t = units[i].Text;
            if (t.Length == 0 || ParsingText.IsPageMarker(t) || t.Length <= 10) continue;
            return false;
        }
        return true;
    }

    private static bool IsBlockStart(IReadOnlyList<ContentUnit> units, int index) =>
        index == 0 || units[index - 1].Page != units[index].Page || units[index - 1].BlockIndex != units[index].BlockIndex;

    private static bool HasOrderNumberNear(IReadOnlyList<ContentUnit> units, int index) =>
        Following(units, index, 3).Any(t => OrderNumberLine().IsMatch(ParsingText.Fold(t)));

    private static bool HasSubjectNear(IReadOnlyList<ContentUnit> units, int index) =>
        ThaiCue.Contains(units[index].Text, "เรื่อง") && units[index].Text.Length <= 100 ||
        Following(units, index, 3).Skip(1).Any(t => ThaiCue.StartsWith(t, "เรื่อง") || ThaiCue.StartsWith(t, "ฉบับที่"));

    private static bool HasMeetingLineNear(IReadOnlyList<ContentUnit> units, int index) =>
        Following(units, index, 5).Skip(1).Any(t =>
            ThaiCue.Contains(t, "ครั้งที่") || ThaiCue.Contains(t, "ผู้มาประชุม") || ThaiCue.Contains(t, "เริ่มประชุม") ||
            (ThaiCue.StartsWith(t, "วัน") && ThaiCue.Contains(t, "เวลา")) || ThaiCue.Contains(t, "ณห้องประชุม"));

    // The unit's own text and the next texts (tables skipped), at most count in all.
    private static IEnumerable<string> Following(IReadOnlyList<ContentUnit> units, int index, int count)
    {
        int taken = 0;
        for (int i = index; i < units.Count && taken < count; i++)
        {
            if (units[i].IsTable || units[i].Text.Length == 0) continue;
            taken++;
            yield return units[i].Text;
        }
    }

    private static string StripTrailingNumber(string title)
    {
        var m = OrderNumberLine().Match(ParsingText.Fold(title));
        return m.Success && m.Index > 0 ? title[..m.Index].Trim() : title;
    }

    // คำสั่ง followed directly by the issuing body; tone marks may be lost (คำสัง).
    [GeneratedRegex(@"^\s*คำ\s?ส[\u0E31-\u0E4B]*ง\s*(?:องค์การ|องค[\u0E31-\u0E4E]*การ|เทศบาล|อำเภอ|จังหวัด|กรม|สำนัก|กระทรวง|มหาวิทยาลัย|โรงเรียน)")]
    private static partial Regex OrderTitleWithIssuer();

    // ที่ ๕/๒๕๖๔, ที 12 / 2566 (tone mark lost), ที่ พิเศษ 3/2565
    [GeneratedRegex(@"(?:^|\s)ท[\u0E34-\u0E4B]*\s*(?:พิเศษ\s*)?[0-9]{1,4}\s*/\s*[0-9]{2,4}")]
    private static partial Regex OrderNumberLine();
}
