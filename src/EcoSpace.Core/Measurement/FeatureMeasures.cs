using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Measurement;

/// <summary>Measures features one by one, on all cores, keeping their order.</summary>
public static class FeatureMeasures
{
    public static IReadOnlyList<FeatureMeasure> Measure(IReadOnlyList<EcoFeature> features, Ellipsoid ellipsoid)
    {
        ArgumentNullException.ThrowIfNull(features);
        var results = new FeatureMeasure[features.Count];
        Parallel.For(0, features.Count, i => results[i] = Measure(features[i], ellipsoid));
        return results;
    }

    public static FeatureMeasure Measure(EcoFeature feature, Ellipsoid ellipsoid)
    {
        var geometry = feature.Geometry;
        bool areal = geometry.Dimension == Dimension.Surface;
        var figures = GeodesicMeasure.Measure(geometry, ellipsoid);
        return new FeatureMeasure(feature.Id, feature.Text("name"), geometry.GeometryType, geometry.NumPoints,
            areal ? null : figures.LengthMeters,
            areal ? figures.AreaSquareMeters : null,
            areal ? figures.PerimeterMeters : null,
            GaussKrugerLength.Measure(geometry));
    }
}
