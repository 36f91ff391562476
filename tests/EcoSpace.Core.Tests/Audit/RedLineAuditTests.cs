using System.Globalization;
using System.Text.Json.Nodes;
using EcoSpace.Core.Audit;
using EcoSpace.Core.Features;
using NetTopologySuite.IO;

namespace EcoSpace.Core.Tests.Audit;

/// <summary>
/// The red-line audit on hand-made squares near Lianyungang. Expected areas were computed outside
/// EcoSpace with /usr/bin/python3 and Debian's python3-pyproj 3.4.1:
/// <c>abs(Geod(a=6378137, f=1/298.257222101).polygon_area_perimeter(lons, lats)[0])</c> over each
/// square's four corners. DOMAIN.md §5 asks for 1e-9 relative or 0.01 m² per polygon; ours and
/// pyproj agree to about 1e-13 here.
/// </summary>
public class RedLineAuditTests
{
    private const double Square = 101699088.26157379;          // 119.2..119.3 E × 34.6..34.7 N (and 119.4..119.5)
    private const double SquareEast = 101699088.26159668;      // 119.6..119.7 and 119.8..119.9 E × 34.6..34.7 N
    private const double HalfSquare = 50864600.24784088;       // 119.2..119.3 E × 34.6..34.65 N
    private const double LossOf1e8Degrees = 10.163871765136719; // Square minus the same with its north edge 1e-8° south
    private const double LossOf4e10Degrees = 0.40655517578125;  // … 4e-10° south

    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);

    [Fact]
    public void AShrunkARemovedAndAChangedRedLineFailBothChecks()
    {
        var baseline = new[]
        {
            RedLine("a", 119.2, 34.7), RedLine("b", 119.4, 34.7), RedLine("c", 119.6, 34.7),
        };
        var now = new[]
        {
            RedLine("a", 119.2, 34.65), RedLine("b", 119.4, 34.7, function: "water_conservation"), RedLine("d", 119.8, 34.7),
        };

        var result = RedLineAudit.Compare([new AuditLayer("red_line", baseline, now)]);

        var layer = Assert.Single(result.Layers);
        Assert.Equal(Square + Square + SquareEast, layer.BaselineAreaSquareMeters, 0.01);
        Assert.Equal(HalfSquare + Square + SquareEast, layer.NowAreaSquareMeters, 0.01);
        Assert.Equal(["c"], layer.RemovedIds);
        Assert.Equal(["d"], layer.AddedIds);

        var a = layer.Features.Single(f => f.Id == "a");
        Assert.Equal(HalfSquare - Square, a.ChangeSquareMeters, 0.01);
        Assert.True(a.AreaReduced && a.GeometryChanged);
        var b = layer.Features.Single(f => f.Id == "b");
        Assert.Equal(new PropertyChange("function", "biodiversity", "water_conservation"), Assert.Single(b.PropertyChanges));
        Assert.False(b.GeometryChanged || b.AreaReduced);

        Assert.False(result.Passed);
        var area = result.Verdicts.Single(v => v.Rule == AuditRules.AreaNotReduced);
        Assert.True(area.TotalReduced);
        Assert.Equal(["a"], area.OffendingIds);
        Assert.Equal(["b", "c"], result.Verdicts.Single(v => v.Rule == AuditRules.NatureUnchanged).OffendingIds);
        Assert.Equal(
            [ViolationFinding.TotalAreaReduced, ViolationFinding.AreaReduced, ViolationFinding.PropertyChanged, ViolationFinding.Removed],
            result.Violations.Select(v => v.Finding));
        Assert.All(result.Violations, v => Assert.Equal(("red_line_reduced", "high"), (v.Rule, v.Severity)));
    }

    [Fact]
    public void NothingChangedMeetsEveryCheck()
    {
        var features = new[] { RedLine("a", 119.2, 34.7), RedLine("b", 119.4, 34.7) };

        var result = RedLineAudit.Compare([new AuditLayer("red_line", features, features)]);

        Assert.True(result.Passed);
        Assert.All(result.Verdicts, v => Assert.True(v.Passed));
        Assert.Empty(result.Violations);
        Assert.DoesNotContain(result.Layers[0].Features, f => f.Changed);
        Assert.Equal(2 * Square, result.Layers[0].NowAreaSquareMeters, 0.01);
    }

    [Fact]
    public void ALossBelowOneSquareMetreIsNoiseAndALossAboveItIsAReduction()
    {
        var baseline = new[] { RedLine("a", 119.2, 34.7) };

        var noise = RedLineAudit.Compare([new AuditLayer("red_line", baseline, [RedLine("a", 119.2, 34.7 - 4e-10)])]);
        var loss = RedLineAudit.Compare([new AuditLayer("red_line", baseline, [RedLine("a", 119.2, 34.7 - 1e-8)])]);

        Assert.True(noise.Passed);
        Assert.True(noise.Layers[0].Features[0].GeometryChanged);
        Assert.Equal(-LossOf4e10Degrees, noise.Layers[0].ChangeSquareMeters, 1e-3);
        Assert.False(loss.Passed);
        Assert.Equal(-LossOf1e8Degrees, loss.Layers[0].Features[0].ChangeSquareMeters, 1e-3);
        Assert.True(loss.Verdicts[0].TotalReduced);
        Assert.True(RedLineAudit.Compare([new AuditLayer("red_line", baseline, [RedLine("a", 119.2, 34.7 - 1e-8)])],
            new RedLineAuditOptions { ToleranceSquareMeters = 20 }).Passed);
    }

    [Fact]
    public void TheRelativeToleranceGrowsWithTheArea()
    {
        var options = new RedLineAuditOptions();
        // 1e-9 of 10 000 km² is 10 m²: a 5 m² loss of such a sea area is noise, of a small one a loss.
        Assert.False(options.IsReduction(1e10, 1e10 - 5));
        Assert.True(options.IsReduction(1e8, 1e8 - 5));
        Assert.False(options.IsReduction(1e8, 1e8 + 5));
    }

    [Fact]
    public void AProtectedAreaZoneLevelOrTypeChangeIsAChangeOfNature()
    {
        var before = ProtectedArea("p", """{"pa_type":"nature_reserve","level":"national","zone":"core"}""");
        var after = ProtectedArea("p", """{"pa_type":"forest_park","level":"provincial","zone":"general"}""");

        var result = RedLineAudit.Compare([new AuditLayer("protected_area", [before], [after])]);

        Assert.Equal(["pa_type", "level", "zone"], result.Layers[0].Features[0].PropertyChanges.Select(c => c.Property));
        Assert.True(result.Verdicts.Single(v => v.Rule == AuditRules.AreaNotReduced).Passed);
        Assert.Equal(3, result.Verdicts.Single(v => v.Rule == AuditRules.NatureUnchanged).Violations.Count);
    }

    [Fact]
    public void APolygonAndTheSameOnePartMultiPolygonAreTheSameShape()
    {
        var polygon = RedLine("a", 119.2, 34.7);
        var multi = polygon with { Geometry = Cgcs2000.Factory.CreateMultiPolygon([(NetTopologySuite.Geometries.Polygon)polygon.Geometry]) };

        var result = RedLineAudit.Compare([new AuditLayer("red_line", [polygon], [multi])]);

        Assert.False(result.Layers[0].Features[0].GeometryChanged);
        Assert.Equal(0, result.Layers[0].ChangeSquareMeters);
    }

    [Fact]
    public void AnIdTwiceInALayerIsRefused()
    {
        var a = RedLine("a", 119.2, 34.7);
        var error = Assert.Throws<ArgumentException>(() => RedLineAudit.Compare([new AuditLayer("red_line", [a, a], [a])]));
        Assert.Contains("'a' appears twice", error.Message);
    }

    private static EcoFeature RedLine(string id, double west, double north, string function = "biodiversity")
    {
        string wkt = string.Create(CultureInfo.InvariantCulture,
            $"POLYGON (({west} 34.6, {west + 0.1} 34.6, {west + 0.1} {north}, {west} {north}, {west} 34.6))");
        return new EcoFeature(id, "red_line", Wkt.Read(wkt), new JsonObject { ["domain"] = "land", ["function"] = function });
    }

    private static EcoFeature ProtectedArea(string id, string propertiesJson) =>
        new(id, "protected_area", Wkt.Read("POLYGON ((119.2 34.6, 119.3 34.6, 119.3 34.7, 119.2 34.7, 119.2 34.6))"),
            JsonNode.Parse(propertiesJson)!.AsObject());
}
