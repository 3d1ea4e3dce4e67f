using System.IO.Enumeration;
using System.Runtime.InteropServices;

namespace DocIngest.Web.Ingestion;

/// <summary>What a path is, read without following a symbolic link.</summary>
public enum EntryKind { Missing, File, Directory, Link, Fifo, Device, Socket }

/// <summary>
/// The entries of the watch folder as they are on disk, never through a symbolic link: only plain files are taken,
/// links (to files or folders), FIFOs, devices and sockets are refused, and linked folders are not entered, so nothing
/// outside the watch folder is moved or read.
/// </summary>
public static partial class InboxEntries
{
    /// <summary>
    /// Every entry under <paramref name="folder"/> that is not a real directory (plain files, links, special files),
    /// descending into real sub-folders only.
    /// </summary>
    public static IEnumerable<string> Enumerate(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            // A link to a folder reports as a directory too; the ReparsePoint attribute is what tells it apart.
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || IsLink(e.Attributes),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(e.Attributes),
        };

    /// <summary>The kind of <paramref name="path"/> itself (lstat: a link is a link, whatever it points at).</summary>
    public static EntryKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var status = new byte[StatxSize];
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxIno, status) != 0) return EntryKind.Missing;
            return KindOfMode(BitConverter.ToUInt16(status, StatxModeOffset));
        }
        // Elsewhere (no FIFOs or devices in a watch folder): attributes tell links and folders apart.
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null) return EntryKind.Missing;
        if (IsLink(info.Attributes)) return EntryKind.Link;
        return info.Attributes.HasFlag(FileAttributes.Directory) ? EntryKind.Directory : EntryKind.File;
    }

    /// <summary>True when every folder between <paramref name="folder"/> and <paramref name="path"/> is a real one (no link on the way).</summary>
    public static bool IsDirectlyInside(string folder, string path)
    {
        string relative = Path.GetRelativePath(folder, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return false;
        string current = folder;
        var parts = relative.Split(Path.DirectorySeparatorChar);
        foreach (var part in parts[..^1])
        {
            current = Path.Combine(current, part);
            if (KindOf(current) != EntryKind.Directory) return false;
        }
        return true;
    }

    /// <summary>Why an entry that is not a plain file is refused; null for a plain file (or one that is gone).</summary>
    public static string? Refusal(string path) => KindOf(path) switch
    {
        EntryKind.Link => $"symbolic link (to '{new FileInfo(path).LinkTarget}'): links are not followed, the link itself is quarantined",
        EntryKind.Fifo => "not a regular file (a FIFO): not read",
        EntryKind.Device => "not a regular file (a device): not read",
        EntryKind.Socket => "not a regular file (a socket): not read",
        EntryKind.Directory => "a directory where a file was expected",
        _ => null,
    };

    /// <summary>
    /// Opens <paramref name="path"/> for reading only if it is a plain file, and checks that what was opened is the
    /// entry that was checked (same device and inode), so a file swapped for a link in between is not read through it.
    /// </summary>
    public static FileStream OpenPlainFile(string path, int bufferSize = 1 << 16)
    {
        if (Refusal(path) is { } reason) throw new IOException($"{path}: {reason}");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, useAsync: true);
        if (!OperatingSystem.IsLinux()) return stream;
        var named = new byte[StatxSize];
        var opened = new byte[StatxSize];
        bool same = Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxIno, named) == 0
                    && Statx((int)stream.SafeFileHandle.DangerousGetHandle(), "", AtEmptyPath, StatxType | StatxIno, opened) == 0
                    && KindOfMode(BitConverter.ToUInt16(named, StatxModeOffset)) == EntryKind.File
                    && named.AsSpan(StatxInoOffset, 8).SequenceEqual(opened.AsSpan(StatxInoOffset, 8))
                    && named.AsSpan(StatxDevOffset, 8).SequenceEqual(opened.AsSpan(StatxDevOffset, 8));
        if (same) return stream;
        stream.Dispose();
        throw new IOException($"{path}: changed while it was opened (replaced by a link or another file): not read");
    }

    private static bool IsLink(FileAttributes attributes) => (attributes & FileAttributes.ReparsePoint) != 0;

    private static EntryKind KindOfMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => EntryKind.File,
        0x4000 => EntryKind.Directory,
        0xA000 => EntryKind.Link,
        0x1000 => EntryKind.Fifo,
        0x2000 or 0x6000 => EntryKind.Device,
        _ => EntryKind.Socket,
    };

    // statx(2) rather than lstat: its struct has one layout on every Linux architecture. .NET has no public API that
    // tells a FIFO or a device from a file, and opening a FIFO to find out blocks.
    private const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1, StatxIno = 0x100;
    private const int StatxSize = 256, StatxModeOffset = 28, StatxInoOffset = 32, StatxDevOffset = 136;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, byte[] buffer);
}
