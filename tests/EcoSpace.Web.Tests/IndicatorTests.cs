using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

public sealed class IndicatorTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task TheRatiosAndAreasAreTheSamplesOracleFigures()
    {
        using var app = new EcoSpaceApp(database);
        var indicators = await app.GetJson("/api/indicators");
        var shoreline = indicators["shoreline"]!;
        Assert.Equal(SampleFigures.NaturalRatio, shoreline["ratio"]!.GetValue<double>(), 1e-9);
        Assert.Equal(SampleFigures.NaturalNumeratorMeters, shoreline["numerator_m"]!.GetValue<double>(), 1e-3);
        Assert.Equal(SampleFigures.MainlandMeters, shoreline["denominator_m"]!.GetValue<double>(), 1e-3);
        Assert.Equal(SampleFigures.IslandMeters, shoreline["islands"]!["denominator_m"]!.GetValue<double>(), 1e-3);
        Assert.Equal("35.40", (shoreline["ratio"]!.GetValue<double>() * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
        var banks = indicators["banks"]!;
        Assert.Equal(SampleFigures.BankRatio, banks["ratio"]!.GetValue<double>(), 1e-9);
        Assert.Equal("47.64", (banks["ratio"]!.GetValue<double>() * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("GRS80", shoreline["ellipsoid"]!.GetValue<string>());

        var areas = indicators["areas"]!;
        Assert.Equal(SampleFigures.RedLineTotalSquareMeters, areas["red_line_m2"]!.GetValue<double>(), SampleFigures.RedLineTotalSquareMeters * 1e-9);
        Assert.Equal(SampleFigures.ProtectedAreaTotalSquareMeters, areas["protected_area_m2"]!.GetValue<double>(), SampleFigures.ProtectedAreaTotalSquareMeters * 1e-9);
        Assert.Equal(10, areas["red_line_count"]!.GetValue<int>());
        Assert.Equal(SampleDatabase.LayerFileCounts["protected_area"], areas["protected_area_count"]!.GetValue<int>());
        using var store = database.Open();
        Assert.Equal(store.DataVersion, indicators["data_version"]!.GetValue<long>());
    }

    [Fact]
    public async Task MakingANaturalSegmentArtificialLowersTheRatioByItsLength()
    {
        using var app = new EcoSpaceApp(database);
        var before = (await app.GetJson("/api/indicators"))["shoreline"]!;
        var segment = LayerFiles.Features("shoreline").First(f =>
            f!["properties"]!["class"]?.GetValue<string>() == "bedrock" && f["properties"]!["mainland"]!.GetValue<bool>())!;
        string id = segment["id"]!.GetValue<string>();
        using var measured = await app.Send(HttpMethod.Post, "/api/measure", new JsonObject { ["geometry"] = segment["geometry"]!.DeepClone() }.ToJsonString(), "application/json");
        double length = (await EcoSpaceApp.Json(measured))["length_m"]!.GetValue<double>();

        using var patched = await app.Send(HttpMethod.Patch, $"/collections/shoreline/items/{id}",
            """{"properties":{"class":"artificial","use":"dike"}}""", "application/merge-patch+json");
        Assert.Equal(System.Net.HttpStatusCode.OK, patched.StatusCode);

        var indicators = await app.GetJson("/api/indicators");
        var after = indicators["shoreline"]!;
        Assert.True(indicators["data_version"]!.GetValue<long>() > before["data_version"]!.GetValue<long>());
        Assert.Equal(before["numerator_m"]!.GetValue<double>() - length, after["numerator_m"]!.GetValue<double>(), 1e-6);
        Assert.Equal(before["denominator_m"]!.GetValue<double>(), after["denominator_m"]!.GetValue<double>(), 1e-6);
        Assert.True(after["ratio"]!.GetValue<double>() < before["ratio"]!.GetValue<double>());
    }

    public void Dispose() => database.Dispose();
}
