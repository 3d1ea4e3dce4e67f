namespace DocIngest.Data.Corrections;

/// <summary>What kind of refusal a <see cref="CorrectionException"/> is: stable, for API problem types and tests.</summary>
public enum CorrectionProblem
{
    /// <summary>A value that cannot be accepted (not a number, not a date, required and empty...).</summary>
    InvalidValue,
    /// <summary>A target, record or field the document does not have.</summary>
    UnknownField,
    /// <summary>The document does not exist.</summary>
    NotFound,
    /// <summary>Another person saved the document after the editor loaded it.</summary>
    Conflict,
}

/// <summary>
/// An edit that cannot be applied; nothing was changed. The message is Thai, for the person who made the edit.
/// </summary>
public class CorrectionException(string message, CorrectionProblem problem = CorrectionProblem.InvalidValue) : Exception(message)
{
    public CorrectionProblem Problem { get; } = problem;
}

/// <summary>
/// A save based on an older revision of the document: another person saved in between. Carries what they changed, so
/// it can be shown instead of being overwritten or lost.
/// </summary>
public sealed class CorrectionConflictException(int currentRevision, IReadOnlyList<Entities.Correction> since)
    : CorrectionException(ConflictMessage(since), CorrectionProblem.Conflict)
{
    /// <summary>The document's revision now; a save based on it will be accepted.</summary>
    public int CurrentRevision { get; } = currentRevision;

    /// <summary>The corrections saved after the revision the editor loaded, oldest first.</summary>
    public IReadOnlyList<Entities.Correction> Since { get; } = since;

    private static string ConflictMessage(IReadOnlyList<Entities.Correction> since)
    {
        var who = since.Select(c => c.UserName).Distinct().ToList();
        return who.Count == 0
            ? "เอกสารนี้ถูกบันทึกโดยผู้อื่นหลังจากที่คุณเปิด ค่าที่คุณพิมพ์ยังไม่ถูกบันทึก"
            : $"{string.Join(", ", who)} บันทึกเอกสารนี้หลังจากที่คุณเปิด ({since.Count} ค่า) ค่าที่คุณพิมพ์ยังไม่ถูกบันทึก: ตรวจค่าของผู้อื่นด้านล่างแล้วกดบันทึกอีกครั้ง";
    }
}
