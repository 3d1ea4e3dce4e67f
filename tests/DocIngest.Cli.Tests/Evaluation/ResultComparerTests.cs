using DocIngest.Cli.Evaluation;
using DocIngest.Core.Extraction;

namespace DocIngest.Cli.Tests.Evaluation;

public class ResultComparerTests
{
    private static Measure M(string title, string[]? steps = null, string[]? responsible = null, string? period = null) => new()
    {
        Title = title,
        Steps = steps ?? [],
        Responsible = responsible ?? [],
        Period = period is null ? null : new Period(period, null, null),
    };

    [Fact]
    public void CompareMeasures_OneFoundOneMissedOneExtra_GivesF1Half()
    {
        Measure[] expected = [M("เปิดเผยข้อมูลสาธารณะ"), M("ป้องกันผลประโยชน์ทับซ้อน")];
        Measure[] actual = [M("เปิดเผยข้อมูลสาธารณ:"), M("ส่งเสริมการมีส่วนร่วมของประชาชน")];

        var (match, _) = ResultComparer.CompareMeasures(expected, actual);

        Assert.Equal(new F1Tally(1, 2, 2), match);
        Assert.Equal(0.5, match.F1);
    }

    [Fact]
    public void CompareMeasures_MatchedMeasure_ScoresStepsResponsibleAndPeriodCells()
    {
        Measure[] expected = [M("เปิดเผยข้อมูลสาธารณะ", ["จัดทำประกาศ", "เผยแพร่"], ["สำนักปลัด", "กองคลัง"], "ต.ค. ๖๕ - ก.ย. ๖๖")];
        Measure[] actual = [M("เปิดเผยข้อมูลสาธารณะ", ["จัดทำประกาศ", "เผยแพร่"], ["กองคลัง", "สำนักปลัด"], "ต.ค. ๖๕")];

        var (_, cells) = ResultComparer.CompareMeasures(expected, actual);

        Assert.Equal(new Tally(2, 3), cells); // steps and responsible (order-free) right, period wrong
    }

    [Fact]
    public void CompareMembers_NamesWithExtraSpaces_MatchAndRolesAreScored()
    {
        Person[] expected = [new("นายสมชาย ใจดี", Role: "ประธานกรรมการ"), new("นางสมศรี มีสุข", Role: "กรรมการ")];
        Person[] actual = [new("นายสมชาย  ใจดี", Role: "ประธานกรรมการ"), new("นางสมศรี มีสุข", Role: "เลขานุการ"), new("นายใคร ก็ไม่รู้")];

        var (names, roles) = ResultComparer.CompareMembers(expected, actual);

        Assert.Equal(new F1Tally(2, 3, 2), names);
        Assert.Equal(new Tally(1, 2), roles);
    }

    [Fact]
    public void CompareHeader_OnlyExpectedFieldsCount()
    {
        var expected = new MemoHeader { Reference = "กส 51001/1333", Date = "2022-02-10", Subject = "รายงานผล" };
        var actual = new MemoHeader { Reference = "กส  51001/1333", Date = "2022-02-11", Phone = "043-816061" };

        Assert.Equal(new Tally(1, 3), ResultComparer.CompareHeader(expected, actual));
    }

    [Fact]
    public void Compare_DocumentsAlignedByPages_ScoresKindsAndIndicators()
    {
        var expected = Result(
            new Document { Kind = DocumentKind.Memo, PageStart = 1, PageEnd = 2, Indicators = [new Indicator(1, null, 99.46), new Indicator(2, null, 80)] },
            new Document { Kind = DocumentKind.Order, PageStart = 3, PageEnd = 3 });
        var actual = Result(
            new Document { Kind = DocumentKind.Memo, PageStart = 1, PageEnd = 3, Indicators = [new Indicator(1, "การปฏิบัติหน้าที่", 99.46)] });

        var scores = ResultComparer.Compare(expected, actual);

        Assert.Equal(new Tally(1, 2), scores.DocumentKind); // the order was swallowed by the memo
        Assert.Equal(new F1Tally(1, 1, 2), scores.Indicators);
        Assert.Equal(new CerTally(0, 0), scores.PageCer);
    }

    [Fact]
    public void PageCer_MissingPage_CountsAllItsCharactersWrong()
    {
        PageResult[] expected = [new() { Number = 1, Method = "ocr", Text = "กขค" }, new() { Number = 2, Method = "ocr", Text = "งจ" }];
        PageResult[] actual = [new() { Number = 1, Method = "ocr", Text = "กขค" }];

        Assert.Equal(new CerTally(2, 5), ResultComparer.PageCer(expected, actual));
    }

    private static TableResult Table(params string[][] rows) => new(rows.Length, rows[0].Length, null,
        rows.SelectMany((cells, r) => cells.Select((text, c) => new CellResult(r, c, 1, 1, text, text.Split('\n'), null, 1))).ToList());

    [Fact]
    public void Prose_PageWithTable_DropsTheTablesCellLines()
    {
        var page = new PageResult
        {
            Number = 1, Method = "ocr",
            Text = "มาตรการส่งเสริมคุณธรรม\nลำดับ\nมาตรการ\n๑\nเปิดเผยข้อมูล\nสำนักปลัด\nลงชื่อ",
            Tables = [Table(["ลำดับ", "มาตรการ"], ["๑", "เปิดเผยข้อมูล\nสำนักปลัด"])],
        };

        Assert.Equal("มาตรการส่งเสริมคุณธรรม\nลงชื่อ", ResultComparer.Prose(page));
    }

    [Fact]
    public void Prose_TableLinesNotInText_Throws()
    {
        var page = new PageResult { Number = 1, Method = "ocr", Text = "ลำดับ\nอื่น", Tables = [Table(["ลำดับ", "มาตรการ"])] };

        Assert.Throws<InvalidDataException>(() => ResultComparer.Prose(page));
    }

    [Fact]
    public void ProseCerAndTableCer_ErrorsInCellsAndInProse_AreCountedApart()
    {
        PageResult[] expected = [new()
        {
            Number = 1, Method = "ocr", Text = "หัวเรื่อง\nกข\nคง",
            Tables = [Table(["กข", "คง"])],
        }];
        PageResult[] actual = [new()
        {
            Number = 1, Method = "ocr", Text = "หัวเรือง\nกข\nคจ",
            Lines = [new LineResult("หัวเรือง", null, 0.9)],
            Tables = [Table(["กข", "คจ"])],
        }];

        Assert.Equal(new CerTally(1, 9), ResultComparer.ProseCer(expected, actual));
        Assert.Equal(new CerTally(1, 4), ResultComparer.TableCer(expected, actual));
    }

    [Fact]
    public void TableCer_TableNotFound_CountsEveryCellCharacterWrong()
    {
        PageResult[] expected = [new() { Number = 1, Method = "ocr", Text = "กข\nคง", Tables = [Table(["กข", "คง"])] }];
        PageResult[] actual = [new() { Number = 1, Method = "ocr", Text = "กข คง", Lines = [new LineResult("กข คง", null, 0.9)] }];

        Assert.Equal(new CerTally(4, 4), ResultComparer.TableCer(expected, actual));
        Assert.Equal(new CerTally(4, 0), ResultComparer.ProseCer(expected, actual));
    }

    private static ExtractionResult Result(params Document[] documents) => new()
    {
        Source = new SourceInfo("x.pdf", new string('0', 64), "application/pdf", 3),
        Documents = documents,
    };
}
