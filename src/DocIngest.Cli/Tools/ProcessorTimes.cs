using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DocIngest.Cli.Tools;

/// <summary>
/// Processor time (user + system) of this process and of its finished children. On a machine other work shares, wall
/// time measures the queue for a core; processor time measures the work, so <c>bench</c> compares both.
/// </summary>
public static partial class ProcessorTimes
{
    /// <summary>This process's processor time so far, every thread (the runtime's own included).</summary>
    public static TimeSpan Self()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The processor time of every child process that has exited and been waited for (getrusage RUSAGE_CHILDREN).</summary>
    public static TimeSpan Children()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        Span<long> usage = stackalloc long[18]; // struct rusage on 64-bit Linux: two timevals, then fourteen longs
        if (getrusage(RusageChildren, ref MemoryMarshal.GetReference(usage)) != 0) return TimeSpan.Zero;
        long microseconds = (usage[0] + usage[2]) * 1_000_000 + usage[1] + usage[3];
        return TimeSpan.FromMicroseconds(microseconds);
    }

    /// <summary>
    /// The calling thread's processor time so far (clock_gettime CLOCK_THREAD_CPUTIME_ID): what <c>bench --stages</c>
    /// charges each stage, since a stage's wall time on a shared machine includes its waits for a core. Zero off Linux.
    /// </summary>
    public static TimeSpan CurrentThread()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        Span<long> time = stackalloc long[2]; // struct timespec on 64-bit Linux: seconds, nanoseconds
        if (clock_gettime(ClockThreadCpuTime, ref MemoryMarshal.GetReference(time)) != 0) return TimeSpan.Zero;
        return TimeSpan.FromTicks(time[0] * TimeSpan.TicksPerSecond + time[1] / 100);
    }

    private const int RusageChildren = -1;
    private const int ClockThreadCpuTime = 3;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, ref long time);

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int getrusage(int who, ref long usage);
}
