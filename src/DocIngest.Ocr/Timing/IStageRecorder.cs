namespace DocIngest.Ocr.Timing;

/// <summary>
/// Where a page's time goes: the page recogniser opens a named stage around each step (preprocessing, the page OCR,
/// each second read, each corrector) and reports every OCR engine call made inside it. Stages nest; an implementation
/// decides what to do with the figures (<see cref="StageTimings"/> adds them up, <see cref="StageRecorder.None"/> drops
/// them). Not thread-safe: one per page recogniser at a time.
/// </summary>
public interface IStageRecorder
{
    /// <summary>Opens <paramref name="stage"/> inside the stage open now (if any).</summary>
    void Enter(string stage);

    /// <summary>Closes the innermost open stage.</summary>
    void Exit();

    /// <summary>One OCR engine call of <paramref name="elapsed"/>, made in the innermost open stage.</summary>
    void RecordOcrCall(TimeSpan elapsed);

    /// <summary>
    /// One OCR engine call, made in the innermost open stage, with what it read: by default only its time is recorded
    /// (<see cref="RecordOcrCall(TimeSpan)"/>); a recorder that lists calls (<see cref="StageTimings"/>) keeps the rest.
    /// </summary>
    void RecordOcrCall(OcrCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        RecordOcrCall(call.Elapsed);
    }

    /// <summary>
    /// The recording thread's processor time so far, which <see cref="TimedTextRecognizer"/> reads around each call;
    /// zero for a recorder that keeps no thread clock.
    /// </summary>
    TimeSpan ThreadProcessorTime => TimeSpan.Zero;

    /// <summary>
    /// The pass named <paramref name="stage"/> changed what the page reads (a line replaced or dropped, a re-read taken,
    /// pixels whitened). A pass that records no change on a page leaves it reading as it would without the pass, which is
    /// what lets <c>eval-corpus --ablate</c> read again only the pages a pass changed.
    /// </summary>
    void RecordChange(string stage);
}

/// <summary>Helpers for <see cref="IStageRecorder"/>.</summary>
public static class StageRecorder
{
    /// <summary>Records nothing: what a page is recognised with when nobody asked for its stage times.</summary>
    public static IStageRecorder None { get; } = new NoStageRecorder();

    /// <summary>Opens <paramref name="stage"/> until the returned scope is disposed (<c>using var _ = stages.Stage(...)</c>).</summary>
    public static StageScope Stage(this IStageRecorder recorder, string stage)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        recorder.Enter(stage);
        return new StageScope(recorder);
    }

    /// <summary>Runs <paramref name="step"/> as <paramref name="stage"/> and returns what it returned.</summary>
    public static T Measure<T>(this IStageRecorder recorder, string stage, Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        using var scope = recorder.Stage(stage);
        return step();
    }

    /// <summary>
    /// Records a change of <paramref name="stage"/> when <paramref name="after"/> differs from <paramref name="before"/>
    /// (another count, or an element not equal: records compare by value), and returns <paramref name="after"/>.
    /// </summary>
    public static IReadOnlyList<T> Changed<T>(this IStageRecorder recorder, string stage, IReadOnlyList<T> before, IReadOnlyList<T> after)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!ReferenceEquals(before, after) && (before.Count != after.Count || !before.SequenceEqual(after))) recorder.RecordChange(stage);
        return after;
    }

    /// <summary>Records a change of <paramref name="stage"/> when <paramref name="after"/> is not equal to <paramref name="before"/>, and returns <paramref name="after"/>.</summary>
    public static T Changed<T>(this IStageRecorder recorder, string stage, T before, T after)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        if (!EqualityComparer<T>.Default.Equals(before, after)) recorder.RecordChange(stage);
        return after;
    }

    private sealed class NoStageRecorder : IStageRecorder
    {
        public void Enter(string stage) { }
        public void Exit() { }
        public void RecordOcrCall(TimeSpan elapsed) { }
        public void RecordChange(string stage) { }
    }
}

/// <summary>An open stage; disposing it closes the stage.</summary>
public readonly struct StageScope(IStageRecorder recorder) : IDisposable
{
    public void Dispose() => recorder.Exit();
}
