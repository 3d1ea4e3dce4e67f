using System.Runtime.CompilerServices;

// The native handles and libc helpers stay internal; their tests live in DocIngest.Ocr.Tests/Native.
[assembly: InternalsVisibleTo("DocIngest.Ocr.Tests")]
