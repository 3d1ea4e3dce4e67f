using DocIngest.Core.Content;
using DocIngest.Training.Digits.Evaluation;

namespace DocIngest.Training.Tests.Digits.Evaluation;

public class HocrLineReaderTests
{
    private const string Hocr = """
        <span class='ocr_line' id='line_1_1' title="bbox 33 37 400 120; baseline 0 -3; x_size 69">
        <span class='ocrx_word' id='word_1_1' title='bbox 33 54 53 117; x_wconf 93'><span class='ocrx_cinfo' title='x_bboxes 33 54 53 117; x_conf 99.04'>ค</span></span>
        <span class='ocrx_word' id='word_1_2' title='bbox 52 33 77 128; x_wconf 93'><span class='ocrx_cinfo' title='x_bboxes 52 33 77 128; x_conf 99.04'>ํ</span></span>
        <span class='ocrx_word' id='word_1_3' title='bbox 76 76 95 116; x_wconf 93'><span class='ocrx_cinfo' title='x_bboxes 76 76 95 116; x_conf 99.04'>า</span></span>
        <span class='ocrx_word' id='word_1_4' title='bbox 272 67 297 120; x_wconf 39'><span class='ocrx_cinfo' title='x_bboxes 272 67 297 120; x_conf 91.4'>๕</span></span>
        <span class='ocrx_word' id='word_1_5' title='bbox 296 33 326 128; x_wconf 87'><span class='ocrx_cinfo' title='x_bboxes 296 33 326 128; x_conf 98.1'>&lt;</span></span>
        </span>
        """;

    [Fact]
    public void Parse_CharacterBoxes_GivesOneSymbolPerBoxAndNormalisedText()
    {
        var line = Assert.Single(HocrLineReader.Parse(Hocr));

        Assert.Equal("คำ ๕<", line.Text);
        Assert.Equal(["ค", "ํ", "า", "๕", "<"], line.Symbols.Select(s => s.Text));
        Assert.Equal(new BoundingBox(272, 67, 25, 53), line.Symbols[3].Box);
        Assert.Equal(0.914, line.Symbols[3].Confidence, 3);
        Assert.Equal(new BoundingBox(33, 37, 367, 83), line.Box);
    }

    [Fact]
    public void Parse_NoLines_ReturnsEmpty()
    {
        Assert.Empty(HocrLineReader.Parse("<div class='ocr_page'></div>"));
    }
}
