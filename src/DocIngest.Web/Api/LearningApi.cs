using DocIngest.Web.Access;
using DocIngest.Web.Learning;
using DocIngest.Web.Queries;

namespace DocIngest.Web.Api;

/// <summary>Classifier retraining: its history with figures, and a run on demand.</summary>
public static class LearningApi
{
    public static IEndpointRouteBuilder MapLearningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/learning").WithTags("learning");
        api.MapGet("/runs", async (LearningQueries learning, CancellationToken ct) => Results.Ok(await learning.RunsAsync(100, ct)))
            .WithSummary("Retraining runs, newest first: rows used, held-out accuracy of the model in use and of the candidate, adopted or not.");
        api.MapPost("/retrain", async (ClassifierLearning learning, CancellationToken ct) =>
                Results.Ok(await learning.RetrainAsync("manual", onlyWhenChanged: false, ct)))
            .WithSummary("Retrain the section and kind classifiers from confirmed documents now; the new model is used only if it scores at least as well.")
            .RequireAuthorization(AccessExtensions.CanReview).RequireAntiforgeryForCookies();
        return app;
    }
}
