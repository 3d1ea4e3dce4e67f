using System.Collections.Concurrent;
using DocIngest.Ocr.Engine;

namespace DocIngest.Pipeline.Recognition;

/// <summary>
/// Page recognisers are not thread-safe and expensive to create (each loads a Tesseract model), so each worker
/// borrows one and gives it back. At most <c>capacity</c> are lent at once. Work over its time limit
/// (<see cref="UseWithin{T}"/>) is stopped inside the engine; a recogniser whose work does not stop within
/// <paramref name="stopGrace"/> is retired: it no longer counts and is disposed once its work ends.
/// </summary>
public sealed class PageRecognizerPool(Func<IPageRecognizer> create, int capacity, TimeSpan? stopGrace = null) : IDisposable
{
    /// <summary>
    /// How long work told to stop may take to do so before its recogniser is retired: Tesseract checks between text
    /// lines (measured: 45 ms past the limit on a 32-line page), the managed stages between engine calls not at all.
    /// </summary>
    public static readonly TimeSpan DefaultStopGrace = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _stopGrace = stopGrace ?? DefaultStopGrace;
    private readonly ConcurrentBag<IPageRecognizer> _idle = [];
    private readonly ConcurrentDictionary<IPageRecognizer, byte> _all = new(ReferenceEqualityComparer.Instance);
    private readonly SemaphoreSlim _available = new(capacity, capacity);
    private int _retired;
    private int _stopped;
    private bool _disposed;

    /// <summary>How many recognisers have been created so far.</summary>
    public int Created => _all.Count + _retired;

    /// <summary>How many recognisers were retired because their work did not stop when told to.</summary>
    public int Retired => Volatile.Read(ref _retired);

    /// <summary>How many times work over its limit (or cancelled) stopped in time and its recogniser went back to the pool.</summary>
    public int Stopped => Volatile.Read(ref _stopped);

    /// <summary>Runs <paramref name="work"/> with a recogniser no other thread is using.</summary>
    public T Use<T>(Func<IPageRecognizer, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _available.Wait(cancellationToken);
        IPageRecognizer? recognizer = null;
        try
        {
            recognizer = Borrow();
            return work(recognizer);
        }
        finally
        {
            if (recognizer is not null) _idle.Add(recognizer);
            _available.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a recogniser, waiting for it at most <paramref name="limit"/>. When the limit
    /// passes first, or <paramref name="cancellationToken"/> is cancelled, the work is told to stop: every Tesseract call
    /// it makes is cancelled inside the engine (<see cref="TesseractEngine.CancelRecognitionWhen"/>). Work that ends
    /// within the stop grace gives its recogniser back to the pool; work that does not (a call that cannot be
    /// interrupted) has its recogniser retired (its slot free for the next page, disposed when the work ends). Either
    /// way <see cref="TimeoutException"/> (or <see cref="OperationCanceledException"/>) is thrown.
    /// </summary>
    public T UseWithin<T>(Func<IPageRecognizer, T> work, TimeSpan limit, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _available.Wait(cancellationToken);
        IPageRecognizer recognizer;
        try
        {
            recognizer = Borrow();
        }
        catch
        {
            _available.Release();
            throw;
        }
        var stop = new CancellationTokenSource();
        var running = Task.Factory.StartNew(() =>
        {
            using (TesseractEngine.CancelRecognitionWhen(stop.Token)) return work(recognizer);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = running.Wait(limit, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            StopOrRetire(recognizer, running, stop);
            throw;
        }
        catch (AggregateException)
        {
            finished = true; // the work threw: the recogniser is fine, the exception is rethrown below
        }
        if (!finished)
        {
            StopOrRetire(recognizer, running, stop);
            throw new TimeoutException($"not finished within {limit.TotalSeconds:0.#} s");
        }
        stop.Dispose();
        _idle.Add(recognizer);
        _available.Release();
        return running.GetAwaiter().GetResult();
    }

    /// <summary>Tells the work to stop and waits the grace for it; its recogniser goes back to the pool or is retired.</summary>
    private void StopOrRetire(IPageRecognizer recognizer, Task running, CancellationTokenSource stop)
    {
        stop.Cancel();
        bool ended;
        try
        {
            ended = running.Wait(_stopGrace);
        }
        catch (AggregateException)
        {
            ended = true; // stopped by the cancellation, as asked (or failed on its own): the page is not read either way
        }
        if (ended)
        {
            _ = running.Exception; // observed: the page is recorded as not read
            stop.Dispose();
            Interlocked.Increment(ref _stopped);
            _idle.Add(recognizer);
        }
        else
        {
            Retire(recognizer, running, stop);
        }
        _available.Release();
    }

    private IPageRecognizer Borrow()
    {
        if (_idle.TryTake(out var recognizer)) return recognizer;
        recognizer = create();
        _all[recognizer] = 0;
        return recognizer;
    }

    /// <summary>Out of the pool for good; disposed when the work still using it ends (never while the engine is inside a call).</summary>
    private void Retire(IPageRecognizer recognizer, Task running, CancellationTokenSource stop)
    {
        _all.TryRemove(recognizer, out _);
        Interlocked.Increment(ref _retired);
        running.ContinueWith(t =>
        {
            _ = t.Exception; // observed: the page was already recorded as not read; its late failure changes nothing
            recognizer.Dispose();
            stop.Dispose();
        }, TaskScheduler.Default);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var recognizer in _all.Keys) recognizer.Dispose();
        _available.Dispose();
    }
}
