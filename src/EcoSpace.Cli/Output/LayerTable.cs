using EcoSpace.Data;
using Spectre.Console;

namespace EcoSpace.Cli.Output;

/// <summary>The layer summary as a terminal table and as the --json document.</summary>
public static class LayerTable
{
    public static void Print(IReadOnlyList<LayerInfo> layers)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("kind", "图层", "layer", "geometry", "features", "extent (lon/lat, CGCS2000)");
        table.Columns[4].RightAligned();
        foreach (var layer in layers)
        {
            table.AddRow(layer.Kind, layer.Zh, layer.En, layer.GeometryType, layer.Count.ToString("N0"),
                layer.Extent is { } e ? $"{e.MinX:0.000} {e.MinY:0.000} – {e.MaxX:0.000} {e.MaxY:0.000}" : "–");
        }
        AnsiConsole.Write(table);
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
