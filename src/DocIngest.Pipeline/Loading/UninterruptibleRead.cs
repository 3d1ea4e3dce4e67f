namespace DocIngest.Pipeline.Loading;

/// <summary>
/// Runs a read that cannot be interrupted (a native decoder, the OpenXml reader building its tree) on a thread of its
/// own, so that the caller can stop waiting at a time limit or when the job is cancelled. The read is then left to
/// end on its own; the token it is given is cancelled, so a read that looks at it between steps stops early.
/// </summary>
internal static class UninterruptibleRead
{
    /// <summary>
    /// The read's result, or its exception as it was thrown. <see cref="TimeoutException"/> when
    /// <paramref name="limit"/> passes first, <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> is cancelled first.
    /// </summary>
    public static T Within<T>(Func<CancellationToken, T> read, TimeSpan limit, CancellationToken cancellationToken) =>
        TryWithin(read, limit, cancellationToken, out var result)
            ? result!
            : throw new TimeoutException($"not finished within {limit.TotalSeconds:0.#} s");

    /// <summary>
    /// As <see cref="Within{T}"/>, but a read still running at <paramref name="limit"/> gives false instead of an
    /// exception. An abandoned read's late result is disposed when it is disposable (a document opened too late), then
    /// <paramref name="onAbandoned"/> runs: what the read was using can be released only once it has ended.
    /// </summary>
    public static bool TryWithin<T>(Func<CancellationToken, T> read, TimeSpan limit, CancellationToken cancellationToken, out T? result, Action? onAbandoned = null)
    {
        var stop = new CancellationTokenSource();
        var task = Task.Factory.StartNew(() => read(stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(limit, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Abandon(task, stop, onAbandoned);
            throw;
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            stop.Dispose();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw; // not reached
        }
        if (!finished)
        {
            Abandon(task, stop, onAbandoned);
            result = default;
            return false;
        }
        stop.Dispose();
        result = task.Result;
        return true;
    }

    /// <summary>As <see cref="Within{T}"/> without a limit of its own: only <paramref name="cancellationToken"/> ends the wait.</summary>
    public static T Until<T>(Func<CancellationToken, T> read, CancellationToken cancellationToken) =>
        Within(read, Timeout.InfiniteTimeSpan, cancellationToken);

    private static void Abandon<T>(Task<T> task, CancellationTokenSource stop, Action? onAbandoned)
    {
        stop.Cancel();
        task.ContinueWith(t =>
        {
            _ = t.Exception; // observed: the file or page was already recorded as not read; the late outcome changes nothing
            if (t.IsCompletedSuccessfully && t.Result is IDisposable late) late.Dispose();
            onAbandoned?.Invoke();
            stop.Dispose();
        }, TaskScheduler.Default);
    }
}
