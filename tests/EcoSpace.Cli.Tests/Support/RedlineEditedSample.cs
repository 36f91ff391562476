using System.Text.Json.Nodes;
using EcoSpace.Data;

namespace EcoSpace.Cli.Tests.Support;

/// <summary>
/// The sample with a snapshot <see cref="Tag"/> and an export of its red lines (<see cref="BaselineFile"/>)
/// taken first, then three edits: red_line-shilianghe shrunk to <see cref="ShrunkRing"/> and
/// red_line-linhonghekou's function changed from biodiversity to other (both by <c>import --replace</c>),
/// and red_line-guanhekou deleted (through the store, as the map app deletes: the CLI has no delete).
/// Read-only tests share it.
/// </summary>
public sealed class RedlineEditedSample : IDisposable
{
    public const string Tag = "before-edits";
    public const string Shrunk = "red_line-shilianghe";
    public const string Refunctioned = "red_line-linhonghekou";
    public const string Removed = "red_line-guanhekou";

    /// <summary>The shrunk red line's ring (lon, lat), a 0.06° × 0.05° rectangle inside its old extent.</summary>
    public static readonly double[][] ShrunkRing = [[118.80, 34.74], [118.86, 34.74], [118.86, 34.79], [118.80, 34.79], [118.80, 34.74]];

    /// <summary>
    /// The geodesic area of <see cref="ShrunkRing"/>, computed for this test with /usr/bin/python3 and
    /// Debian's python3-pyproj 3.4.1: Geod(a=6378137, f=1/298.257222101).polygon_area_perimeter(
    /// [118.80, 118.86, 118.86, 118.80], [34.74, 34.74, 34.79, 34.79])[0].
    /// </summary>
    public const double ShrunkSquareMeters = 30468112.48395157;

    private readonly SampleProject sample = new();

    public RedlineEditedSample()
    {
        Check(sample.Run("snapshot", "create", Tag, "--note", "批复前 before the edits", "--user", "auditor-li"));
        BaselineFile = sample.File("approved-red-lines.geojson");
        Check(sample.Run("export", "red_line", "-o", BaselineFile));

        var exported = JsonNode.Parse(File.ReadAllText(BaselineFile))!["features"]!.AsArray();
        var shrunk = exported.Single(f => f!["id"]!.GetValue<string>() == Shrunk)!.DeepClone();
        shrunk["geometry"] = new JsonObject
        {
            ["type"] = "Polygon",
            ["coordinates"] = new JsonArray(new JsonArray(ShrunkRing.Select(p => (JsonNode)new JsonArray(p[0], p[1])).ToArray())),
        };
        var refunctioned = exported.Single(f => f!["id"]!.GetValue<string>() == Refunctioned)!.DeepClone();
        refunctioned["properties"]!["function"] = "other";
        var edits = sample.Write("edits.geojson", new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(shrunk, refunctioned),
        }.ToJsonString());
        Check(sample.Run("import", edits, "--kind", "red_line", "--replace"));

        using var store = FeatureStore.Open(sample.Database);
        var deleted = store.Delete("red_line", Removed, "planner-wang");
        if (deleted.Status != Data.Editing.EditStatus.Done)
            throw new InvalidOperationException($"delete failed: {deleted.Status}");
    }

    public string BaselineFile { get; }

    public Ecospace.Outcome Run(params string[] args) => sample.Run(args);

    public void Dispose() => sample.Dispose();

    private static void Check(Ecospace.Outcome outcome)
    {
        if (outcome.ExitCode != 0)
            throw new InvalidOperationException(outcome.ToString());
    }
}
