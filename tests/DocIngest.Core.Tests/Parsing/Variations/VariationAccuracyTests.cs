using DocIngest.Core.Extraction;
using DocIngest.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Core.Tests.Parsing.Variations;

/// <summary>
/// Per-field accuracy of the reader on corpora of generated variations (not the seeds). The report is written to
/// the test output; each field must reach the bar so that a regression in any one field fails the build.
/// </summary>
public class VariationAccuracyTests(ITestOutputHelper output)
{
    private const double Bar = 0.9;

    [Fact]
    public void Read_MemoVariations_EachFieldAtLeastNinetyPercent()
    {
        var score = new FieldScore();
        foreach (var c in MemoVariations.All())
        {
            var docs = Readers.Read(c.Text);
            score.Check("documents", c.Name, 1, docs.Count);
            var d = docs[0];
            score.Check("kind", c.Name, DocumentKind.Memo, d.Kind);
            score.Check("agency", c.Name, c.Agency, d.Header?.Agency);
            score.Check("phone", c.Name, c.Phone, d.Header?.Phone);
            score.Check("reference", c.Name, c.Reference, d.Header?.Reference);
            score.Check("date", c.Name, c.Date, d.Header?.Date);
            score.Check("dateText", c.Name, c.DateText, d.Header?.DateText);
            score.Check("subject", c.Name, c.Subject, d.Header?.Subject);
            score.Check("addressee", c.Name, c.Addressee, d.Header?.Addressee);
            score.Check("organization", c.Name, c.Organization, d.Organization);
            score.Check("fiscalYear", c.Name, c.FiscalYear, d.FiscalYear);
            score.Check("sectionTypes", c.Name, string.Join(',', c.SectionTypes), string.Join(',', d.Sections.Select(s => KebabEnumConverter<SectionType>.Format(s.Type))));
            score.Check("signer", c.Name, (c.Signer, c.SignerPosition), d.Signatures.Select(s => (s.Name, s.Position ?? "")).FirstOrDefault());
        }
        AssertBar(score);
    }

    [Fact]
    public void Read_OrderVariations_EachFieldAtLeastNinetyPercent()
    {
        var score = new FieldScore();
        foreach (var c in OrderVariations.All())
        {
            var docs = Readers.Read(c.Text);
            score.Check("documents", c.Name, 1, docs.Count);
            var d = docs[0];
            score.Check("kind", c.Name, DocumentKind.Order, d.Kind);
            score.Check("orderNumber", c.Name, c.OrderNumber, d.OrderNumber);
            score.Check("subject", c.Name, c.Subject, d.Header?.Subject);
            score.Check("date", c.Name, c.Date, d.Header?.Date);
            score.Check("organization", c.Name, c.Organization, d.Organization);
            score.Check("fiscalYear", c.Name, c.FiscalYear, d.FiscalYear);
            score.Check("members", c.Name, string.Join(';', c.Members.Select(m => $"{m.Name}|{m.Position}|{m.Role}")), string.Join(';', d.Members.Select(m => $"{m.Name}|{m.Position}|{m.Role}")));
            score.Check("signer", c.Name, c.Signer, d.Signatures.FirstOrDefault()?.Name);
        }
        AssertBar(score);
    }

    [Fact]
    public void Read_ItaVariations_EachFieldAtLeastNinetyPercent()
    {
        var score = new FieldScore();
        foreach (var c in ItaVariations.All())
        {
            var d = Readers.Read(c.Text)[0];
            score.Check("kind", c.Name, DocumentKind.ItaAnalysis, d.Kind);
            score.Check("indicatorNumbers", c.Name, string.Join(',', c.Indicators.Select(i => i.Number)), string.Join(',', d.Indicators.Select(i => i.Number)));
            score.Check("indicatorScores", c.Name, string.Join(',', c.Indicators.Select(i => i.Score)), string.Join(',', d.Indicators.Select(i => i.Score)));
            score.Check("indicatorYears", c.Name, true, d.Indicators.Count > 0 && d.Indicators.All(i => i.FiscalYear == c.Result.FiscalYear));
            score.Check("itaResult", c.Name, c.Result, d.ItaResults.FirstOrDefault());
            score.Check("fiscalYear", c.Name, c.Result.FiscalYear, d.FiscalYear);
            score.Check("organization", c.Name, "เทศบาลตำบลโนนสูง", d.Organization);
        }
        AssertBar(score);
    }

    [Fact]
    public void Parse_ItaSentencesNamingTwoYears_ScoreGradeAndYearAtLeastNinetyFivePercent()
    {
        var score = new FieldScore();
        foreach (var c in UnsampledVariations.ItaSentences())
        {
            var result = new DocIngest.Core.Parsing.Ita.ItaParser().Parse([c.Line], [], null, new List<string>()).Results.FirstOrDefault();
            score.Check("score", c.Name, c.Result.Score, result?.Score);
            score.Check("grade", c.Name, c.Result.Grade, result?.Grade);
            score.Check("year", c.Name, c.Result.FiscalYear, result?.FiscalYear);
        }
        AssertBar(score, 0.95);
    }

    [Fact]
    public void Read_AnnouncementsWithParagraphMeasures_EachFieldAtLeastNinetyFivePercent()
    {
        var score = new FieldScore();
        foreach (var c in UnsampledVariations.Announcements())
        {
            var d = Readers.Default.Read(SeedPages.FromText(c.Text))[0];
            score.Check("kind", c.Name, DocumentKind.Announcement, d.Kind);
            score.Check("measureCount", c.Name, c.Titles.Length, d.Measures.Count);
            score.Check("titles", c.Name, string.Join('|', c.Titles), string.Join('|', d.Measures.Select(m => m.Title)));
            score.Check("units", c.Name, string.Join('|', c.Units.Select(u => u ?? "")), string.Join('|', d.Measures.Select(m => string.Join(',', m.Responsible))));
            score.Check("periodStarts", c.Name, string.Join('|', c.PeriodStarts.Select(p => p ?? "")), string.Join('|', d.Measures.Select(m => m.Period?.Start ?? "")));
            score.Check("signer", c.Name, "นายประจักษ์ ทองคำ", d.Signatures.FirstOrDefault()?.Name);
        }
        AssertBar(score, 0.95);
    }

    private void AssertBar(FieldScore score, double bar = Bar)
    {
        output.WriteLine(score.Report());
        var below = score.Fields.Where(f => score.Accuracy(f) < bar).ToList();
        Assert.True(below.Count == 0, "below the bar: " + string.Join(", ", below) + "\n" + score.Report());
    }
}
