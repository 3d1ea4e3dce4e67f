using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Tests.Timing;

public sealed class StageTimingsTests
{
    /// <summary>A clock that moves only when told to: stage times become exact figures, no test waits on real time.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _now;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _now;
        public void Advance(int milliseconds) => _now += TimeSpan.FromMilliseconds(milliseconds).Ticks;
    }

    [Fact]
    public void Totals_NestedStage_OuterLeavesOutInnerTime()
    {
        var time = new ManualTime();
        var timings = new StageTimings(time);

        using (timings.Stage("cell OCR"))
        {
            time.Advance(30);
            using (timings.Stage("digits")) time.Advance(5);
            time.Advance(10);
        }
        using (timings.Stage("digits")) time.Advance(2);

        var totals = timings.Totals();
        Assert.Equal(["cell OCR", "digits"], totals.Select(t => t.Stage));
        Assert.Equal(TimeSpan.FromMilliseconds(40), totals[0].Elapsed);
        Assert.Equal((TimeSpan.FromMilliseconds(7), 2), (totals[1].Elapsed, totals[1].Entries));
    }

    [Fact]
    public void RecordOcrCall_InsideNestedStage_CountsForInnermostStage()
    {
        var timings = new StageTimings(new ManualTime());

        using (timings.Stage("cell OCR"))
        {
            timings.RecordOcrCall(TimeSpan.FromMilliseconds(20));
            using (timings.Stage("cell re-read"))
            {
                timings.RecordOcrCall(TimeSpan.FromMilliseconds(8));
                timings.RecordOcrCall(TimeSpan.FromMilliseconds(4));
            }
        }

        var totals = timings.Totals();
        Assert.Equal((1, TimeSpan.FromMilliseconds(20)), (totals[0].OcrCalls, totals[0].OcrElapsed));
        Assert.Equal((2, TimeSpan.FromMilliseconds(12)), (totals[1].OcrCalls, totals[1].OcrElapsed));
    }

    [Fact]
    public void Totals_NestedStage_OuterLeavesOutInnerProcessorTime()
    {
        var processor = TimeSpan.Zero;
        var timings = new StageTimings(new ManualTime(), () => 0, () => processor);

        using (timings.Stage("cell OCR"))
        {
            processor += TimeSpan.FromMilliseconds(30);
            using (timings.Stage("cell lost marks")) processor += TimeSpan.FromMilliseconds(12);
            processor += TimeSpan.FromMilliseconds(5);
        }
        processor += TimeSpan.FromMilliseconds(100); // outside every stage: nobody's
        using (timings.Stage("cell lost marks")) processor += TimeSpan.FromMilliseconds(3);

        var totals = timings.Totals().ToDictionary(t => t.Stage, t => t.ProcessorTime);
        Assert.Equal(TimeSpan.FromMilliseconds(35), totals["cell OCR"]);
        Assert.Equal(TimeSpan.FromMilliseconds(15), totals["cell lost marks"]);
    }

    [Fact]
    public void Totals_NoThreadClock_ProcessorTimeZero()
    {
        var timings = new StageTimings(new ManualTime());
        using (timings.Stage("page OCR")) { }
        Assert.Equal(TimeSpan.Zero, timings.Totals()[0].ProcessorTime);
    }

    [Fact]
    public void Totals_NestedStage_OuterLeavesOutInnerAllocations()
    {
        long allocated = 0;
        var timings = new StageTimings(new ManualTime(), () => allocated);

        using (timings.Stage("table mask"))
        {
            allocated += 9_000_000;
            using (timings.Stage("page specks")) allocated += 8_000_000;
            allocated += 1_000;
        }
        using (timings.Stage("page specks")) allocated += 500;

        var totals = timings.Totals().ToDictionary(t => t.Stage, t => t.AllocatedBytes);
        Assert.Equal(9_001_000, totals["table mask"]);
        Assert.Equal(8_000_500, totals["page specks"]);
    }

    [Fact]
    public void Totals_DefaultCounter_CountsThisThreadsArrays()
    {
        var timings = new StageTimings();

        byte[] page;
        using (timings.Stage("background")) page = new byte[4_000_000];

        Assert.InRange(timings.Totals()[0].AllocatedBytes, page.Length, page.Length + 100_000);
    }

    [Fact]
    public void Exit_NoStageOpen_Throws()
    {
        var timings = new StageTimings();

        Assert.Throws<InvalidOperationException>(timings.Exit);
    }

    [Fact]
    public void RecordOcrCall_KeepCalls_ListsEachCallWithItsInnermostStage()
    {
        var timings = new StageTimings(new ManualTime(), keepCalls: true);
        var first = Call("tha+eng", 20);
        var second = Call("tha", 8);

        using (timings.Stage("cell OCR"))
        {
            timings.RecordOcrCall(first);
            using (timings.Stage("cell re-read")) timings.RecordOcrCall(second);
        }

        Assert.Equal([new StagedOcrCall("cell OCR", first), new StagedOcrCall("cell re-read", second)], timings.Calls);
        Assert.Equal([(1, TimeSpan.FromMilliseconds(20)), (1, TimeSpan.FromMilliseconds(8))], timings.Totals().Select(t => (t.OcrCalls, t.OcrElapsed)));
    }

    [Fact]
    public void RecordOcrCall_CallsNotKept_CountsButListsNone()
    {
        var timings = new StageTimings(new ManualTime());

        using (timings.Stage("page OCR")) timings.RecordOcrCall(Call("tha+eng", 5));

        Assert.Empty(timings.Calls);
        Assert.Equal(1, timings.Totals()[0].OcrCalls);
    }

    private static OcrCall Call(string engine, int milliseconds) =>
        new(engine, 100, 30, SegmentationMode.SingleBlock, TimeSpan.FromMilliseconds(milliseconds), TimeSpan.FromMilliseconds(milliseconds), []);

    [Fact]
    public void RecordOcrCall_NoStageOpen_Throws()
    {
        var timings = new StageTimings();

        Assert.Throws<InvalidOperationException>(() => timings.RecordOcrCall(TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public void Measure_StepThrows_ClosesStage()
    {
        var timings = new StageTimings(new ManualTime());

        Assert.Throws<FormatException>(() => timings.Measure<int>("lexicon", () => throw new FormatException()));
        using (timings.Stage("blocks")) timings.RecordOcrCall(TimeSpan.Zero);

        Assert.Equal([0, 1], timings.Totals().Select(t => t.OcrCalls));
    }

    [Fact]
    public void RecordChange_AfterTheStageClosed_CountsForTheNamedStage()
    {
        var timings = new StageTimings(new ManualTime());

        using (timings.Stage("page OCR")) { }
        using (timings.Stage("noise lines")) { }
        timings.RecordChange("noise lines");
        timings.RecordChange("noise lines");

        var totals = timings.Totals().ToDictionary(t => t.Stage, t => t.Changes);
        Assert.Equal(0, totals["page OCR"]);
        Assert.Equal(2, totals["noise lines"]);
    }

    [Fact]
    public void Changed_EqualListAnotherInstance_RecordsNoChange()
    {
        var timings = new StageTimings(new ManualTime());
        IReadOnlyList<string> before = ["ที่ ชบ ๐๐๓๒", "เรื่อง ขอเชิญ"];

        var after = timings.Changed("missed lines", before, before.ToList());

        Assert.Equal(before, after);
        Assert.Empty(timings.Totals());
    }

    [Theory]
    [InlineData("ที่ ชบ ๐๐๓๒|เรื่อง ขอเชิญประชุม")]
    [InlineData("ที่ ชบ ๐๐๓๒")]
    [InlineData("ที่ ชบ ๐๐๓๒|เรื่อง ขอเชิญ|๑")]
    public void Changed_LineReplacedDroppedOrAdded_RecordsAChange(string lines)
    {
        var timings = new StageTimings(new ManualTime());

        timings.Changed("missed lines", ["ที่ ชบ ๐๐๓๒", "เรื่อง ขอเชิญ"], lines.Split('|'));

        Assert.Equal(1, Assert.Single(timings.Totals()).Changes);
    }

    [Fact]
    public void Changed_ValueOtherThanBefore_RecordsAChangeAndReturnsIt()
    {
        var timings = new StageTimings(new ManualTime());

        Assert.Equal("๒๕๖๖", timings.Changed("cell year word", "๒๕๖๖", "๒๕๖๖"));
        Assert.Equal("ปี ๒๕๖๖", timings.Changed("cell year word", "U ๒๕๖๖", "ปี ๒๕๖๖"));

        Assert.Equal(1, Assert.Single(timings.Totals()).Changes);
    }
}
