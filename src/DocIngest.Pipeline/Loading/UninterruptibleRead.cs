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
    public static T Within<T>(Func<CancellationToken, T> read, TimeSpan limit, CancellationToken cancellationToken)
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
            Abandon(task, stop);
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
            Abandon(task, stop);
            throw new TimeoutException($"not finished within {limit.TotalSeconds:0.#} s");
        }
        stop.Dispose();
        return task.Result;
    }

    /// <summary>As <see cref="Within{T}"/> without a limit of its own: only <paramref name="cancellationToken"/> ends the wait.</summary>
    public static T Until<T>(Func<CancellationToken, T> read, CancellationToken cancellationToken) =>
        Within(read, Timeout.InfiniteTimeSpan, cancellationToken);

    private static void Abandon<T>(Task<T> task, CancellationTokenSource stop)
    {
        stop.Cancel();
        task.ContinueWith(t =>
        {
            _ = t.Exception; // observed: the file or page was already recorded as not read; the late outcome changes nothing
            stop.Dispose();
        }, TaskScheduler.Default);
    }
}
