using System.Diagnostics;
using DocIngest.Cli.Tools;

namespace DocIngest.Cli.Tests.Tools;

public sealed class ProcessorTimesTests
{
    [Fact]
    public void CurrentThread_BusyLoop_GrowsByAtMostTheWallTime()
    {
        if (!OperatingSystem.IsLinux()) return; // the thread clock is read on Linux only
        var before = ProcessorTimes.CurrentThread();
        var clock = Stopwatch.StartNew();
        double sink = 0;
        while (clock.ElapsedMilliseconds < 100) sink += Math.Sqrt(sink + 1);
        var spent = ProcessorTimes.CurrentThread() - before;
        var wall = clock.Elapsed;

        Assert.True(sink > 0);
        Assert.True(spent > TimeSpan.Zero, $"thread clock did not move ({spent})");
        Assert.True(spent <= wall + TimeSpan.FromMilliseconds(5), $"thread {spent} against wall {wall}");
    }

    [Fact]
    public void CurrentThread_Sleeping_DoesNotCountTheSleep()
    {
        if (!OperatingSystem.IsLinux()) return; // the thread clock is read on Linux only
        var before = ProcessorTimes.CurrentThread();
        Thread.Sleep(200);
        Assert.True(ProcessorTimes.CurrentThread() - before < TimeSpan.FromMilliseconds(100));
    }
}
