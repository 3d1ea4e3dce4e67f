using System.Collections.Concurrent;
using DocIngest.Ocr.Engine;

namespace DocIngest.Pipeline.Recognition;

/// <summary>
/// Page recognisers are not thread-safe and expensive to create (each loads a Tesseract model), so each worker
/// borrows one and gives it back. At most <c>capacity</c> are lent at once; a recogniser retired by a time limit
/// (<see cref="UseWithin{T}"/>) no longer counts and is disposed once its work ends.
/// </summary>
public sealed class PageRecognizerPool(Func<IPageRecognizer> create, int capacity) : IDisposable
{
    private readonly ConcurrentBag<IPageRecognizer> _idle = [];
    private readonly ConcurrentDictionary<IPageRecognizer, byte> _all = new(ReferenceEqualityComparer.Instance);
    private readonly SemaphoreSlim _available = new(capacity, capacity);
    private int _retired;
    private bool _disposed;

    /// <summary>How many recognisers have been created so far.</summary>
    public int Created => _all.Count + _retired;

    /// <summary>How many recognisers were retired because their work outlasted its time limit.</summary>
    public int Retired => Volatile.Read(ref _retired);

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
    /// Runs <paramref name="work"/> with a recogniser, waiting for it at most <paramref name="limit"/> (the native engine
    /// cannot be interrupted inside a call). When the limit passes first, or <paramref name="cancellationToken"/> is
    /// cancelled, the caller goes on at once: the recogniser is retired (its slot is free for the next page, a new
    /// recogniser is made when needed) and disposed when its work ends, and <see cref="TimeoutException"/> (or
    /// <see cref="OperationCanceledException"/>) is thrown.
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
        var running = Task.Factory.StartNew(() => work(recognizer), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = running.Wait(limit, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Retire(recognizer, running);
            _available.Release();
            throw;
        }
        catch (AggregateException)
        {
            finished = true; // the work threw: the recogniser is fine, the exception is rethrown below
        }
        if (!finished)
        {
            Retire(recognizer, running);
            _available.Release();
            throw new TimeoutException($"not finished within {limit.TotalSeconds:0.#} s");
        }
        _idle.Add(recognizer);
        _available.Release();
        return running.GetAwaiter().GetResult();
    }

    private IPageRecognizer Borrow()
    {
        if (_idle.TryTake(out var recognizer)) return recognizer;
        recognizer = create();
        _all[recognizer] = 0;
        return recognizer;
    }

    /// <summary>Out of the pool for good; disposed when the work still using it ends (never while the engine is inside a call).</summary>
    private void Retire(IPageRecognizer recognizer, Task running)
    {
        _all.TryRemove(recognizer, out _);
        Interlocked.Increment(ref _retired);
        running.ContinueWith(t =>
        {
            _ = t.Exception; // observed: the page was already recorded as not read; its late failure changes nothing
            recognizer.Dispose();
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
