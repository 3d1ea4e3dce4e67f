using DocIngest.Data.Entities;

namespace DocIngest.Web.Ui;

/// <summary>
/// A file's place in the review, the one rule the inbox, the API, search and compare share: a file whose every
/// document part has been confirmed is "Confirmed" (and leaves the queue), whatever its job ended as; until then it is
/// its job's status (Queued, Running, Failed, NeedsReview, Succeeded).
/// </summary>
public static class ReviewStatus
{
    public const string Confirmed = "Confirmed";

    /// <summary>The file's status from its job and how many of its parts are confirmed.</summary>
    public static string Of(JobStatus job, int parts, int confirmedParts) =>
        job is JobStatus.Succeeded or JobStatus.NeedsReview && parts > 0 && confirmedParts == parts ? Confirmed : job.ToString();

    /// <summary>
    /// Queue order, what needs a person first: flagged files, failed files (retry or remove), files read cleanly but not
    /// yet confirmed, files still being read, then confirmed files.
    /// </summary>
    public static int Priority(string status) => status switch
    {
        "NeedsReview" => 0,
        "Failed" => 1,
        "Succeeded" => 2,
        "Running" => 3,
        "Queued" => 4,
        _ => 5,
    };

    /// <summary>The Thai label of a file or part status.</summary>
    public static string Label(string status) => status == Confirmed ? "ยืนยันแล้ว" : ThaiDisplay.StatusLabel(status);

    /// <summary>The Thai label of one document part.</summary>
    public static string PartLabel(bool confirmed) => confirmed ? "ยืนยันแล้ว" : "รอตรวจ";
}
