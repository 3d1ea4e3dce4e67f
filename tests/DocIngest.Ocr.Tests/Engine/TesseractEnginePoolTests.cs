using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Engine;

public class TesseractEnginePoolTests
{
    [Fact]
    public void Rent_FourWorkersOnTwoEngines_AllReadCorrectlyAndNoMoreThanTwoEnginesExist()
    {
        var image = EngineFixtures.Image("memo-line.png");
        var expected = EngineFixtures.Text("memo-line.txt");
        using var pool = new TesseractEnginePool(EngineFixtures.Options("tha"), capacity: 2);
        int concurrent = 0, maxConcurrent = 0;

        var results = new string[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            using var lease = pool.Rent();
            int now = Interlocked.Increment(ref concurrent);
            InterlockedMax(ref maxConcurrent, now);
            results[i] = lease.Recognize(image, null, SegmentationMode.SingleLine).Single().Text;
            Interlocked.Decrement(ref concurrent);
        });

        Assert.InRange(pool.CreatedCount, 1, 2);
        Assert.InRange(maxConcurrent, 1, 2);
        Assert.All(results, text => Assert.True(CharacterErrorRate.Of(expected, text) < 0.1, text));
    }

    [Fact]
    public void Rent_AfterReturn_ReusesEngine()
    {
        using var pool = new TesseractEnginePool(EngineFixtures.Options("tha"), capacity: 3);

        pool.Rent().Dispose();
        pool.Rent().Dispose();

        Assert.Equal(1, pool.CreatedCount);
    }

    [Fact]
    public void Rent_AllEnginesOut_WaitsUntilCancelled()
    {
        using var pool = new TesseractEnginePool(EngineFixtures.Options("tha"), capacity: 1);
        using var held = pool.Rent();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => pool.Rent(cancel.Token));
    }

    [Fact]
    public void LeaseDispose_Twice_ReturnsEngineOnce()
    {
        using var pool = new TesseractEnginePool(EngineFixtures.Options("tha"), capacity: 1);
        var lease = pool.Rent();

        lease.Dispose();
        lease.Dispose();
        using var first = pool.Rent();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => pool.Rent(cancel.Token)); // a double return would free a second slot
        Assert.Throws<ObjectDisposedException>(() => lease.Recognize(new Ocr.Imaging.GrayImage(5, 5), null, SegmentationMode.SingleLine));
    }

    [Fact]
    public void Constructor_MissingModel_ThrowsOneLineMessage()
    {
        var empty = Directory.CreateTempSubdirectory("docingest-tessdata-").FullName;
        try
        {
            var error = Assert.Throws<TessdataNotFoundException>(() => new TesseractEnginePool(new TesseractEngineOptions(empty, "tha", TesseractEngineOptions.DefaultVariables)));

            Assert.Contains("tha.traineddata", error.Message);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
