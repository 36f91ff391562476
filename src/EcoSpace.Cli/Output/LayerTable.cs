using System.Globalization;
using EcoSpace.Data;

namespace EcoSpace.Cli.Output;

/// <summary>The layer summary as a text table and as the --json document.</summary>
public static class LayerTable
{
    public static void Print(IReadOnlyList<LayerInfo> layers)
    {
        var table = new TextTable("kind", "图层", "geometry", "features", "extent: lon/lat min – max (CGCS2000)").AlignRight(3);
        foreach (var layer in layers)
        {
            table.Add(layer.Kind, layer.Zh, layer.GeometryType, layer.Count.ToString("N0", CultureInfo.InvariantCulture),
                layer.Extent is { } e
                    ? string.Create(CultureInfo.InvariantCulture, $"{e.MinX:0.000} {e.MinY:0.000} – {e.MaxX:0.000} {e.MaxY:0.000}")
                    : "–");
        }
        Console.Out.Write(table);
    }

    public static void PrintJson(string database, long dataVersion, IReadOnlyList<LayerInfo> layers) =>
        Json.Print(new
        {
            database,
            data_version = dataVersion,
            crs = "EPSG:4490",
            layers = layers.Select(l => new
            {
                kind = l.Kind,
                zh = l.Zh,
                en = l.En,
                geometry_type = l.GeometryType,
                count = l.Count,
                extent = l.Extent is { } e ? new[] { e.MinX, e.MinY, e.MaxX, e.MaxY } : null,
            }),
        });
}
