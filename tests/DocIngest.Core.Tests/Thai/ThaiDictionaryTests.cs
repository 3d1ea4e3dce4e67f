using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiDictionaryTests
{
    [Fact]
    public void Default_EmbeddedWordListAndLexicon_Loaded()
    {
        var dictionary = ThaiDictionary.Default;
        Assert.True(dictionary.Count > 50_000);
        Assert.True(dictionary.Contains("ประเมิน"));
        Assert.True(dictionary.Contains("ตัวชี้วัด"));      // from the lexicon, not in the word list
        Assert.True(dictionary.Contains("องค์การบริหารส่วนตำบล"));
        Assert.False(dictionary.Contains("ประเมนิ"));
    }

    [Fact]
    public void Constructor_WordsNeedingNormalisation_StoredNormalised()
    {
        var dictionary = new ThaiDictionary(["ท\u0E48\u0E35", " ", "น\u0E49\u0E4D\u0E32"]);
        Assert.Equal(2, dictionary.Count);
        Assert.True(dictionary.Contains("ที่"));
        Assert.True(dictionary.Contains("น้ำ".AsSpan()));
    }

    [Fact]
    public void PrefixWordLengths_Text_EveryWordStartingThereShortestFirst()
    {
        var dictionary = new ThaiDictionary(["ตา", "ตาก", "ตากลม", "กลม"]);
        Assert.Equal([2, 3, 5], dictionary.PrefixWordLengths("ตากลมมา", 0, 7));
        Assert.Equal([3], dictionary.PrefixWordLengths("ตากลมมา", 2, 7));
        Assert.Empty(dictionary.PrefixWordLengths("ตากลมมา", 5, 7));
    }

    [Fact]
    public void ReadEmbeddedWordList_Resource_OneWordPerLineNoBlanks()
    {
        var words = ThaiDictionary.ReadEmbeddedWordList().ToList();
        Assert.True(words.Count > 50_000);
        Assert.DoesNotContain(words, w => w.Length == 0 || w.Contains(' ') || w.Contains('/'));
    }
}
