using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>
/// Process-wide native settings that must be in place before the first Tesseract call (<see cref="EnsureConfigured"/>:
/// these and <see cref="MallocArenas"/>). Tesseract is built with OpenMP; with several engines on a 2-core machine, OpenMP's own threads
/// oversubscribe the CPU and make every engine slower, so each engine is limited to one thread.
/// libgomp reads OMP_THREAD_LIMIT from the C environment when it initialises, which
/// <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not update on Linux; hence libc setenv.
/// </summary>
internal static partial class NativeEnvironment
{
    private static readonly Lazy<bool> OmpLimited = new(SetOmpThreadLimit, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Applies every process-wide native setting once per process; later calls do nothing.</summary>
    public static void EnsureConfigured()
    {
        EnsureSingleThreadedOpenMp();
        MallocArenas.EnsureLimited();
    }

    /// <summary>Sets OMP_THREAD_LIMIT=1 once per process; later calls do nothing.</summary>
    public static void EnsureSingleThreadedOpenMp() => _ = OmpLimited.Value;

    private static bool SetOmpThreadLimit()
    {
        if (setenv("OMP_THREAD_LIMIT", "1", 1) != 0)
            throw new InvalidOperationException($"libc setenv(OMP_THREAD_LIMIT) failed with errno {Marshal.GetLastPInvokeError()}");
        Environment.SetEnvironmentVariable("OMP_THREAD_LIMIT", "1");
        return true;
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int setenv(string name, string value, int overwrite);

    /// <summary>Reads the C environment (not the managed copy), so tests can check what libgomp will see.</summary>
    public static string? GetNativeVariable(string name)
    {
        var value = getenv(name);
        return value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr getenv(string name);
}
