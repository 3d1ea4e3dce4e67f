using System.Text;
using DocIngest.Cli;
using DocIngest.Ocr.Native;

// Before any worker thread takes a malloc arena of its own and before the first page-sized native buffer (MallocArenas,
// MallocMmapThreshold: the native half of two workers' peak).
MallocArenas.EnsureLimited();
MallocMmapThreshold.EnsureFixed();
Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, new CliContext(Console.Out, Console.Error, Composition.CreateEngines));
