using DocIngest.Training.Digits;

namespace DocIngest.Training.Tests.Digits;

public class ThaiFontCatalogTests
{
    [Fact]
    public void Parse_FcListLines_KeepsFontFilesWithFamilies()
    {
        var fonts = ThaiFontCatalog.Parse(
            "/f/tlwg/Laksaman-Bold.ttf: Laksaman\n/f/noto/NotoSansThai-Regular.ttf: Noto Sans Thai,Noto Sans Thai Regular\n/f/x/Thing.pcf.gz: Thing\n/f/y/Bare.otf: \n");

        Assert.Equal(["/f/noto/NotoSansThai-Regular.ttf", "/f/tlwg/Laksaman-Bold.ttf", "/f/y/Bare.otf"], fonts.Select(f => f.Path));
        Assert.Equal(["Noto Sans Thai", "Laksaman", "Bare"], fonts.Select(f => f.Family));
    }

    [Fact]
    public void Installed_OnThisMachine_ListsLaksaman()
    {
        Assert.Contains(ThaiFontCatalog.Installed(), f => f.Name == "Laksaman" && f.Family == "Laksaman");
    }

    [Fact]
    public void InFolder_FolderWithOneFontFile_ListsItWithItsFamilyOnly()
    {
        var laksaman = ThaiFontCatalog.Installed().First(f => f.Name == "Laksaman");
        var folder = Directory.CreateTempSubdirectory("thai-font-folder-");
        try
        {
            string copy = Path.Combine(folder.FullName, "sub", "copied-face.ttf");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(laksaman.Path, copy);
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a font");

            var fonts = ThaiFontCatalog.InFolder(folder.FullName);

            Assert.Equal([new ThaiFont(copy, "Laksaman")], fonts);
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void InFolder_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => ThaiFontCatalog.InFolder("/nonexistent/thai-fonts"));
    }
}
