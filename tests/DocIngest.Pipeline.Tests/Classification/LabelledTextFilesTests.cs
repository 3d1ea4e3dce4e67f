using DocIngest.Core.Classification;
using DocIngest.Pipeline.Classification;

namespace DocIngest.Pipeline.Tests.Classification;

public class LabelledTextFilesTests
{
    [Fact]
    public void ReadBaseRows_SectionsWithDocuments_AddsEachDocumentRowByItsWeight()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"base-rows-{Guid.NewGuid():N}")).FullName;
        try
        {
            LabelledTextFiles.Append(Path.Combine(dir, TrainingDirectory.SectionsData), [new LabelledText("facts", "ในการนี้ หน่วยงานได้ตรวจสอบแล้ว")]);
            File.WriteAllText(Path.Combine(dir, TrainingDirectory.SectionsDocuments), "# document: a\n# headed:\nproposal\tจึงเห็นควรอนุมัติ\n");
            LabelledTextFiles.Append(Path.Combine(dir, TrainingDirectory.KindsData), [new LabelledText("memo", "บันทึกข้อความ")]);

            var sections = LabelledTextFiles.ReadBaseRows(dir, ClassifierRetraining.Sections)!;
            var kinds = LabelledTextFiles.ReadBaseRows(dir, ClassifierRetraining.Kinds)!;

            Assert.Equal(1 + LabelledTextFiles.DocumentRowWeight, sections.Count);
            Assert.Equal(LabelledTextFiles.DocumentRowWeight, sections.Count(r => r.Label == "proposal"));
            Assert.Equal(["memo"], kinds.Select(r => r.Label));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ReadBaseRows_NoSectionsFile_Null()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"base-rows-{Guid.NewGuid():N}")).FullName;
        try
        {
            Assert.Null(LabelledTextFiles.ReadBaseRows(dir, ClassifierRetraining.Sections));
        }
        finally
        {
            Directory.Delete(dir);
        }
    }
}
