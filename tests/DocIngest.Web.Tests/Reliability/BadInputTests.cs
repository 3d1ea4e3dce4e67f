using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using DocIngest.Pipeline.Tests.TestSupport;
using DocIngest.Web.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Web.Tests.Reliability;

/// <summary>
/// The real service with the real pipeline (Tesseract, loaders, guards): a batch of bad files dropped into the watch
/// folder with one good scan. Each bad file must fail on its own with a clear reason, be quarantined beside a reason
/// file and not be lost, while the good scan is read and the service keeps answering.
/// </summary>
public class BadInputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task WatchFolder_BadFilesWithOneGoodScan_BadOnesQuarantinedGoodOneRead()
    {
        await using var host = await ServiceHost.StartAsync(null);
        string samples = Path.Combine(RepoPaths.Root(), "sample-docs");
        var pdf = await File.ReadAllBytesAsync(Path.Combine(samples, "memo-nongwaeng-2568.pdf"));

        // name -> (content, what the reason must say)
        var bad = new Dictionary<string, (byte[] Content, string Reason)>
        {
            ["truncated.pdf"] = (pdf[..(pdf.Length / 2)], "PDF"),
            ["notes.pdf"] = ("minutes of the meeting, typed as plain text but named .pdf\n"u8.ToArray(), "not a supported document (looks like plain text)"),
            ["photo.jpg"] = (ExecutableLikeBinary(), "not a supported document (looks like binary data"),
            ["locked.pdf"] = (EncryptedPdf.Build(), "password-protected PDF"),
            ["giant.png"] = (TestImages.PngHeader(100_000, 100_000), "image is 100000x100000 pixels"),
            ["bomb.docx"] = (DocxBomb(1L << 30), "zip bomb"),
        };
        long peakBefore = PeakResidentBytes();

        foreach (var (name, (content, _)) in bad) await File.WriteAllBytesAsync(Path.Combine(host.Inbox, name), content);
        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "empty.pdf"), []);
        File.Copy(Path.Combine(samples, "memo-kampang-invite-2564.png"), Path.Combine(host.Inbox, "memo.png"));

        Assert.True(await ServiceHost.EventuallyAsync(async () =>
        {
            var jobs = await JobsAsync(host);
            return jobs.Count == bad.Count + 1 && jobs.All(j => j.Status is "Failed" or "Succeeded" or "NeedsReview")
                   && File.Exists(Path.Combine(host.Data, "failed", "empty.pdf.reason.txt"));
        }, TimeSpan.FromSeconds(90)), "every file should be finished: " + string.Join(", ", (await JobsAsync(host)).Select(j => $"{j.FileName}={j.Status}")));

        var byName = (await JobsAsync(host)).ToDictionary(j => j.FileName);
        string failed = Path.Combine(host.Data, "failed");
        foreach (var (name, (content, reason)) in bad)
        {
            var job = byName[name];
            output.WriteLine($"{name} ({content.Length} bytes): {job.Status}: {job.LastError}");
            Assert.True(job.Status == "Failed", $"{name}: {job.Status}");
            Assert.Equal(1, job.Attempts); // bad input is not retried
            Assert.Contains(reason, job.LastError);
            // Quarantined copy, byte for byte, with the reason beside it; the original stays in the archive.
            Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(failed, name)));
            Assert.Equal(job.LastError, (await File.ReadAllTextAsync(Path.Combine(failed, name + ".reason.txt"))).Trim());
            Assert.True(File.Exists(Path.Combine(host.Data, "archive", Sha(content)[..2], Sha(content) + Path.GetExtension(name))), $"{name} archived");
        }

        // The empty file is refused by the watcher itself (no content to archive or queue): quarantined with a reason.
        Assert.Empty(await File.ReadAllBytesAsync(Path.Combine(failed, "empty.pdf")));
        Assert.Contains("empty file (0 bytes)", await File.ReadAllTextAsync(Path.Combine(failed, "empty.pdf.reason.txt")));

        Assert.Contains(byName["memo.png"].Status, new[] { "Succeeded", "NeedsReview" });
        var doc = (await host.DocumentsAsync()).Single(d => d.FileName == "memo.png");
        Assert.NotEmpty(doc.Documents);
        Assert.Empty(Directory.GetFiles(host.Inbox, "*", SearchOption.AllDirectories));

        using var anonymous = host.Client(null, null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);

        // A decoded 100000x100000 page is 10 GB and the inflated bomb 1 GB of XML: both must be refused by their
        // declared sizes. The OCR of one A4 page stays well under this.
        long grown = PeakResidentBytes() - peakBefore;
        output.WriteLine($"peak resident memory: {peakBefore / (1024 * 1024)} MB before, grew by {grown / (1024 * 1024)} MB");
        Assert.True(grown < 1024L * 1024 * 1024, $"peak resident memory grew by {grown / (1024 * 1024)} MB");
    }

    private sealed record JobRow(long Id, string FileName, string Status, int Attempts, string? LastError);

    private static async Task<List<JobRow>> JobsAsync(ServiceHost host) =>
        (await host.Http.GetFromJsonAsync<List<JobRow>>("/api/jobs?take=1000", ServiceHost.Json))!;

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Starts like a Windows executable (MZ header, PE signature) and goes on with random bytes.</summary>
    private static byte[] ExecutableLikeBinary()
    {
        var data = new byte[4096];
        new Random(7).NextBytes(data);
        "MZ"u8.CopyTo(data);
        data[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(data.AsSpan(0x80));
        return data;
    }

    /// <summary>A DOCX whose word/document.xml inflates to <paramref name="inflatedBytes"/> of one repeated character.</summary>
    private static byte[] DocxBomb(long inflatedBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                types.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            using (var rels = new StreamWriter(zip.CreateEntry("_rels/.rels").Open()))
                rels.Write("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var body = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            body.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""u8);
            var chunk = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
            for (long written = 0; written < inflatedBytes; written += chunk.Length) body.Write(chunk);
            body.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return stream.ToArray();
    }

    /// <summary>VmHWM of this process (the service runs in it): the most resident memory it has ever used.</summary>
    private static long PeakResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
