using DocIngest.Cli.Evaluation;
using DocIngest.Core.Extraction;

namespace DocIngest.Cli.Tests.Evaluation;

public class ResultComparerSplitTests
{
    private static Document Doc(DocumentKind kind, int start, int end, params string[] signers) => new()
    {
        Kind = kind,
        PageStart = start,
        PageEnd = end,
        Signatures = signers.Select(s => new Person(s, null, null)).ToList(),
    };

    [Fact]
    public void CompareDocuments_BundleReadAsOneDocument_SplitMissesTheAttachment()
    {
        Document[] expected = [Doc(DocumentKind.Memo, 1, 1), Doc(DocumentKind.MeasurePlan, 2, 3)];
        Document[] actual = [Doc(DocumentKind.Memo, 1, 3)];

        var scores = ResultComparer.CompareDocuments(expected, actual);

        Assert.Equal(new Tally(0, 2), scores.DocumentSplit);
    }

    [Fact]
    public void CompareDocuments_BundleSplitRight_EveryDocumentHit()
    {
        Document[] expected = [Doc(DocumentKind.Memo, 1, 1), Doc(DocumentKind.MeasurePlan, 2, 3)];

        var scores = ResultComparer.CompareDocuments(expected, [Doc(DocumentKind.Memo, 1, 1), Doc(DocumentKind.Other, 2, 3)]);

        Assert.Equal(new Tally(2, 2), scores.DocumentSplit);
    }

    [Fact]
    public void CompareSigners_OneReadWithASlip_OneMissedOneInvented()
    {
        var scores = ResultComparer.CompareDocuments(
            [Doc(DocumentKind.Memo, 1, 1, "นายประสิทธิ์ วงศ์ใหญ่", "นางสาวมาลัย ศรีสุข")],
            [Doc(DocumentKind.Memo, 1, 1, "นายประสิทธ์ วงศ์ใหญ่", "นายสมชาย ทองมา")]);

        Assert.Equal(new F1Tally(1, 2, 2), scores.Signatures);
    }
}
