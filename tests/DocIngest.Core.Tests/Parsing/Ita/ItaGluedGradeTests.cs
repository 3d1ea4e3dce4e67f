using DocIngest.Core.Extraction;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// A grade whose space to the next word OCR lost: a Latin letter or digit glued to a Thai word ("ระดับ Bซึ่ง…"), or a Thai
/// letter OCR made of it glued to a word that opens with a leading vowel ("ระดับ คและ…"), which it cannot begin: the
/// grade; a word after ระดับ that a consonant really opens (ระดับความ…) still gives none. Lines written for these tests.
/// </summary>
public class ItaGluedGradeTests
{
    [Theory]
    // A Latin grade as printed, glued on (to a word a consonant or a leading vowel opens).
    [InlineData("ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๔ ซึ่งได้คะแนน ๙๖.๑๕ คะแนน อยู่ในระดับ AAสูงขึ้นจากปีก่อน", 2564, 96.15, "AA")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๔ หน่วยงานอยู่ในระดับ Bด้วยคะแนน ๗๙.๒๐ คะแนน", 2564, 79.20, "B")]
    // A look-alike OCR writes for A (ค), glued on: A, its score's band.
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ หน่วยงานได้ ๙๐.๑๒ คะแนน อยู่ในระดับ คและผ่านเกณฑ์", 2565, 90.12, "A")]
    // Another Thai letter for the grade, glued on: no grade read, the score's band.
    [InlineData("ในปี พ.ศ. ๒๕๖๓ ได้คะแนนรวม ๖๘.๔๐ คะแนน ระดับ ฉโดยมีคะแนนรายตัวชี้วัดดังนี้", 2563, 68.40, "C")]
    public void Parse_GradeGluedToWordOpeningWithLeadingVowel_Grade(string line, int year, double score, string grade)
    {
        Assert.Equal(new ItaResult(year, score, grade), Assert.Single(Parse(line).Results));
    }

    [Fact]
    public void Parse_DigitLookalikeGluedOnWithoutYearInClause_Grade()
    {
        // B read as 8 and glued on; without a year or a total in its clause the score is a result only by its grade.
        var results = Parse("ส่วนหน่วยงานได้ ๗๙.๒๐ คะแนน ระดับ 8โดยมีรายละเอียดดังนี้").Results;

        Assert.Equal(new ItaResult(null, 79.20, "B"), Assert.Single(results));
    }

    [Fact]
    public void Parse_GradesGluedToTheNextClause_EachResultItsGrade()
    {
        // Two results in one sentence, each grade glued to the word after it (และ, ไม่ผ่าน). (Main read these through
        // the grade-a-few-words-on wording already, each clause naming its year: a guard that both stay apart.)
        var results = Parse("ปี พ.ศ. ๒๕๖๔ ได้ ๕๓.๒๐ คะแนน ระดับ Eและปี พ.ศ. ๒๕๖๓ ได้ ๔๘.๑๐ คะแนน ระดับ Fไม่ผ่านเกณฑ์ทั้งสองปี").Results;

        Assert.Equal([new ItaResult(2564, 53.20, "E"), new ItaResult(2563, 48.10, "F")], results);
    }

    [Fact]
    public void Parse_GradeGluedOnAfterWrappedTotal_Grade()
    {
        // The total's score ends one line, คะแนน and the glued grade open the next.
        var results = Parse("ในปีงบประมาณ พ.ศ. ๒๕๖๖ สำนักงานได้คะแนนรวม ๘๗.๓๐", "คะแนน ระดับ คโดยมีผลรายตัวชี้วัด ดังนี้").Results;

        Assert.Equal(new ItaResult(2566, 87.30, "A"), Assert.Single(results));
    }

    [Theory]
    // ระดับ before a word a consonant opens: the level of something else, no grade made up.
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนนรวม ๘๗.๓๐ คะแนน ระดับความพึงพอใจสูงขึ้น")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนนรวม ๘๗.๓๐ คะแนน ระดับคุณธรรมของหน่วยงานดีขึ้น")]
    public void Parse_LevelBeforeWordOpenedByConsonant_NoGrade(string line)
    {
        Assert.Null(Assert.Single(Parse(line).Results).Grade);
    }
}
