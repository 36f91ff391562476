using System.Globalization;

namespace EcoSpace.Cli.Output;

/// <summary>
/// The --timings line on stderr, which the benchmark scripts read: <c>read</c> is the wall time until
/// every segment is read and measured (measuring runs on the thread pool while reading goes on);
/// <c>measure</c> the time spent measuring and computing the ratio (the batches' own times, added up,
/// so partly hidden in <c>read</c>), and the rate is vertices over that time.
/// </summary>
public static class MeasureTimings
{
    public static void Print(TimeSpan read, TimeSpan measure, long vertices)
    {
        double rate = measure.TotalSeconds > 0 ? vertices / measure.TotalSeconds / 1e6 : double.PositiveInfinity;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timings: read {read.TotalSeconds:F3} s, measure {measure.TotalSeconds:F3} s, {vertices} vertices, {rate:F1} M vertices/s, {Environment.ProcessorCount} cores"));
    }
}
