using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>
/// glibc's malloc arenas limited to one per core (at least two). glibc gives each new thread an arena of its own, up
/// to eight per core, and every page is read on a thread of its own: Tesseract's page-sized buffers, once freed, stayed
/// in a dozen arenas, and with two workers native memory was 0.44-0.68 GB of a 0.87-1.05 GB peak (docs/measurements.md,
/// session 11). A thread that already has an arena keeps it, so the hosts call <see cref="EnsureLimited"/> first
/// thing, before their workers start; the engines call it too (through <see cref="NativeEnvironment.EnsureConfigured"/>).
/// </summary>
public static partial class MallocArenas
{
    /// <summary>glibc's mallopt parameter M_ARENA_MAX (malloc.h).</summary>
    private const int ArenaMaxParameter = -8;

    private static readonly Lazy<int?> Limited = new(SetLimit, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Sets the limit once per process; later calls do nothing.</summary>
    public static void EnsureLimited() => _ = Limited.Value;

    /// <summary>
    /// The number of arenas this process allowed, or null when it set none: <see cref="EnsureLimited"/> not called yet,
    /// not Linux, a C library without mallopt, or MALLOC_ARENA_MAX given in the environment (which glibc then obeys).
    /// </summary>
    public static int? Limit => Limited.IsValueCreated ? Limited.Value : null;

    private static int? SetLimit()
    {
        if (!OperatingSystem.IsLinux() || NativeEnvironment.GetNativeVariable("MALLOC_ARENA_MAX") is not null) return null;
        int limit = Math.Max(2, Environment.ProcessorCount);
        try
        {
            return mallopt(ArenaMaxParameter, limit) == 1 ? limit : null;
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc: its allocator has no such arenas, and the engine reads the same.
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int mallopt(int parameter, int value);
}
