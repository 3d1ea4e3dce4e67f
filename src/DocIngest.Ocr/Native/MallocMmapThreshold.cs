namespace DocIngest.Ocr.Native;

/// <summary>
/// glibc's mmap threshold fixed at <see cref="Bytes"/>, so that a native block of that size or more (Tesseract's and
/// Leptonica's page-sized images and buffers) that the heaps' free space cannot serve is mapped on its own and given
/// back to the system when freed, instead of growing a heap that keeps it. Set first thing, before the heaps grow. glibc
/// starts at 128 KB and raises the threshold to the size of each mapped block that is freed, up to 32 MB: after the
/// first page, page-sized buffers came from the arenas' heaps and stayed there, freed, so two workers' native memory
/// held the high-water mark of both pages' buffers (docs/measurements.md, session 27). Fixing the threshold also stops
/// glibc's dynamic adjustment of the trim threshold.
/// </summary>
public static class MallocMmapThreshold
{
    /// <summary>The threshold set: blocks of 1 MB or more are mapped (a 300-dpi gray page is about 9 MB).</summary>
    public const int Bytes = 1 << 20;

    /// <summary>glibc's mallopt parameter M_MMAP_THRESHOLD (malloc.h).</summary>
    private const int MmapThresholdParameter = -3;

    private static readonly Lazy<int?> Fixed = new(SetThreshold, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Sets the threshold once per process; later calls do nothing.</summary>
    public static void EnsureFixed() => _ = Fixed.Value;

    /// <summary>
    /// The threshold this process set, or null when it set none: <see cref="EnsureFixed"/> not called yet, not Linux, a C
    /// library without mallopt, or a threshold given in the environment (MALLOC_MMAP_THRESHOLD_ or GLIBC_TUNABLES),
    /// which glibc then obeys.
    /// </summary>
    public static int? Threshold => Fixed.IsValueCreated ? Fixed.Value : null;

    private static int? SetThreshold()
    {
        if (!OperatingSystem.IsLinux() || NativeEnvironment.GetNativeVariable("MALLOC_MMAP_THRESHOLD_") is not null
            || NativeEnvironment.GetNativeVariable("GLIBC_TUNABLES")?.Contains("mmap_threshold", StringComparison.Ordinal) == true)
            return null;
        return Mallopt.TrySet(MmapThresholdParameter, Bytes) ? Bytes : null;
    }
}
