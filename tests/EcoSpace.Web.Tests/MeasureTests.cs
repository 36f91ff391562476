using System.Net;
using System.Text.Json.Nodes;
using EcoSpace.Tests;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

/// <summary>The measure tool's numbers against the pyproj oracle values of ../shared/data/expected.</summary>
public sealed class MeasureTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task TheLianyungangCoastMeasuresAsTheOracleWithinAMillimetre()
    {
        using var app = new EcoSpaceApp(database);
        var line = Feature("coast/lianyungang-coast-gshhg-full.geojson", 0);
        double expected = Expected("lianyungang-coast-gshhg-full.grs80.jsonl", 0)["length_m"]!.GetValue<double>();
        var measured = await Measure(app, line);
        Assert.Equal(expected, measured["length_m"]!.GetValue<double>(), 1e-3);
        Assert.Equal(0, measured["area_m2"]!.GetValue<double>());
        Assert.Equal("GRS80", measured["ellipsoid"]!.GetValue<string>());
    }

    [Fact]
    public async Task JiangsusAreaAndPerimeterAreTheOracles()
    {
        using var app = new EcoSpaceApp(database);
        var province = Feature("admin/jiangsu-naturalearth-10m.geojson", 0);
        var expected = Expected("jiangsu-naturalearth-10m.grs80.jsonl", 0);
        var measured = await Measure(app, province);
        double area = expected["area_m2"]!.GetValue<double>();
        Assert.Equal(area, measured["area_m2"]!.GetValue<double>(), area * 1e-9);
        Assert.Equal(expected["perimeter_m"]!.GetValue<double>(), measured["perimeter_m"]!.GetValue<double>(), 1e-3);
    }

    [Fact]
    public async Task APointOrNoGeometryIsABadRequest()
    {
        using var app = new EcoSpaceApp(database);
        using var point = await app.Send(HttpMethod.Post, "/api/measure", """{"geometry":{"type":"Point","coordinates":[119.4,34.7]}}""", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, point.StatusCode);
        using var nothing = await app.Send(HttpMethod.Post, "/api/measure", """{"shape":1}""", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
    }

    private static async Task<JsonNode> Measure(EcoSpaceApp app, JsonNode geometry)
    {
        using var response = await app.Send(HttpMethod.Post, "/api/measure", new JsonObject { ["geometry"] = geometry.DeepClone() }.ToJsonString(), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EcoSpaceApp.Json(response);
    }

    private static JsonNode Feature(string file, int index) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestRepository.SharedData, file)))!["features"]![index]!["geometry"]!;

    private static JsonNode Expected(string file, int index) =>
        JsonNode.Parse(File.ReadLines(Path.Combine(TestRepository.SharedData, "expected", file)).ElementAt(index))!;

    public void Dispose() => database.Dispose();
}
