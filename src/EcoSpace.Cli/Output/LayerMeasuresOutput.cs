using System.Globalization;
using EcoSpace.Core.Measurement;

namespace EcoSpace.Cli.Output;

/// <summary><c>measure layer</c> as a table with totals, and as the --json document.</summary>
public static class LayerMeasuresOutput
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(LayerMeasures layer)
    {
        bool areal = layer.Features.Any(f => f.AreaSquareMeters is not null);
        bool linear = layer.Features.Any(f => f.LengthMeters is not null);
        var headers = new List<string> { "id", "name" };
        if (linear) headers.Add("length m");
        if (areal) headers.AddRange(["area m²", "area ha", "perimeter m"]);
        headers.AddRange(["GK plane m", "GK zone", "vertices"]);
        var table = new TextTable([.. headers]);
        for (int c = 2; c < headers.Count; c++)
            table.AlignRight(c);
        foreach (var f in layer.Features)
        {
            var cells = new List<string> { f.Id, f.Name ?? "" };
            if (linear) cells.Add(Number(f.LengthMeters, "N3"));
            if (areal) cells.AddRange([Number(f.AreaSquareMeters, "N1"), Number(f.AreaSquareMeters / 10_000, "N4"), Number(f.PerimeterMeters, "N3")]);
            cells.AddRange([Number(f.Plane?.LengthMeters, "N3"), f.Plane is { } p ? $"EPSG:{p.Epsg}" : "–", f.Vertices.ToString(Invariant)]);
            table.Add([.. cells]);
        }
        var total = new List<string> { "total", $"{layer.Features.Count} feature(s)" };
        if (linear) total.Add(layer.LengthMeters.ToString("N3", Invariant));
        if (areal) total.AddRange([layer.AreaSquareMeters.ToString("N1", Invariant), (layer.AreaSquareMeters / 10_000).ToString("N4", Invariant), layer.PerimeterMeters.ToString("N3", Invariant)]);
        total.AddRange(["", "", layer.Features.Sum(f => (long)f.Vertices).ToString(Invariant)]);
        table.Add([.. total]);
        Console.Out.Write(table);
        Console.Out.WriteLine(string.Create(Invariant,
            $"geodesic on {layer.Ellipsoid}{(layer.Ellipsoid == "GRS80" ? " (CGCS2000)" : "")}; GK = Gauss-Krüger plane length in the feature's 3° zone (CGCS2000, EPSG:4534-4554); data version {layer.DataVersion}"));
    }

    public static void PrintJson(LayerMeasures layer) => Json.Print(new
    {
        kind = layer.Kind,
        ellipsoid = layer.Ellipsoid,
        data_version = layer.DataVersion,
        computed_at = layer.ComputedAt,
        total = new { features = layer.Features.Count, length_m = layer.LengthMeters, area_m2 = layer.AreaSquareMeters, perimeter_m = layer.PerimeterMeters },
        features = layer.Features.Select(f => new
        {
            id = f.Id,
            name = f.Name,
            geometry_type = f.GeometryType,
            vertices = f.Vertices,
            length_m = f.LengthMeters,
            area_m2 = f.AreaSquareMeters,
            perimeter_m = f.PerimeterMeters,
            plane_length_m = f.Plane?.LengthMeters,
            plane_epsg = f.Plane?.Epsg,
            plane_central_meridian = f.Plane?.CentralMeridianDegrees,
        }),
    });

    private static string Number(double? value, string format) => value is { } v ? v.ToString(format, Invariant) : "–";
}
