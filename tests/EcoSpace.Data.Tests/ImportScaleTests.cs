using System.Diagnostics;
using EcoSpace.Data.Tests.Support;
using Xunit.Abstractions;

namespace EcoSpace.Data.Tests;

/// <summary>
/// A 10 000-feature, 500 000-vertex import: streamed (memory does not grow with the input) and
/// fast. The time bound is loose for slow CI machines; the measured time is printed.
/// </summary>
public sealed class ImportScaleTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void TenThousandSegmentsImportStreamingAndFast()
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
        // Holding every feature would take over 25 MB (500 000 coordinates alone are 16 MB).
        Assert.InRange(grownBytes, long.MinValue, 8_000_000);
        Assert.InRange(stopwatch.ElapsedMilliseconds, 0, 20_000);
        Assert.Equal(10_000L, RawSql.Scalar(temp.Path, "SELECT count(*) FROM rtree_shoreline_geom"));
    }
}
