using DocIngest.Core.Text;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// Fixes OCR confusions in a line against the lexicon of official terms and the Thai dictionary
/// (dropped tone marks and upper vowels: คำสัง -> คำสั่ง, เรือง -> เรื่อง). Runs after the digit corrector: it rewrites
/// text, so the line's symbols no longer line up with it afterwards and are dropped.
/// </summary>
public sealed class LexiconLineCorrector(OcrTextCorrector corrector) : IRecognizedLineCorrector
{
    public string StageName => "lexicon";

    public RecognizedLine Correct(GrayImage image, RecognizedLine line)
    {
        var corrected = corrector.Correct(line.Text);
        return corrected.Edits.Count == 0 ? line : line with { Text = corrected.Text, Symbols = [] };
    }
}
