using System.Buffers.Binary;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// Checks that each language's .traineddata file exists and looks like one, before Tesseract sees it:
/// Tesseract's own failure is an "Error opening data file" line on stderr and a bare -1.
/// A traineddata file starts with an int32 entry count followed by that many int64 component offsets
/// (-1 for an absent component, otherwise inside the file).
/// </summary>
public static class TraineddataValidator
{
    private const int MaxComponents = 64;

    /// <summary>Throws <see cref="TessdataNotFoundException"/> when a language of "tha+eng" is missing or not a traineddata file.</summary>
    public static void Validate(string tessdataFolder, string languages)
    {
        foreach (var language in languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            ValidateFile(Path.Combine(tessdataFolder, language + ".traineddata"));
    }

    /// <summary>Validates one file; see the type remarks for what is checked.</summary>
    public static void ValidateFile(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists) throw new TessdataNotFoundException($"Tesseract model '{path}' is missing");
        if (file.Length == 0) throw new TessdataNotFoundException($"Tesseract model '{path}' is empty");

        using var stream = file.OpenRead();
        Span<byte> countBytes = stackalloc byte[4];
        if (stream.ReadAtLeast(countBytes, 4, throwOnEndOfStream: false) < 4)
            throw NotTraineddata(path, "shorter than its header");
        int count = BinaryPrimitives.ReadInt32LittleEndian(countBytes);
        if (count is <= 0 or > MaxComponents) throw NotTraineddata(path, $"header declares {count} components");

        var offsets = new byte[8 * count];
        if (stream.ReadAtLeast(offsets, offsets.Length, throwOnEndOfStream: false) < offsets.Length)
            throw NotTraineddata(path, "shorter than its component table");
        long headerEnd = 4 + offsets.Length;
        bool anyComponent = false;
        for (int i = 0; i < count; i++)
        {
            long offset = BinaryPrimitives.ReadInt64LittleEndian(offsets.AsSpan(8 * i));
            if (offset == -1) continue;
            if (offset < headerEnd || offset >= file.Length) throw NotTraineddata(path, $"component {i} points outside the file");
            anyComponent = true;
        }
        if (!anyComponent) throw NotTraineddata(path, "no components");
    }

    private static TessdataNotFoundException NotTraineddata(string path, string why) =>
        new($"Tesseract model '{path}' is not a traineddata file ({why})");
}
