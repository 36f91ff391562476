using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// Σ length of segments whose code is in the numerator set over Σ length of those in the denominator
/// set, over measured segments, with optional groups. Sums run in segment order, so a result does
/// not depend on the number of cores.
/// </summary>
internal static class LineRatio
{
    public sealed record Totals(double NumeratorMeters, double DenominatorMeters, int Segments)
    {
        public double? Ratio => RatioResult.Divide(NumeratorMeters, DenominatorMeters);
    }

    /// <summary>Whether a segment with <paramref name="code"/> is in the numerator and in the denominator (the numerator is always within the denominator).</summary>
    public static (bool Numerator, bool Denominator) Counts(string? code, CodeSet numerator, CodeSet denominator)
    {
        bool inDenominator = denominator.Contains(code);
        return (inDenominator && numerator.Contains(code) && code is not null, inDenominator);
    }

    public static Totals Sum(IReadOnlyList<EcoFeature> segments, IReadOnlyList<double> lengthsMeters, string codeProperty,
        CodeSet numerator, CodeSet denominator)
    {
        double top = 0, bottom = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            var (inTop, inBottom) = Counts(segments[i].Text(codeProperty), numerator, denominator);
            if (inTop) top += lengthsMeters[i];
            if (inBottom) bottom += lengthsMeters[i];
        }
        return new Totals(top, bottom, segments.Count);
    }

    public static IReadOnlyList<RatioGroup> Groups(IReadOnlyList<EcoFeature> segments, IReadOnlyList<double> lengthsMeters,
        string codeProperty, CodeSet numerator, CodeSet denominator, SegmentGrouper grouper)
    {
        var sums = new Dictionary<string, (double Top, double Bottom, int Pieces)>();
        const string none = "\0none";
        for (int i = 0; i < segments.Count; i++)
        {
            var (inTop, inBottom) = Counts(segments[i].Text(codeProperty), numerator, denominator);
            if (!inBottom)
                continue;
            foreach (var (key, meters) in grouper.Split(segments[i], lengthsMeters[i]))
            {
                var sum = sums.GetValueOrDefault(key ?? none);
                sums[key ?? none] = (sum.Top + (inTop ? meters : 0), sum.Bottom + meters, sum.Pieces + 1);
            }
        }

        int Rank(string key)
        {
            int index = grouper.Order.IndexOf(key);
            return key == none ? int.MaxValue : index < 0 ? int.MaxValue - 1 : index;
        }

        return sums
            .OrderBy(s => Rank(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s =>
            {
                string? key = s.Key == none ? null : s.Key;
                return new RatioGroup(key, grouper.Label(key), RatioResult.Divide(s.Value.Top, s.Value.Bottom),
                    s.Value.Top, s.Value.Bottom, s.Value.Pieces);
            })
            .ToArray();
    }

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
            if (list[i] == value)
                return i;
        return -1;
    }
}
