using System.Globalization;

namespace EcoSpace.Cli.Output;

/// <summary>The --timings line on stderr, which the benchmark scripts read.</summary>
public static class MeasureTimings
{
    public static void Print(TimeSpan read, TimeSpan measure, long vertices)
    {
        double rate = measure.TotalSeconds > 0 ? vertices / measure.TotalSeconds / 1e6 : double.PositiveInfinity;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timings: read {read.TotalSeconds:F3} s, measure {measure.TotalSeconds:F3} s, {vertices} vertices, {rate:F1} M vertices/s, {Environment.ProcessorCount} cores"));
    }
}
