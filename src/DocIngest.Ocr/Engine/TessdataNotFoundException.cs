namespace DocIngest.Ocr.Engine;

/// <summary>The Tesseract model files cannot be found or are not usable; the message is one line saying which and where.</summary>
public sealed class TessdataNotFoundException(string message) : Exception(message);
