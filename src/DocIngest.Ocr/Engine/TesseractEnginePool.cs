using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// A bounded set of <see cref="TesseractEngine"/>s shared by worker threads: each worker rents one engine
/// for the duration of its work and returns it by disposing the lease. Engines are created lazily (loading the
/// models costs ~0.1-0.3 s and ~30-45 MB each) and reused; at most <see cref="Capacity"/> exist, and renters wait
/// when all are out. Thread-safe.
/// </summary>
public sealed class TesseractEnginePool : IDisposable
{
    private readonly Func<TesseractEngine> createEngine;
    private readonly Lock gate = new();
    private readonly Stack<TesseractEngine> idle = new();
    private readonly SemaphoreSlim available;
    private int created;
    private volatile bool disposed;

    /// <summary>A pool of real engines with the given options; <paramref name="capacity"/> defaults to the processor count.</summary>
    public TesseractEnginePool(TesseractEngineOptions options, int? capacity = null)
        : this(() => new TesseractEngine(options), capacity ?? Environment.ProcessorCount)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Fail at construction, not on the first page, when the models are missing.
        TraineddataValidator.Validate(options.TessdataPath, options.Languages);
    }

    private TesseractEnginePool(Func<TesseractEngine> createEngine, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.createEngine = createEngine;
        Capacity = capacity;
        available = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>The most engines that can exist (and be rented) at once.</summary>
    public int Capacity { get; }

    /// <summary>How many engines have been created so far (never more than <see cref="Capacity"/>).</summary>
    public int CreatedCount => Volatile.Read(ref created);

    /// <summary>Waits for a free engine (creating one if the pool is not yet full) and lends it until the lease is disposed.</summary>
    public EngineLease Rent(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        available.Wait(cancellationToken);
        try
        {
            TesseractEngine? engine;
            lock (gate) idle.TryPop(out engine);
            if (engine is null)
            {
                engine = createEngine();
                Interlocked.Increment(ref created);
            }
            return new EngineLease(this, engine);
        }
        catch
        {
            available.Release();
            throw;
        }
    }

    internal void Return(TesseractEngine engine)
    {
        bool keep;
        lock (gate)
        {
            keep = !disposed;
            if (keep) idle.Push(engine);
        }
        if (!keep) engine.Dispose();
        available.Release();
    }

    /// <summary>Disposes the idle engines now; engines still rented are disposed when their leases end.</summary>
    public void Dispose()
    {
        TesseractEngine[] engines;
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            engines = idle.ToArray();
            idle.Clear();
        }
        foreach (var engine in engines) engine.Dispose();
    }
}

/// <summary>
/// An engine on loan from a <see cref="TesseractEnginePool"/>, usable directly as the <see cref="ITextRecognizer"/>.
/// Use it on one thread; disposing the lease gives the engine back to the pool (it never disposes the engine),
/// so a stage that owns and disposes its recognizer can be handed the lease itself.
/// </summary>
public sealed class EngineLease : ITextRecognizer
{
    private TesseractEnginePool? pool;
    private readonly TesseractEngine engine;

    internal EngineLease(TesseractEnginePool pool, TesseractEngine engine)
    {
        this.pool = pool;
        this.engine = engine;
    }

    /// <inheritdoc />
    public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref pool) is null, this);
        return engine.Recognize(image, region, mode);
    }

    /// <inheritdoc />
    public IReadOnlyList<RecognizedLine> RecognizeExcluding(GrayImage image, BoundingBox? region, SegmentationMode mode, string excluded)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref pool) is null, this);
        return engine.RecognizeExcluding(image, region, mode, excluded);
    }

    /// <summary>Returns the engine to the pool; later calls do nothing.</summary>
    public void Dispose() => Interlocked.Exchange(ref pool, null)?.Return(engine);
}
