using DocIngest.Data.Entities;
using DocIngest.Web.Access;
using DocIngest.Web.Learning;
using DocIngest.Web.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages;

/// <summary>What the classifiers learned from confirmed documents, and a button to retrain now.</summary>
public sealed class LearningModel(LearningQueries queries, ClassifierLearning learning, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<TrainingRun> Runs { get; private set; } = [];
    public int ConfirmedDocuments { get; private set; }
    public int CorrectionCount { get; private set; }
    public bool CanRetrain { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, AccessExtensions.CanReview)).Succeeded) return Forbid();
        var runs = await learning.RetrainAsync("manual", onlyWhenChanged: false, ct);
        TempData["Message"] = string.Join(" · ", runs.Select(r => $"{r.Model}: {(r.Adopted ? "ใช้โมเดลใหม่" : "คงโมเดลเดิม")}"));
        return Redirect("/learning");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanRetrain = (await authorization.AuthorizeAsync(User, AccessExtensions.CanReview)).Succeeded;
        Runs = await queries.RunsAsync(50, ct);
        ConfirmedDocuments = await queries.ConfirmedDocumentsAsync(ct);
        CorrectionCount = await queries.CorrectionCountAsync(ct);
    }
}
