using System.Diagnostics;
using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Native;
using DocIngest.Ocr.Tests.Engine;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Native;

/// <summary>Runs alone (after the parallel tests), so that other tests' allocations do not show up in this process's RSS.</summary>
[CollectionDefinition(nameof(ResourceMeasurementCollection), DisableParallelization = true)]
public class ResourceMeasurementCollection;

[Collection(nameof(ResourceMeasurementCollection))]
public class NativeResourceTests(ITestOutputHelper output)
{
    [Fact]
    public void EnsureSingleThreadedOpenMp_AfterEngineCreated_NativeEnvironmentHasLimitOne()
    {
        using var engine = new TesseractEngine(EngineFixtures.Options("tha"));

        Assert.Equal("1", NativeEnvironment.GetNativeVariable("OMP_THREAD_LIMIT"));
    }

    [Fact]
    public void Constructor_EngineCreated_MallocArenasLimitedToOnePerCore()
    {
        using var engine = new TesseractEngine(EngineFixtures.Options("tha"));

        // MALLOC_ARENA_MAX in the environment leaves the limit to glibc.
        int? expected = NativeEnvironment.GetNativeVariable("MALLOC_ARENA_MAX") is null ? Math.Max(2, Environment.ProcessorCount) : null;
        Assert.Equal(expected, MallocArenas.Limit);
    }

    [Fact]
    public void Recognize_ThreeHundredTimes_ResidentMemoryLevelsOff()
    {
        var line = EngineFixtures.Image("memo-line.png");
        var word = line.Crop(new BoundingBox(20, 20, 260, line.Height - 40));
        var decoder = new LeptonicaImageDecoder();
        var png = EngineFixtures.Bytes("memo-line.png");
        using var engine = new TesseractEngine(EngineFixtures.Options("tha"));

        void Round(int count)
        {
            for (int i = 0; i < count; i++)
            {
                Assert.NotEmpty(engine.Recognize(word, null, SegmentationMode.SingleLine));
                decoder.Decode(png, 0);
            }
        }

        Round(50); // warm-up: allocator pools and Tesseract's caches fill here
        long afterWarmUp = ResidentBytes();
        Round(150);
        long middle = ResidentBytes();
        Round(150);
        long end = ResidentBytes();

        output.WriteLine($"RSS after warm-up {afterWarmUp >> 20} MB, after 150 more {middle >> 20} MB, after 300 more {end >> 20} MB");
        // A leak of even one image copy per call (~20 KB) would add 6 MB over 300 calls; allow allocator noise.
        Assert.True(end - afterWarmUp < 12L << 20, $"grew {(end - afterWarmUp) >> 20} MB");
    }

    private static long ResidentBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}
