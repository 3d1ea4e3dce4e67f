using DocIngest.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDocIngestService();
builder.Services.AddDocIngestExtraction(builder.Configuration);

var app = builder.Build();
await app.PrepareDocIngestAsync();
app.MapDocIngestApi();
app.Run();

/// <summary>Visible to tests that host the app.</summary>
public partial class Program;
