using System.Text;

namespace DocIngest.Pipeline.Tests.TestSupport;

/// <summary>
/// A minimal PDF encrypted with the standard security handler and a user password we do not know:
/// its /U entry matches no password, which is what a password-protected scan looks like to a reader.
/// </summary>
public static class EncryptedPdf
{
    public static byte[] Build()
    {
        string hex32 = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37 + 11) % 256).ToString("x2")));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{hex32}> /U <{hex32}> /P -4 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{hex32[..32]}> <{hex32[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
