using System.Collections.Concurrent;
using DocIngest.Ocr.Engine;

namespace DocIngest.Pipeline.Recognition;

/// <summary>
/// Page recognisers are not thread-safe and expensive to create (each loads a Tesseract model), so each worker
/// borrows one and gives it back. At most <c>capacity</c> are ever created; they live as long as the pool.
/// </summary>
public sealed class PageRecognizerPool(Func<IPageRecognizer> create, int capacity) : IDisposable
{
    private readonly ConcurrentBag<IPageRecognizer> _idle = [];
    private readonly ConcurrentBag<IPageRecognizer> _all = [];
    private readonly SemaphoreSlim _available = new(capacity, capacity);
    private bool _disposed;

    /// <summary>How many recognisers have been created so far.</summary>
    public int Created => _all.Count;

    /// <summary>Runs <paramref name="work"/> with a recogniser no other thread is using.</summary>
    public T Use<T>(Func<IPageRecognizer, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _available.Wait(cancellationToken);
        IPageRecognizer? recognizer = null;
        try
        {
            if (!_idle.TryTake(out recognizer))
            {
                recognizer = create();
                _all.Add(recognizer);
            }
            return work(recognizer);
        }
        finally
        {
            if (recognizer is not null) _idle.Add(recognizer);
            _available.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var recognizer in _all) recognizer.Dispose();
        _available.Dispose();
    }
}
