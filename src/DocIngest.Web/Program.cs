using DocIngest.Ocr.Native;
using DocIngest.Web.Hosting;

// Before any worker thread takes a malloc arena of its own (MallocArenas: the native half of two workers' peak).
MallocArenas.EnsureLimited();
var builder = WebApplication.CreateBuilder(args);
builder.AddDocIngestService();
builder.Services.AddDocIngestExtraction(builder.Configuration);

var app = builder.Build();
await app.PrepareDocIngestAsync();
app.MapDocIngestApi();
app.Run();

/// <summary>Visible to tests that host the app.</summary>
public partial class Program;
