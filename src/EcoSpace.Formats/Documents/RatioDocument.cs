using EcoSpace.Core.Indicators.Ratios;

namespace EcoSpace.Formats.Documents;

/// <summary>
/// The JSON document of a ratio (<c>ecospace measure … --json</c> and the web API's /api/indicators): <c>ratio</c> (0..1, null without a denominator), <c>numerator_m</c>,
/// <c>denominator_m</c>, <c>groups</c>, <c>classes</c>, <c>ellipsoid</c>, <c>data_version</c>,
/// <c>computed_at</c>, and for the shoreline <c>islands</c> and <c>bay_share</c>. Full precision:
/// rounding is for display only.
/// </summary>
public static class RatioDocument
{
    /// <summary>An object to serialize with <see cref="DocumentJson.Options"/>.</summary>
    public static object From(RatioResult result) => new
    {
        indicator = result.Indicator,
        ratio = result.Ratio,
        numerator_m = result.NumeratorMeters,
        denominator_m = result.DenominatorMeters,
        classes = new
        {
            property = result.Classes.Property,
            numerator = result.Classes.Numerator,
            denominator = result.Classes.Denominator,
        },
        grouped_by = result.GroupedBy == RatioGrouping.None ? null : result.GroupedBy.ToString().ToLowerInvariant(),
        groups = result.Groups.Select(g => new
        {
            key = g.Key,
            label = g.Label,
            ratio = g.Ratio,
            numerator_m = g.NumeratorMeters,
            denominator_m = g.DenominatorMeters,
            pieces = g.Pieces,
        }),
        islands = result.Islands is { } islands
            ? new { ratio = islands.Ratio, numerator_m = islands.NumeratorMeters, denominator_m = islands.DenominatorMeters, segments = islands.Segments }
            : null,
        bay_share = result.BayShare is { } bays
            ? new
            {
                share = bays.Share,
                numerator_m = bays.NumeratorMeters,
                denominator_m = bays.DenominatorMeters,
                counted_statuses = bays.CountedStatuses,
                bays = bays.Bays.Select(b => new { id = b.Id, name = b.Name, status = b.Status, counted = b.Counted, mainland_length_m = b.MainlandLengthMeters }),
            }
            : null,
        ellipsoid = result.Ellipsoid,
        data_version = result.Provenance.DataVersion,
        computed_at = result.Provenance.ComputedAt,
        statistics = new { segments = result.Statistics.Segments, vertices = result.Statistics.Vertices },
        warnings = result.Warnings,
    };
}
