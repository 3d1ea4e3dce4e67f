using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>
/// Saves rendered clean glyphs to one binary file and reads them back, so that retraining with other degradations
/// or model settings skips the ImageMagick rendering (minutes on a busy machine).
/// </summary>
public static class CleanGlyphCache
{
    private const int FormatVersion = 1;

    /// <summary>
    /// The clean glyphs of <paramref name="fonts"/>, in the cache's order and then the list's: those of fonts the cache at
    /// <paramref name="path"/> holds are read from it, the fonts it lacks rendered by <paramref name="render"/> and added to it
    /// (so a run with more fonts keeps the glyphs, and so the seeds, of the fonts before); glyphs of fonts not listed are left out.
    /// Without a path every font is rendered.
    /// </summary>
    public static IReadOnlyList<CleanGlyph> LoadOrRender(IReadOnlyList<ThaiFont> fonts, string? path,
        Func<IReadOnlyList<ThaiFont>, IReadOnlyList<CleanGlyph>> render, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(log);
        var cached = path is not null && File.Exists(path) ? Load(path) : [];
        var rendered = cached.Select(g => g.Font.Path).ToHashSet(StringComparer.Ordinal);
        var missing = fonts.Where(f => !rendered.Contains(f.Path)).DistinctBy(f => f.Path).ToList();
        if (cached.Count > 0) log.WriteLine($"{cached.Count} clean glyphs from cache {path}; {missing.Count} listed fonts not in it");
        if (missing.Count > 0)
        {
            cached = [.. cached, .. render(missing)];
            if (path is not null) Save(path, cached);
        }
        var listed = fonts.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return cached.Where(g => listed.Contains(g.Font.Path)).ToList();
    }

    public static void Save(string path, IReadOnlyList<CleanGlyph> glyphs)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(FormatVersion);
        writer.Write(glyphs.Count);
        foreach (var glyph in glyphs)
        {
            writer.Write(glyph.Label);
            writer.Write(glyph.Font.Path);
            writer.Write(glyph.Font.Family);
            writer.Write(glyph.PointSize);
            writer.Write(glyph.Image.Width);
            writer.Write(glyph.Image.Height);
            writer.Write(glyph.Image.Pixels);
        }
    }

    /// <summary>Reads a cache written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> for another format version.</summary>
    public static IReadOnlyList<CleanGlyph> Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        int version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"glyph cache {path} has format {version}, expected {FormatVersion}: delete it to re-render");
        int count = reader.ReadInt32();
        var glyphs = new List<CleanGlyph>(count);
        for (int i = 0; i < count; i++)
        {
            string label = reader.ReadString();
            var font = new ThaiFont(reader.ReadString(), reader.ReadString());
            double size = reader.ReadDouble();
            int width = reader.ReadInt32(), height = reader.ReadInt32();
            glyphs.Add(new CleanGlyph(new GrayImage(width, height, reader.ReadBytes(width * height)), label, font, size));
        }
        return glyphs;
    }
}
