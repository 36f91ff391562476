using System.Diagnostics;
using EcoSpace.Data.Tests.Support;
using Xunit.Abstractions;

namespace EcoSpace.Data.Tests;

/// <summary>
/// A 10 000-feature, 500 000-vertex import is streamed: memory does not grow with the input. Speed
/// is measured by tests/EcoSpace.Benchmarks against ogr2ogr, not here; the time is only printed.
/// </summary>
public sealed class ImportScaleTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void TenThousandSegmentsImportWithoutHoldingThemAll()
    {
        using var store = temp.Create();
        long heapAtStart = GC.GetTotalMemory(forceFullCollection: true);
        long heapAtEnd = 0;
        var stopwatch = Stopwatch.StartNew();

        var result = store.Import("shoreline", SyntheticCoast.Segments(10_000, 50, () => heapAtEnd = GC.GetTotalMemory(forceFullCollection: true)));

        stopwatch.Stop();
        long grownBytes = heapAtEnd - heapAtStart;
        output.WriteLine($"10 000 features / 500 000 vertices: {stopwatch.ElapsedMilliseconds} ms, managed heap grew {grownBytes / 1e6:0.0} MB");
        Assert.True(result.Committed);
        Assert.Equal(10_000, result.Inserted);
        // Holding every feature would take over 25 MB (the blobs alone are 8 MB, and the history holds
        // them again); the reader thread's queue may hold up to 64 features or 4 MB of blobs at a time.
        Assert.InRange(grownBytes, long.MinValue, 16_000_000);
        Assert.Equal(10_000L, RawSql.Scalar(temp.Path, "SELECT count(*) FROM rtree_shoreline_geom"));
    }
}
