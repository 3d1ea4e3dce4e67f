using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// What every recognised line goes through: the post-OCR correctors in order (with the image the line was read
/// from, since they may re-read glyphs), then dotted-leader removal and Thai normalisation.
/// </summary>
public sealed class RecognizedLineCleaner(IEnumerable<IRecognizedLineCorrector> correctors)
{
    private readonly IReadOnlyList<IRecognizedLineCorrector> _correctors = correctors.ToList();

    /// <summary>The first corrector of type <typeparamref name="T"/> among the cleaner's, or null when it is not one of them (switched off).</summary>
    public T? Corrector<T>() where T : class, IRecognizedLineCorrector => _correctors.OfType<T>().FirstOrDefault();

    /// <param name="source">The image passed to the recognizer; the line's boxes are in its coordinates.</param>
    /// <param name="line">A line as the recognizer returned it.</param>
    public RecognizedLine Clean(GrayImage source, RecognizedLine line) => Clean(source, line, StageRecorder.None);

    /// <param name="source">The image passed to the recognizer; the line's boxes are in its coordinates.</param>
    /// <param name="line">A line as the recognizer returned it.</param>
    /// <param name="stages">Times each corrector as a stage of its own (<see cref="IRecognizedLineCorrector.StageName"/>).</param>
    public RecognizedLine Clean(GrayImage source, RecognizedLine line, IStageRecorder stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        foreach (var corrector in _correctors)
            using (stages.Stage(corrector.StageName)) line = stages.Changed(corrector.StageName, line, corrector.Correct(source, line));
        using var cleanup = stages.Stage(PageStages.LineCleanup);
        return line with { Text = ThaiText.Normalize(ThaiText.RemoveDottedLeaders(line.Text)) };
    }
}
