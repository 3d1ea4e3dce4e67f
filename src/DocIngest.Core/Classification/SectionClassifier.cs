using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Classification;

/// <summary>A section type with how sure the classifier is.</summary>
public sealed record SectionVerdict(SectionType Type, double Confidence);

/// <summary>
/// Decides the type of a body paragraph that has no printed heading: opening-phrase rules of Thai official
/// writing (ตามที่…นั้น = background, ในการนี้ = facts, จึงเห็นควร = proposal…) combined with the ML.NET model
/// trained on data/training/sections.tsv. Without a model the rules decide alone and say so.
/// </summary>
public sealed partial class SectionClassifier
{
    /// <summary>
    /// Below this probability the model's guess is not trusted and the paragraph stays "body". None: where no opening
    /// phrase decides, the model's best type was right more often than "body" in every probability band of the
    /// leave-documents-out cross-validation (<c>docingest train-sections --cross-validate</c>: 94 of 110 sections at 0,
    /// 92 at 0.25, 89 at 0.45), as the documents' memos have almost no untyped paragraphs; its probability still sets the confidence.
    /// </summary>
    public const double MinimumModelProbability = 0.0;

    /// <summary>What the section model reads: word n-grams after Thai word breaking carry across wordings (cross-validated
    /// model alone 75 of 110 sections, characters alone 69).</summary>
    public const TextFeatures ModelFeatures = TextFeatures.CharactersAndWords;

    private readonly TextCategoryModel? _model;
    private readonly double _minimumModelProbability;

    /// <summary>A classifier over <paramref name="model"/> (null: the rules alone).</summary>
    /// <param name="model">The trained model, or null.</param>
    /// <param name="minimumModelProbability">The model's verdict counts from this probability on (the cross-validation of
    /// <c>docingest train-sections --cross-validate</c> compares thresholds).</param>
    public SectionClassifier(TextCategoryModel? model, double minimumModelProbability = MinimumModelProbability)
    {
        _model = model;
        _minimumModelProbability = minimumModelProbability;
    }

    /// <summary>True when a trained model backs the rules.</summary>
    public bool HasModel => _model is not null;

    public SectionVerdict Classify(string paragraph)
    {
        var rule = ParagraphType(paragraph);
        if (_model is null) return rule is { } r ? new SectionVerdict(r, 0.8) : new SectionVerdict(SectionType.Body, 0.5);

        var prediction = _model.Predict(paragraph);
        bool known = Enum.TryParse<SectionType>(prediction.Label, ignoreCase: true, out var modelType);
        if (rule is { } ruled)
        {
            double agreement = prediction.All.GetValueOrDefault(ruled.ToString().ToLowerInvariant());
            // The opening phrase is strong evidence; the model raises or lowers how sure we are.
            return new SectionVerdict(ruled, Math.Round(0.7 + 0.3 * agreement, 3));
        }
        // A phrase inside the paragraph that only one section says types it before the model: where the two disagreed in
        // the cross-validation the phrase was right every time.
        if (ContentType(paragraph) is { } content) return ContentVerdict(content, prediction);
        if (known && modelType == SectionType.Legal && !CitesLaw(paragraph)) return WithoutLegal(prediction);
        if (known && prediction.Probability >= _minimumModelProbability) return new SectionVerdict(modelType, Math.Round(prediction.Probability, 3));
        return new SectionVerdict(SectionType.Body, Math.Round(1 - prediction.Probability, 3));
    }

    /// <summary>
    /// How sure a verdict must be to end a printed heading's section (<see cref="Parsing.Sections.SectionParser"/>, memos
    /// with one heading): the model fills in a type at any probability, but cutting a headed section on a guess moves
    /// its text to sections of their own, so only an opening phrase, a content phrase or a probable model verdict cuts.
    /// </summary>
    public const double MinimumConfidenceToEndHeading = 0.45;

    private static SectionVerdict ContentVerdict(SectionType type, CategoryPrediction prediction) =>
        new(type, Math.Round(0.5 + 0.3 * prediction.All.GetValueOrDefault(type.ToString().ToLowerInvariant()), 3));

    /// <summary>
    /// The type a phrase inside the paragraph announces, or null: a proposal's จึงเห็นควร / เห็นสมควร / จึงขออนุมัติ /
    /// จึงขอความเห็นชอบ or a clause opening with ขออนุญาต / ขออนุมัติ / ขอความเห็นชอบ, a consideration's พิจารณาแล้ว / เห็นว่า or "… ดังกล่าวเป็นไปตาม…", a finding's พบว่า, a
    /// background's ได้มีหนังสือ / ได้รับแจ้ง; in that order, as a paragraph that reports a finding and then proposes is the
    /// proposal. Used where no opening phrase decided, before the model.
    /// </summary>
    public static SectionType? ContentType(string paragraph)
    {
        if (ProposalPhrase().IsMatch(paragraph)) return SectionType.Proposal;
        if (ConsiderationPhrase().IsMatch(paragraph)) return SectionType.Considerations;
        if (paragraph.Contains("พบว่า", StringComparison.Ordinal)) return SectionType.Facts;
        if (BackgroundPhrase().IsMatch(paragraph)) return SectionType.Background;
        return null;
    }

    // A speck may also come out as one to three Latin letters ("Lee อ้างถึง…"): a Thai memo's paragraph opens in Thai.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s:;,.'`|()]*(?:[-•]\s*)?(?:\(?[0-9๐-๙]{1,2}\s*[.)]\s*|[^\p{L}\s]{1,3}\s+|[A-Za-z]{1,3}\s+(?=[\u0E01-\u0E2E]))?")]
    private static partial System.Text.RegularExpressions.Regex OpeningMarks();

    // A request verb opening a clause after a space ("กลุ่มงานบริหารทั่วไป ขออนุญาตนำประกาศ…") asks as จึงขอ… does; one glued
    // to a word before it is part of a phrase (ได้ขออนุมัติ… reports an earlier request, แบบขออนุญาต… names a form).
    [System.Text.RegularExpressions.GeneratedRegex(@"จึงเห็นควร|เห็นสมควร|จึงขออนุมัติ|จึงเรียนเสนอ|จึงขอเสนอ|จึงขอความเห็นชอบ|จึงขออนุญาต|(?:^|\s)ขอ(?:อนุญาต|อนุมัติ|ความเห็นชอบ)")]
    private static partial System.Text.RegularExpressions.Regex ProposalPhrase();

    [System.Text.RegularExpressions.GeneratedRegex(@"พิจารณาแล้ว|เห็นว่า|ดังกล่าวเป็นไปตาม|ดังกล่าวสอดคล้อง")]
    private static partial System.Text.RegularExpressions.Regex ConsiderationPhrase();

    [System.Text.RegularExpressions.GeneratedRegex(@"ได้มีหนังสือ|ได้รับแจ้ง|ได้รับหนังสือ")]
    private static partial System.Text.RegularExpressions.Regex BackgroundPhrase();

    /// <summary>
    /// True when the paragraph names a legal source: an act, a regulation, a section or clause, a cabinet resolution, a
    /// directive. A ข้อกฎหมาย paragraph always cites one (every legal paragraph of the training set does); the model,
    /// which reads character n-grams, also calls "legal" a paragraph that only sounds official (an invitation quoting
    /// an order's title), so its legal verdict needs this evidence.
    /// </summary>
    public static bool CitesLaw(string paragraph) => LegalSource().IsMatch(paragraph);

    /// <summary>The model's best type other than legal, or body when that one is not probable enough.</summary>
    private SectionVerdict WithoutLegal(CategoryPrediction prediction)
    {
        var (label, probability) = prediction.All.Where(p => !p.Key.Equals(nameof(SectionType.Legal), StringComparison.OrdinalIgnoreCase))
            .MaxBy(p => p.Value);
        return label is not null && probability >= _minimumModelProbability && Enum.TryParse<SectionType>(label, ignoreCase: true, out var type)
            ? new SectionVerdict(type, Math.Round(probability, 3))
            : new SectionVerdict(SectionType.Body, Math.Round(1 - prediction.Probability, 3));
    }

    // Act, royal decree, regulation, law, section, ministerial rule, announcement, directive, code, constitution,
    // cabinet resolution, "by virtue of", "under the terms of", and a numbered clause (ข้อ ๕).
    [System.Text.RegularExpressions.GeneratedRegex(@"ระเบียบ|พระราชบัญญัติ|พ\.ร\.บ|พ\.ร\.ฎ|พระราชกฤษฎีกา|กฎหมาย|มาตรา|กฎกระทรวง|ประกาศ|หนังสือสั่งการ|หนังสือกระทรวง|หนังสือกรม|ประมวล|รัฐธรรมนูญ|มติคณะรัฐมนตรี|มติ\s?ครม|อาศัยอำนาจ|ตามความใน|ตามนัย|ข้อ\s?[0-9๐-๙]")]
    private static partial System.Text.RegularExpressions.Regex LegalSource();

    /// <summary>The type an opening phrase announces, or null.</summary>
    public static SectionType? RuleType(string paragraph)
    {
        // Numbering (๑. / 2) / (๓)), bullets and the specks OCR reads before an indented first line (": ", "' ", ", ",
        // a bracket, or a short token of digits and signs such as "๒ " or "0 . " from a speck) do not belong to the opening phrase.
        var text = OpeningMarks().Replace(paragraph, "");
        if (Parsing.Sections.SectionHeadings.IsClosing(text)) return SectionType.Closing;
        if (StartsWithAny(text, "ตามที่", "ตามหนังสือ", "อ้างถึง", "ตามบันทึก", "ตามคำสั่ง", "ตามประกาศ", "สืบเนื่องจาก")) return SectionType.Background;
        if (StartsWithAny(text, "ในการนี้", "บัดนี้", "ปัจจุบัน", "ข้อเท็จจริงปรากฏ", "จากการตรวจสอบ", "จากการประชุม")) return SectionType.Facts;
        if (StartsWithAny(text, "อาศัยอำนาจ", "ตามระเบียบ", "ตามพระราชบัญญัติ", "ระเบียบกระทรวง", "พระราชบัญญัติ", "ประกาศคณะกรรมการ", "หนังสือสั่งการ"))
            return SectionType.Legal;
        if (StartsWithAny(text, "พิจารณาแล้ว", "จากข้อเท็จจริงดังกล่าว", "จากข้อเท็จจริงและ", "เห็นว่า")) return SectionType.Considerations;
        if (StartsWithAny(text, "จึงเห็นควร", "เห็นควร", "จึงเห็นสมควร", "เห็นสมควร", "จึงเรียนเสนอ", "จึงขออนุมัติ", "จึงขอเสนอ")) return SectionType.Proposal;
        return null;
    }

    /// <summary>
    /// How a paragraph that opens with a connective relates to the one before it, or null: ทั้งนี้ / อนึ่ง add to what the
    /// paragraph before said (a second paragraph of the facts, a condition of the proposal), so they belong to its
    /// section; จึง… draws the conclusion, which in a memo's body is the proposal (จึงเรียน… is the closing, decided before),
    /// and so does ดังนั้น / ฉะนั้น / ด้วยเหตุนี้ when a request (จึงขอ…, จึงเห็นควร…) follows in the paragraph.
    /// Specks and numbering before the connective are skipped as for <see cref="RuleType"/>.
    /// </summary>
    public static ParagraphConnective? Connective(string paragraph)
    {
        var text = OpeningMarks().Replace(paragraph, "");
        if (Parsing.Sections.SectionHeadings.IsClosing(text)) return null;
        if (StartsWithAny(text, "ทั้งนี้", "อนึ่ง")) return ParagraphConnective.Adds;
        if (ThaiCue.StartsWith(text, "จึง")) return ParagraphConnective.Concludes;
        // "ดังนั้น เพื่อให้… จึงขอ…": the memo's conclusion, with its request further in. Without one (ดังนั้น การดำเนินการ
        // ดังกล่าวจึงเป็นไปตาม…) the paragraph may still weigh the facts: the classifier decides.
        if (StartsWithAny(text, "ดังนั้น", "ฉะนั้น", "เพราะฉะนั้น", "ด้วยเหตุนี้", "ด้วยเหตุดังกล่าว") && ConcludingRequest().IsMatch(text))
            return ParagraphConnective.Concludes;
        return null;
    }

    // The main clause of a conclusion that asks for something: จึงขอ… / จึงเห็นควร… / จึงเรียนเสนอ… / จึงเสนอ….
    [System.Text.RegularExpressions.GeneratedRegex(@"จึง\s?(?:ขอ|เห็นควร|เห็นสมควร|เรียนเสนอ|เสนอ)")]
    private static partial System.Text.RegularExpressions.Regex ConcludingRequest();

    /// <summary>
    /// The type of an unheaded paragraph given the section before it: a paragraph opening with ทั้งนี้ / อนึ่ง takes that
    /// section's type (when it is a memo section with a type of its own) unless a request follows the connective (ขอให้…,
    /// ขอความร่วมมือ…: the proposal), one opening with จึง… is the proposal;
    /// otherwise the classifier's verdict on the paragraph alone, also when an opening phrase decides it.
    /// </summary>
    public SectionVerdict Classify(string paragraph, SectionType? previous)
    {
        if (RuleType(paragraph) is null)
        {
            switch (Connective(paragraph))
            {
                // "ทั้งนี้ ขอให้…": a request added after the facts is what the memo asks for, its proposal.
                case ParagraphConnective.Adds when Request().IsMatch(OpeningMarks().Replace(paragraph, "")):
                    return new SectionVerdict(SectionType.Proposal, 0.7);
                case ParagraphConnective.Adds when previous is { } type && type is not (SectionType.Body or SectionType.Closing):
                    return new SectionVerdict(type, 0.7);
                case ParagraphConnective.Concludes:
                    return new SectionVerdict(SectionType.Proposal, 0.7);
            }
        }
        return Classify(paragraph);
    }

    // A connective, then a request: ขอให้… / ขอความร่วมมือ… / ขอความอนุเคราะห์….
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:ทั้งนี้|อนึ่ง)\s*(?:จึง)?ขอ(?:ให้|ความร่วมมือ|ความอนุเคราะห์)")]
    private static partial System.Text.RegularExpressions.Regex Request();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:แล้ว|ดังกล่าว|ไว้|มา)\s*นั้น\s*[.,]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex BackgroundEnding();

    /// <summary>
    /// The type a whole paragraph's shape announces beyond its opening phrase (<see cref="RuleType"/>), or null: ด้วย opens
    /// a memo's background ("ด้วยกระทรวง… กำหนดให้…"; ด้วยความ… is a courtesy), and a paragraph closed by "… ดังกล่าวนั้น" /
    /// "… แล้วนั้น" recalls what happened before; one opening with ผลการประเมิน / ผลการตรวจสอบ / ผลการดำเนินงาน reports a
    /// result, the facts. Judged on whole paragraphs only: a wrapped line may start with ด้วย or ผลการประเมิน.
    /// </summary>
    public static SectionType? ParagraphType(string paragraph)
    {
        if (RuleType(paragraph) is { } rule) return rule;
        var text = paragraph.TrimStart();
        if (StartsWithAny(OpeningMarks().Replace(paragraph, ""), "ผลการประเมิน", "ผลการตรวจสอบ", "ผลการดำเนินงาน", "ผลการดำเนินการ", "ผลการสำรวจ"))
            return SectionType.Facts;
        if (ThaiCue.StartsWith(text, "ด้วย") && !ThaiCue.StartsWith(text, "ด้วยความ")) return SectionType.Background;
        return BackgroundEnding().IsMatch(text) ? SectionType.Background : null;
    }

    // A speck read as one consonant glued before the opening phrase ("ลอ้างถึง…"): a long cue after it still counts.
    private static bool StartsWithAny(string text, params string[] cues) => cues.Any(c => ThaiCue.StartsWith(text, c) ||
        (c.Count(ch => !Thai.ThaiCharacters.IsCombiningMark(ch)) >= MinimumCueAfterSpeck && text.Length > c.Length && text[0] is >= 'ก' and <= 'ฮ' && ThaiCue.StartsWith(text[1..], c)));

    /// <summary>The shortest opening phrase (in letters, marks not counted) still recognised behind a one-letter speck.</summary>
    private const int MinimumCueAfterSpeck = 5;
}

/// <summary>What a connective opening a paragraph says about its place (<see cref="SectionClassifier.Connective"/>).</summary>
public enum ParagraphConnective
{
    /// <summary>ทั้งนี้ / อนึ่ง: more of the section before.</summary>
    Adds,

    /// <summary>จึง…, or ดังนั้น… with a request (จึงขอ…) further in: the conclusion, a memo's proposal.</summary>
    Concludes,
}
