using System.IO.Compression;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>
/// Checks a DOCX package's ZIP directory before any part is inflated: a few kilobytes can otherwise expand
/// into gigabytes of XML inside the OpenXml reader. The sizes are those the directory declares; the ZIP reader stops
/// each part at its declared size, so a directory that understates them makes the part read as cut off (corrupt).
/// </summary>
public static class ZipBombGuard
{
    /// <summary>Entries smaller than this are not checked for ratio: tiny parts compress oddly and cannot hurt.</summary>
    private const long RatioCheckFloor = 1024 * 1024;

    private const int MaxEntries = 10_000;

    /// <summary>
    /// Throws <see cref="BadInputException"/> when the package is corrupt or would inflate beyond the limits: all parts
    /// together over <paramref name="maxUncompressedBytes"/>, a large part compressed more than <paramref name="maxRatio"/>:1,
    /// or the XML parts (which the reader holds in memory as a tree) together over <paramref name="maxXmlBytes"/>.
    /// </summary>
    public static void Check(byte[] data, long maxUncompressedBytes, double maxRatio, long maxXmlBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw new BadInputException($"DOCX package has {zip.Entries.Count} parts, over the limit of {MaxEntries}");
            long total = 0, xml = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > maxUncompressedBytes)
                    throw new BadInputException($"DOCX package would inflate to more than {maxUncompressedBytes / (1024 * 1024)} MB (zip bomb?)");
                if (entry.Length > RatioCheckFloor && entry.Length > entry.CompressedLength * maxRatio)
                    throw new BadInputException($"DOCX part {entry.FullName} is compressed {entry.Length / Math.Max(1, entry.CompressedLength)}:1, over the limit of {maxRatio}:1 (zip bomb?)");
                if (IsXml(entry.FullName)) xml += entry.Length;
                if (xml > maxXmlBytes)
                    throw new BadInputException($"DOCX text (its XML parts) would inflate to more than {maxXmlBytes / (1024 * 1024)} MB, over the limit for one document");
            }
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException($"corrupt DOCX package ({e.Message})", e);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
