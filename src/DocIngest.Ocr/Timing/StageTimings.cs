namespace DocIngest.Ocr.Timing;

/// <summary>The figures of one stage added up over every page recorded.</summary>
/// <param name="Stage">The stage's name (<see cref="PageStages"/>, or a corrector's <c>StageName</c>).</param>
/// <param name="Elapsed">Time spent in the stage itself: the time of stages opened inside it is theirs, not its.</param>
/// <param name="Entries">How often the stage was entered.</param>
/// <param name="OcrCalls">OCR engine calls made in the stage itself.</param>
/// <param name="OcrElapsed">Time those calls took (part of <paramref name="Elapsed"/>).</param>
/// <param name="AllocatedBytes">Managed memory the stage itself allocated on the recording thread (inner stages' is theirs);
/// the engine's native memory is not counted.</param>
/// <param name="ProcessorTime">Processor time the recording thread spent in the stage itself (inner stages' is theirs);
/// zero when the recorder was given no thread clock. Unlike <paramref name="Elapsed"/> it does not grow while the thread
/// waits for a core on a shared machine.</param>
/// <param name="Changes">How often the stage, a pass, changed what a page reads (<see cref="IStageRecorder.RecordChange"/>).</param>
public sealed record StageTotal(string Stage, TimeSpan Elapsed, int Entries, int OcrCalls, TimeSpan OcrElapsed, long AllocatedBytes = 0, TimeSpan ProcessorTime = default, int Changes = 0);

/// <summary>
/// Adds up stage times and OCR calls (see <see cref="IStageRecorder"/>). Time is exclusive: while an inner stage is
/// open the outer one's clock stands still, so the stages' times add up to the time recorded, with nothing counted twice
/// (the correctors run inside the cell reads, and their time is theirs). Stages are listed in the order first entered.
/// Managed allocations are counted the same way, from the recording thread's own counter: page-sized arrays are what
/// fills the large object heap, and each stage's share says which copies a page pays for.
/// </summary>
/// <param name="time">The clock; the system's when null.</param>
/// <param name="allocatedBytes">The bytes allocated so far by the calling thread; <see cref="GC.GetAllocatedBytesForCurrentThread"/> when null.</param>
/// <param name="threadProcessorTime">The calling thread's processor time so far; when null no processor time is recorded
/// (the hosts that print it supply the operating system's thread clock).</param>
/// <param name="keepCalls">Whether every OCR call is kept, with its stage, in <see cref="Calls"/> (<c>bench --calls</c>).</param>
public sealed class StageTimings(TimeProvider? time = null, Func<long>? allocatedBytes = null, Func<TimeSpan>? threadProcessorTime = null, bool keepCalls = false) : IStageRecorder
{
    private readonly List<StagedOcrCall> _calls = [];
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Func<long> _allocated = allocatedBytes ?? GC.GetAllocatedBytesForCurrentThread;
    private readonly Func<TimeSpan> _processorTime = threadProcessorTime ?? (() => TimeSpan.Zero);
    private readonly List<OpenTotals> _stages = [];
    private readonly Dictionary<string, OpenTotals> _byName = new(StringComparer.Ordinal);
    private readonly Stack<OpenTotals> _open = new();
    /// <summary>When the innermost open stage's clock last (re)started.</summary>
    private long _since;
    /// <summary>The thread's allocation counter when the innermost open stage last (re)started counting.</summary>
    private long _allocatedSince;
    /// <summary>The thread's processor time when the innermost open stage last (re)started counting.</summary>
    private TimeSpan _processorSince;

    public void Enter(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        long now = _time.GetTimestamp(), allocated = _allocated();
        var processor = _processorTime();
        if (_open.TryPeek(out var outer))
        {
            outer.Ticks += now - _since;
            outer.AllocatedBytes += allocated - _allocatedSince;
            outer.ProcessorTime += processor - _processorSince;
        }
        var totals = Totals(stage);
        totals.Entries++;
        _open.Push(totals);
        _since = now;
        _allocatedSince = allocated;
        _processorSince = processor;
    }

    public void Exit()
    {
        if (!_open.TryPop(out var stage)) throw new InvalidOperationException("no stage is open");
        long now = _time.GetTimestamp(), allocated = _allocated();
        var processor = _processorTime();
        stage.Ticks += now - _since;
        stage.AllocatedBytes += allocated - _allocatedSince;
        stage.ProcessorTime += processor - _processorSince;
        _since = now;
        _allocatedSince = allocated;
        _processorSince = processor;
    }

    public void RecordOcrCall(TimeSpan elapsed)
    {
        if (!_open.TryPeek(out var stage)) throw new InvalidOperationException("an OCR call was recorded outside every stage");
        stage.OcrCalls++;
        stage.OcrTicks += elapsed.Ticks;
    }

    public void RecordOcrCall(OcrCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        RecordOcrCall(call.Elapsed);
        if (keepCalls) _calls.Add(new StagedOcrCall(_open.Peek().Name, call));
    }

    public TimeSpan ThreadProcessorTime => _processorTime();

    /// <summary>Every OCR call recorded so far, in order, with its stage; empty unless the timings keep calls.</summary>
    public IReadOnlyList<StagedOcrCall> Calls => _calls;

    public void RecordChange(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        // Counted by name: a pass may judge its change after its stage is closed (the noise filter counts what it dropped).
        Totals(stage).Changes++;
    }

    /// <summary>The totals so far, in the order the stages were first entered.</summary>
    public IReadOnlyList<StageTotal> Totals() =>
        _stages.Select(s => new StageTotal(s.Name, _time.GetElapsedTime(0, s.Ticks), s.Entries, s.OcrCalls, TimeSpan.FromTicks(s.OcrTicks), s.AllocatedBytes, s.ProcessorTime, s.Changes)).ToList();

    private OpenTotals Totals(string stage)
    {
        if (!_byName.TryGetValue(stage, out var totals))
        {
            totals = new OpenTotals(stage);
            _byName.Add(stage, totals);
            _stages.Add(totals);
        }
        return totals;
    }

    private sealed class OpenTotals(string name)
    {
        public string Name { get; } = name;
        /// <summary>In <see cref="TimeProvider"/> timestamp units.</summary>
        public long Ticks { get; set; }
        public int Entries { get; set; }
        public int OcrCalls { get; set; }
        /// <summary>In <see cref="TimeSpan"/> ticks.</summary>
        public long OcrTicks { get; set; }
        public long AllocatedBytes { get; set; }
        public TimeSpan ProcessorTime { get; set; }
        public int Changes { get; set; }
    }
}
