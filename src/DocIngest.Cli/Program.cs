using System.Text;
using DocIngest.Cli;
using DocIngest.Ocr.Native;

// Before any worker thread takes a malloc arena of its own (MallocArenas: the native half of two workers' peak).
MallocArenas.EnsureLimited();
Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, new CliContext(Console.Out, Console.Error, Composition.CreateEngines));
