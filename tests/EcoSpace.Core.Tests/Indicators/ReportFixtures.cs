using System.Globalization;
using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Report;
using EcoSpace.Core.Indicators.Settings;
using NetTopologySuite.IO;

namespace EcoSpace.Core.Tests.Indicators;

/// <summary>Hand-made features near 连云港 for the report builder's tests.</summary>
internal static class ReportFixtures
{
    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);

    public static readonly Provenance Provenance = new(7, new DateTimeOffset(2022, 3, 1, 9, 30, 0, TimeSpan.Zero));

    public static EcoFeature Feature(string id, string kind, string wkt, string propertiesJson = "{}") =>
        new(id, kind, Wkt.Read(wkt), JsonNode.Parse(propertiesJson)!.AsObject());

    /// <summary>A square of <paramref name="size"/> degrees with its south-west corner at (lon, lat).</summary>
    public static string Square(double lon, double lat, double size) => string.Create(CultureInfo.InvariantCulture,
        $"POLYGON(({lon} {lat}, {lon + size} {lat}, {lon + size} {lat + size}, {lon} {lat + size}, {lon} {lat}))");

    public static string Line(double lon1, double lat1, double lon2, double lat2) => string.Create(CultureInfo.InvariantCulture,
        $"LINESTRING({lon1} {lat1}, {lon2} {lat2})");

    public static ReportInputs Inputs(
        IReadOnlyList<EcoFeature>? redLines = null,
        IReadOnlyList<EcoFeature>? protectedAreas = null,
        IReadOnlyList<EcoFeature>? restorations = null,
        IReadOnlyList<EcoFeature>? shorelines = null,
        IReadOnlyList<EcoFeature>? riverBanks = null,
        IReadOnlyList<EcoFeature>? bays = null,
        Provenance? provenance = null) =>
        new(redLines ?? [], protectedAreas ?? [], restorations ?? [], shorelines ?? [], riverBanks ?? [], [], bays ?? [],
            provenance ?? Provenance);

    /// <summary>A small project with something in every row.</summary>
    public static ReportInputs Project() => Inputs(
        redLines:
        [
            Feature("rl-1", "red_line", Square(119.30, 34.60, 0.05), """{"domain":"land","function":"water_conservation"}"""),
            Feature("rl-2", "red_line", Square(119.40, 34.60, 0.03), """{"domain":"land","function":"biodiversity"}"""),
            Feature("rl-3", "red_line", Square(119.50, 34.80, 0.10), """{"domain":"marine","function":"biodiversity"}"""),
            Feature("rl-4", "red_line", Square(119.70, 34.80, 0.02), """{"domain":"marine"}"""),
        ],
        protectedAreas:
        [
            Feature("pa-1", "protected_area", Square(119.30, 34.60, 0.02), """{"pa_type":"nature_reserve","level":"provincial","zone":"core"}"""),
            Feature("pa-2", "protected_area", Square(119.33, 34.60, 0.02), """{"pa_type":"nature_reserve","level":"provincial","zone":"general"}"""),
            Feature("pa-3", "protected_area", Square(119.50, 34.80, 0.04), """{"pa_type":"marine_park","level":"national","zone":"undivided"}"""),
        ],
        restorations:
        [
            Feature("rs-1", "restoration", Line(119.20, 34.90, 119.22, 34.88), """{"name":"岸线修复一期","target":"shoreline","completed":"2021-06-30"}"""),
            Feature("rs-2", "restoration", Line(119.22, 34.88, 119.25, 34.86), """{"name":"岸线修复二期","target":"shoreline","completed":"2021-12-01"}"""),
            Feature("rs-3", "restoration", Square(119.26, 34.84, 0.01), """{"name":"湿地修复","target":"wetland","completed":"2021-10-31"}"""),
        ],
        shorelines:
        [
            Feature("s-1", "shoreline", Line(119.20, 34.90, 119.25, 34.86), """{"class":"sandy","mainland":true}"""),
            Feature("s-2", "shoreline", Line(119.30, 34.84, 119.35, 34.80), """{"class":"artificial","mainland":true}"""),
            Feature("s-3", "shoreline", Line(119.46, 34.76, 119.48, 34.77), """{"class":"bedrock","mainland":false}"""),
        ],
        riverBanks:
        [
            Feature("b-1", "river_bank", Line(119.10, 34.50, 119.15, 34.52), """{"river":"新沂河","side":"left","zone":"protection"}"""),
            Feature("b-2", "river_bank", Line(119.10, 34.49, 119.15, 34.51), """{"river":"新沂河","side":"right","zone":"development"}"""),
        ],
        bays:
        [
            Feature("bay-1", "bay", Square(119.19, 34.85, 0.07), """{"name":"海州湾","status":"built"}"""),
        ]);

    /// <summary>The defaults with <paramref name="key"/> set to <paramref name="value"/> (as a user would type it).</summary>
    public static IndicatorSettings With(string key, string value) =>
        IndicatorSettings.From(new Dictionary<string, string> { [key] = SettingCatalog.Check(key, value) });

    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
