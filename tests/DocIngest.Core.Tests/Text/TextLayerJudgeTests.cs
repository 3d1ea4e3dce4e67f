using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public class TextLayerJudgeTests
{
    private static readonly TextLayerJudge Judge = TextLayerJudge.Default;

    // memo-district-1's layer (ำ lost) and the same lines as printed.
    private static readonly string[] LostSaraAm =
    [
        "ส่วนราชการ สานักงานสาธารณสุขอาเภอหนองใหญ่จังหวัดชลบุรี (งานบริหาร)",
        "เรื่อง รายงานผลการวิเคราะห์การจัดซื้อจัดจ้างประจาปีงบประมาณ ๒๕๖๒",
        "ได้ดาเนินการจัดซื้อจัดจ้างด้วยเงินงบประมาณรายจ่ายประจาปีงบประมาณพ.ศ.๒๕๖๒ และเงินนอก",
        "กลุ่มงานบริหารทั่วไปงานพัสดุ ได้จัดทารายงานผลการวิเคราะห์การจัดซื้อจัดจ้างประจาปี",
    ];

    private static readonly string[] Printed = LostSaraAm.Select(l => l
        .Replace("สานัก", "สำนัก").Replace("อาเภอ", "อำเภอ").Replace("ประจา", "ประจำ").Replace("ดาเนิน", "ดำเนิน").Replace("จัดทา", "จัดทำ")).ToArray();

    [Fact]
    public void Judge_SoundLayer_AcceptedWithoutReason()
    {
        var verdict = Judge.Judge(Printed);

        Assert.Equal(TextLayerDecision.Accepted, verdict.Decision);
        Assert.Null(verdict.Reason);
        Assert.Equal(Printed, verdict.Lines);
    }

    [Fact]
    public void Judge_LostSaraAm_RepairedAndSaysHowMany()
    {
        var verdict = Judge.Judge(LostSaraAm);

        Assert.Equal(TextLayerDecision.Repaired, verdict.Decision);
        Assert.Equal(Printed, verdict.Lines);
        Assert.Equal("text layer repaired: 7 sara am restored", verdict.Reason);
        Assert.True(verdict.After.DictionaryShare > verdict.Before.DictionaryShare);
    }

    [Fact]
    public void Judge_ThaiLettersWithoutWords_RejectedForDictionaryShare()
    {
        // Glyphs mapped to the wrong consonants: every letter is Thai, hardly a word is.
        string[] lines = Enumerable.Repeat("ฆฌฒ ฎฏฐ ฑฒณ ฬฮฅ ฃฅฆ ฌฎฏ ษฬฮ ฐฑฒ ฆฌฒฎ ฏฐฑ ฒณฬ", 4).ToArray();

        var verdict = Judge.Judge(lines);

        Assert.Equal(TextLayerDecision.Rejected, verdict.Decision);
        Assert.Matches(@"^only \d+ % of Thai words in the dictionary$", verdict.Reason);
    }

    [Fact]
    public void Judge_MarksMappedToLatin_RejectedForImpossibleSequences()
    {
        // ethics-action-plan's cover: ้ and ่ came out as l and k.
        var verdict = Judge.Judge(["แผนปฏิบัติราชการ", "ดlานการสkงเสริมคุณธรรม จริยธรรม", "กระทรวงสาธารณสุข"]);

        Assert.Equal(TextLayerDecision.Rejected, verdict.Decision);
        Assert.Equal("3 impossible Thai sequences (1 mark without a letter, 2 × Latin letter inside a Thai word)", verdict.Reason);
    }
}
