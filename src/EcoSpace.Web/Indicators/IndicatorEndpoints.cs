using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Inputs;
using System.Text.Json;
using EcoSpace.Formats.Documents;
using EcoSpace.Web.Hosting;

namespace EcoSpace.Web.Indicators;

/// <summary>
/// <c>GET /api/indicators</c>: the live panel's figures on one state of the project (one read
/// snapshot): the shoreline and bank ratios as <c>ecospace measure … --json</c> writes them, and the
/// geodesic red-line and protected-area areas, all on the project's settings (class sets, ellipsoid).
/// Kept until the project changes (<see cref="ProjectAnswers"/>).
/// </summary>
public static class IndicatorEndpoints
{
    public static IEndpointRouteBuilder MapIndicatorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", Indicators);
        return app;
    }

    private static IResult Indicators(FeatureStore store, ProjectAnswers answers)
    {
        string stamp = ProjectAnswers.FileStamp(store.Path);
        using var snapshot = store.ReadSnapshot();
        var body = answers.Get("indicators", ProjectAnswers.State(store, stamp), () => Compute(store));
        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    private static byte[] Compute(FeatureStore store)
    {
        var settings = store.IndicatorSettings();
        var shoreline = ShorelineRatio.Compute(StoreInputs.Ratio(store, KindCatalog.Shoreline, settings.Ellipsoid, out _), settings);
        var banks = BankRatio.Compute(StoreInputs.Ratio(store, KindCatalog.RiverBank, settings.Ellipsoid, out _), settings);
        var redLines = StoreInputs.Features(store, KindCatalog.RedLine);
        var protectedAreas = StoreInputs.Features(store, KindCatalog.ProtectedArea);
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["data_version"] = store.DataVersion,
            ["shoreline"] = RatioDocument.From(shoreline),
            ["banks"] = RatioDocument.From(banks),
            ["areas"] = new Dictionary<string, object?>
            {
                ["red_line_m2"] = redLines.Sum(f => GeodesicMeasure.AreaSquareMeters(f.Geometry, settings.Ellipsoid)),
                ["protected_area_m2"] = protectedAreas.Sum(f => GeodesicMeasure.AreaSquareMeters(f.Geometry, settings.Ellipsoid)),
                ["red_line_count"] = redLines.Count,
                ["protected_area_count"] = protectedAreas.Count,
                ["ellipsoid"] = settings.Ellipsoid.Name,
            },
        }, DocumentJson.Compact);
    }
}
