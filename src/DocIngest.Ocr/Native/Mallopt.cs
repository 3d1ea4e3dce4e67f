using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>glibc's mallopt, for the process-wide allocator settings (<see cref="MallocArenas"/>, <see cref="MallocMmapThreshold"/>).</summary>
internal static partial class Mallopt
{
    /// <summary>Sets an allocator parameter (malloc.h's M_* numbers); false when the C library did not take it or has no mallopt.</summary>
    public static bool TrySet(int parameter, int value)
    {
        try
        {
            return mallopt(parameter, value) == 1;
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc: its allocator has no such settings, and the engines read the same.
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int mallopt(int parameter, int value);
}
