namespace DocIngest.Pipeline.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("atomic-file-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void WriteAllText_OverAnOldFile_NewTextAndNoTemporaryLeft()
    {
        string path = Path.Combine(_directory, "x.reason.txt");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "ไฟล์ว่าง\n");

        Assert.Equal("ไฟล์ว่าง\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void Write_WriterThrows_OldFileKeptAndNoTemporaryLeft()
    {
        string path = Path.Combine(_directory, "model.zip");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte(1);
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }
}
