using System.Text;
using DocIngest.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, new CliContext(Console.Out, Console.Error, Composition.CreateEngines));
