using DocIngest.Cli.Tools;

namespace DocIngest.Cli.Tests.Tools;

public sealed class ParallelFilesTests
{
    [Fact]
    public void For_TenFilesTwoWorkers_EachReadOnceNeverMoreThanTwoAtATime()
    {
        var reads = new int[10];
        int running = 0, most = 0;

        ParallelFiles.For(10, 2, i =>
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Interlocked.Increment(ref reads[i]);
            Thread.Sleep(5);
            Interlocked.Decrement(ref running);
        });

        Assert.All(reads, count => Assert.Equal(1, count));
        Assert.InRange(most, 1, 2);
    }

    [Fact]
    public void For_OneWorker_ReadsInOrder()
    {
        var order = new List<int>();

        ParallelFiles.For(5, 1, order.Add);

        Assert.Equal([0, 1, 2, 3, 4], order);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
