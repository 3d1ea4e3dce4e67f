using DocIngest.Data;
using DocIngest.Web.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DocIngest.Web.Api;

/// <summary>Page images, for showing each page with the result's line and cell boxes drawn over it.</summary>
public static class PagesApi
{
    /// <summary>
    /// Browsers may keep an image this long without asking again; private because the images are documents'
    /// content, not for shared caches.
    /// </summary>
    public const string CacheControl = "private, max-age=3600";

    public static IEndpointRouteBuilder MapPagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id:long}/pages/{n:int}/image", GetImageAsync).WithTags("documents")
            .WithSummary("The image of page n (1-based) that the result's boxes are measured on: 8-bit gray PNG, full resolution, "
                + "the page's width x height. OCR'd pages only; 404 for text-layer and DOCX pages.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> GetImageAsync(DocIngestDbContext db, PageImageStore images, HttpContext http, long id, int n)
    {
        var sha = await db.SourceFiles.AsNoTracking().Where(s => s.Id == id).Select(s => s.Sha256).FirstOrDefaultAsync();
        if (sha is null) return Results.Problem($"no document {id}", statusCode: StatusCodes.Status404NotFound);
        var file = images.Find(sha, n);
        if (file is null) return Results.Problem($"document {id} has no image of page {n}", statusCode: StatusCodes.Status404NotFound);

        // The hash and page name the image; the write time tells a re-ingested page (same file, newer reading) apart,
        // so a client revalidating after a re-ingest gets the new pixels its new boxes refer to.
        var tag = new EntityTagHeaderValue($"\"{sha}-{n}-{file.LastWriteTimeUtc.Ticks:x}\"");
        http.Response.Headers.CacheControl = CacheControl;
        return Results.File(file.FullName, "image/png", lastModified: file.LastWriteTimeUtc, entityTag: tag);
    }
}
