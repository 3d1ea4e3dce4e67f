using DocIngest.Training.Digits;
using DocIngest.Training.Classification;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest train-digits ...</c>, <c>docingest train-sections ...</c> and <c>docingest train-kinds ...</c>: retrain the committed models from the
/// repository's data (see docs/digits.md and data/training/README.md); arguments go to the trainers as they are.
/// </summary>
public static class TrainCommands
{
    public static int Digits(IReadOnlyList<string> args, CliContext context) => DigitTraining.Run([.. args], context.Out);

    public static int Sections(IReadOnlyList<string> args, CliContext context) => SectionClassifierTraining.Run([.. args], context.Out, HostEnvironment.TrainingDirectory);

    public static int Kinds(IReadOnlyList<string> args, CliContext context) => SectionClassifierTraining.RunKinds([.. args], context.Out, HostEnvironment.TrainingDirectory);
}
