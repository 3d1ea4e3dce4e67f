using DocIngest.Core.Classification;
using DocIngest.Pipeline.Classification;
using DocIngest.Training.Classification;

namespace DocIngest.Training.Tests.Classification;

public class SectionCrossValidationTests
{
    private const string Documents = """
        # generated
        label	text
        # document: a.expected.json#0
        # headed: 1
        background	ตามที่จังหวัดได้แจ้งแนวทางการประเมิน นั้น
        facts	หน่วยงานได้สำรวจข้อมูลบนเว็บไซต์แล้ว
        # document: b.expected.json#0
        # headed:
        proposal	จึงเห็นควรแต่งตั้งคณะทำงาน
        """;

    [Fact]
    public void Read_DocumentAndHeadedComments_GroupsRowsByDocument()
    {
        var documents = SectionCrossValidation.Read(new StringReader(Documents), "test");

        Assert.Equal(["a.expected.json#0", "b.expected.json#0"], documents.Select(d => d.Name));
        Assert.Equal(["background", "facts"], documents[0].Rows.Select(r => r.Label));
        Assert.Equal([1], documents[0].Headed);
        Assert.Empty(documents[1].Headed);
    }

    [Fact]
    public void Read_BadHeadedIndex_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => SectionCrossValidation.Read(new StringReader("# document: a\n# headed: x\nfacts\tข้อความ"), "test"));
    }

    [Fact]
    public void Folds_TenDocumentsInFive_TwoInEachAndTheSameEveryRun()
    {
        var documents = Enumerable.Range(0, 10).Select(i => new DocumentSections($"memo-{i}", [new LabelledText("facts", "ข้อความ")], new HashSet<int>())).ToList();

        var folds = SectionCrossValidation.Folds(documents, 5);

        Assert.All(folds.Values.GroupBy(f => f), g => Assert.Equal(2, g.Count()));
        Assert.Equal(folds, SectionCrossValidation.Folds(Enumerable.Reverse(documents), 5));
    }

    [Fact]
    public void Run_GeneratedRowsAndDocuments_ScoresEveryTypeAndTheUnheadedSections()
    {
        var generated = LabelledTextFiles.Read(TrainingDirectory.File(TrainingDirectory.Find(null), TrainingDirectory.SectionsData)!).Take(140).ToList();
        var documents = SectionCrossValidation.Read(new StringReader(Documents), "test");
        var output = new StringWriter();

        SectionCrossValidation.Run(generated, documents, current: null,
            [new SectionCrossValidation.Candidate("words", TextFeatures.CharactersAndWords, 1)], folds: 2, output);

        var text = output.ToString();
        Assert.Contains("2 documents, 3 sections (2 unheaded), 2 folds by document", text);
        Assert.Contains("all sections: 3", text);
        Assert.Contains("unheaded sections (the classifier decides them in the reader): 2", text);
        // The rules type the background (ตามที่…นั้น) and the proposal (จึงเห็นควร) by their opening phrases.
        Assert.Matches(@"background\s+1 \|\s+1 \(1\.000\)", text);
        Assert.Matches(@"proposal\s+1 \|\s+1 \(1\.000\)", text);
    }
}
