using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

public class SampleProjectTests
{
    private static readonly string[] Kinds = ["red_line", "eco_space", "protected_area", "shoreline", "river_bank",
        "development", "farmland", "bay", "restoration", "admin_region"];

    /// <summary>Feature counts of layers/*.geojson, read straight from the files.</summary>
    private static Dictionary<string, int> CountsInLayerFiles() => Kinds.ToDictionary(k => k,
        k => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Layers, k + ".geojson")))!["features"]!.AsArray().Count);

    [Fact]
    public void TheSampleHasEveryKind()
    {
        foreach (var (kind, count) in CountsInLayerFiles())
            Assert.True(count > 0, $"layers/{kind}.geojson has no features");
    }

    [Fact]
    public async Task RunningWithoutACommandCreatesTheProjectSummarisesItAndServesTheMap()
    {
        using var dir = new TempDir();
        using (var first = new ServerProcess(dir.Path, null, "--no-browser", "--port", "0"))
        {
            var url = await first.Address();
            Assert.StartsWith("http://127.0.0.1:", url);
            Assert.True(File.Exists(dir.File("ecospace.gpkg")));
            // The overview is printed first, as before the map app existed.
            var printed = first.Stdout;
            Assert.Contains("creating it from the Lianyungang sample", printed);
            Assert.True(printed.IndexOf("海岸线", StringComparison.Ordinal) < printed.IndexOf("EcoSpace map: ", StringComparison.Ordinal));
            Assert.Contains("shoreline", printed);

            using var http = new HttpClient();
            var collections = JsonNode.Parse(await http.GetStringAsync(url + "collections"))!["collections"]!.AsArray();
            Assert.Equal(Kinds, collections.Select(c => c!["id"]!.GetValue<string>()));

            var stopped = await first.Interrupt();
            Assert.True(stopped.ExitCode == 0, stopped.ToString());
            Assert.Contains("EcoSpace map stopped", stopped.Stdout);
        }

        // The second run opens what the first one made.
        using var second = new ServerProcess(dir.Path, null, "--no-browser", "--port", "0");
        await second.Address();
        Assert.DoesNotContain("creating", second.Stdout);
        Assert.Equal(0, (await second.Interrupt()).ExitCode);
    }

    [Fact]
    public async Task ServeSaysWhenItsPortIsTaken()
    {
        using var dir = new TempDir();
        var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            int port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
            using var server = new ServerProcess(dir.Path, null, "--db", dir.File("p.gpkg"), "serve", "--no-browser", "--port", port.ToString());
            var outcome = await server.Exit();
            Assert.Equal(6, outcome.ExitCode);
            Assert.Contains($"port {port} on 127.0.0.1 is in use", outcome.Stderr);
            Assert.Contains("--port", outcome.Stderr);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task WithoutADesktopTheAddressIsPrintedInsteadOfOpeningABrowser()
    {
        using var dir = new TempDir();
        var noDesktop = new Dictionary<string, string> { ["DISPLAY"] = "", ["WAYLAND_DISPLAY"] = "" };
        using var server = new ServerProcess(dir.Path, noDesktop, "--db", dir.File("p.gpkg"), "serve", "--port", "0");
        var url = await server.Address();
        var outcome = await server.Interrupt();
        Assert.Contains($"open {url} in a browser", outcome.Stdout);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public void AServeOptionOnAnotherCommandIsAUsageError()
    {
        var result = Ecospace.Run("layers", "--port", "8000");
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void EcospaceDbNamesTheDefaultDatabase()
    {
        using var dir = new TempDir();
        var db = dir.File("from-env.gpkg");
        var result = Ecospace.RunIn(dir.Path, new Dictionary<string, string> { ["ECOSPACE_DB"] = db }, "init");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public void InitSampleLoadsEveryLayerFile()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        var init = Ecospace.Run("--db", db, "init", "--sample");
        Assert.True(init.ExitCode == 0, init.ToString());

        var layers = JsonNode.Parse(Ecospace.Run("--db", db, "layers", "--json").Stdout)!["layers"]!.AsArray();
        var expected = CountsInLayerFiles();
        foreach (var layer in layers)
            Assert.Equal(expected[layer!["kind"]!.GetValue<string>()], layer["count"]!.GetValue<int>());

        var again = Ecospace.Run("--db", db, "init", "--sample");
        Assert.Equal(4, again.ExitCode);
        Assert.Contains("--force", again.Stderr);
    }

    [Fact]
    public void GdalListsEverySampleTableWithItsCountTypeAndCrs()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Assert.Equal(0, Ecospace.Run("--db", db, "init", "--sample").ExitCode);
        var expected = CountsInLayerFiles();

        foreach (var kind in Kinds)
        {
            var info = Gdal.Run("ogrinfo", "-so", "-ro", db, kind);
            Assert.Contains($"Feature Count: {expected[kind]}", info);
            Assert.Contains("CGCS2000", info);
            var type = kind switch
            {
                "shoreline" or "river_bank" => "Line String",
                "restoration" => "Unknown (any)",
                _ => "Multi Polygon",
            };
            Assert.Contains($"Geometry: {type}", info);

            var converted = dir.File(kind + ".geojson");
            Gdal.Run("ogr2ogr", "-f", "GeoJSON", converted, db, kind);
            Assert.Equal(expected[kind], JsonNode.Parse(File.ReadAllText(converted))!["features"]!.AsArray().Count);
        }
    }
}
