using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Engine;

/// <summary>
/// The committed engine fixtures (Fixtures/engine: PNGs rendered with the TLWG Laksaman font at 300 dpi and their
/// ground-truth text), found by walking up from the test binaries so no copy-to-output step is needed.
/// </summary>
internal static class EngineFixtures
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string PathOf(string fileName) => Path.Combine(Folder.Value, fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    public static GrayImage Image(string fileName) => new LeptonicaImageDecoder().Decode(Bytes(fileName), 0);

    /// <summary>Ground truth of a fixture, normalised as engine output is.</summary>
    public static string Text(string fileName) => ThaiText.Normalize(File.ReadAllText(PathOf(fileName))).Trim();

    public static TesseractEngineOptions Options(string languages = TesseractEngineOptions.DefaultLanguages) =>
        new(TessdataLocator.Locate(), languages, TesseractEngineOptions.DefaultVariables);

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "DocIngest.Ocr.Tests", "Fixtures", "engine");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"Fixtures/engine not found above {AppContext.BaseDirectory}");
    }
}
