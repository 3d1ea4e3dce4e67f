namespace DocIngest.Pipeline.Sniffing;

/// <summary>The media types DocIngest accepts, as written into <c>source.mediaType</c>.</summary>
public static class MediaTypes
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Tiff = "image/tiff";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static bool IsImage(string mediaType) => mediaType is Png or Jpeg or Tiff;
}
