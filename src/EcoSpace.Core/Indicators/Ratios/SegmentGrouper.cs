using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>Splits a measured segment's length among groups: by a property's value, or by the polygon zones it runs through.</summary>
internal abstract class SegmentGrouper
{
    /// <summary>The groups' keys in report order (unlisted keys follow, sorted; null last).</summary>
    public abstract IReadOnlyList<string> Order { get; }

    public abstract string? Label(string? key);

    /// <summary>(group key, metres) of the segment; the metres add up to its length.</summary>
    public abstract IEnumerable<(string? Key, double Meters)> Split(EcoFeature segment, double lengthMeters);

    public static SegmentGrouper ByProperty(string property, IReadOnlyList<string> order, Func<string, string?> label) =>
        new PropertyGrouper(property, order, label);

    /// <summary>By a code-list property: groups in code-list order, labelled in Chinese.</summary>
    public static SegmentGrouper ByCode(string kind, string property) =>
        ByProperty(property, Schema.KindCatalog.CodesOf(kind, property), code => Schema.KindCatalog.FindCode(kind, property, code)?.Zh);

    public static SegmentGrouper ByZones(PolygonZones zones, Ellipsoid ellipsoid) => new ZoneGrouper(zones, ellipsoid);

    private sealed class PropertyGrouper(string property, IReadOnlyList<string> order, Func<string, string?> label) : SegmentGrouper
    {
        public override IReadOnlyList<string> Order => order;

        public override string? Label(string? key) => key is null ? null : label(key);

        public override IEnumerable<(string? Key, double Meters)> Split(EcoFeature segment, double lengthMeters)
        {
            string? value = segment.Properties[property]?.ToString();
            yield return (string.IsNullOrEmpty(value) ? null : value, lengthMeters);
        }
    }

    private sealed class ZoneGrouper(PolygonZones zones, Ellipsoid ellipsoid) : SegmentGrouper
    {
        public override IReadOnlyList<string> Order { get; } = Enumerable.Range(0, zones.Count).Select(zones.Key).ToArray();

        public override string? Label(string? key)
        {
            for (int z = 0; z < zones.Count; z++)
                if (zones.Key(z) == key)
                    return zones.Label(z);
            return null;
        }

        public override IEnumerable<(string? Key, double Meters)> Split(EcoFeature segment, double lengthMeters) =>
            zones.Apportion(segment.Geometry, lengthMeters, ellipsoid).Select(p => (p.Zone < 0 ? null : zones.Key(p.Zone), p.Meters));
    }
}
