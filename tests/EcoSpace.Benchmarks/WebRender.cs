using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using EcoSpace.Data;
using EcoSpace.Data.Import;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;
using Microsoft.Playwright;

namespace EcoSpace.Benchmarks;

/// <summary>
/// The map in a real browser (issue 5: the sample interactive within 1 s of load; the 1.9 M-vertex
/// Asia coast smooth to pan and zoom): the real `ecospace serve` (src/EcoSpace.Cli, Release build)
/// and Debian's chromium driven by Playwright (headless, software rendering). For the sample project
/// and for a project holding the Asia coast as its shoreline layer (served as vector tiles): time
/// from navigation to the app's ready promise (layers loaded, panels filled, first complete render),
/// five runs in fresh browser contexts (the first with a cold server), and the medians of the page's
/// own start-up marks (performance.mark 'ecospace:*', ms since navigation); then frame intervals while
/// the view pans and zooms along the China coast (requestAnimationFrame timestamps): median, p95,
/// max, and the share of frames slower than 50 ms.
/// While a page loads, nothing of Playwright's runs in it: the wait for ready is one Runtime.evaluate
/// over CDP. (Playwright's WaitForFunction first injects its selector engine, ~0.1 s of script on
/// the page's main thread in the middle of the start-up being measured.)
/// </summary>
internal static class WebRender
{
    private const string Chromium = "/usr/bin/chromium";

    public static async Task<int> Run()
    {
        string ecospace = Path.Combine(TestRepository.Root, "src", "EcoSpace.Cli", "bin", "Release", "net10.0", "ecospace.dll");
        if (!File.Exists(ecospace) || !File.Exists(Chromium))
        {
            Console.Error.WriteLine($"needs {ecospace} (dotnet build src/EcoSpace.Cli -c Release) and {Chromium} (apt-get install chromium)");
            return 1;
        }
        string folder = Directory.CreateTempSubdirectory("ecospace-render-").FullName;
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            Console.WriteLine($"chromium {browser.Version}, {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

            string sample = Path.Combine(folder, "sample.gpkg"); // created from layers/ by the server on first start
            await Measure(browser, ecospace, sample, "sample (layers/)");

            string asia = Path.Combine(folder, "asia.gpkg");
            ImportAsiaCoast(asia);
            await Measure(browser, ecospace, asia, "Asia coast as shoreline (1.9 M vertices, vector tiles)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void ImportAsiaCoast(string path)
    {
        string file = Path.Combine(TestRepository.SharedData, "perf", "asia-coast-gshhg-full.geojson.gz");
        var clock = Stopwatch.StartNew();
        using var store = FeatureStore.Create(path);
        using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        var result = store.Import("shoreline", GeoJsonReader.Read(stream, "shoreline"), new ImportOptions { User = "benchmark" });
        Console.WriteLine($"imported {result.Inserted} coast lines in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task Measure(IBrowser browser, string ecospace, string database, string label)
    {
        int port = FreePort();
        using var server = StartServer(ecospace, database, port);
        try
        {
            await MeasurePage(browser, new Uri($"http://127.0.0.1:{port}/"), server, label);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private static async Task MeasurePage(IBrowser browser, Uri uri, Process server, string label)
    {
        await WaitUntilUp(uri, server);
        Console.WriteLine();
        Console.WriteLine(label);

        var readyMs = new List<double>();
        var marks = new Dictionary<string, List<double>>();
        IReadOnlyList<double> frames = [];
        for (int run = 0; run < 5; run++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(120_000);
            var cdp = await context.NewCDPSessionAsync(page);
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(uri.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = AwaitReady, ["awaitPromise"] = true });
            readyMs.Add(clock.Elapsed.TotalMilliseconds);
            if (run > 0)
            {
                foreach (var mark in await page.EvaluateAsync<PageMark[]>(MarksScript))
                    (marks.TryGetValue(mark.Name, out var list) ? list : marks[mark.Name] = []).Add(mark.Ms);
            }
            if (run == 4)
            {
                Console.WriteLine(await page.EvaluateAsync<string>(TimelineScript));
                frames = await page.EvaluateAsync<double[]>(PanAndZoomScript);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  load to ready: first {readyMs[0]:F0} ms (cold server), then {string.Join(", ", readyMs.Skip(1).Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))} ms, " +
            $"median {Percentile(readyMs.Skip(1).Order().ToArray(), 0.5):F0} ms"));
        if (marks.Count > 0)
        {
            Console.WriteLine("  the page's own marks, median of the warm runs (ms since navigation): " + string.Join(", ",
                marks.OrderBy(m => Percentile(m.Value.Order().ToArray(), 0.5))
                    .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {Percentile(m.Value.Order().ToArray(), 0.5):F0}"))));
        }
        var sorted = frames.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  pan and zoom along the coast: {sorted.Length} frames in {frames.Sum() / 1000:F1} s, frame interval median {Percentile(sorted, 0.5):F1} ms, " +
            $"p95 {Percentile(sorted, 0.95):F1} ms, max {sorted[^1]:F0} ms, over 50 ms {100.0 * sorted.Count(f => f > 50) / sorted.Length:F1} %"));
    }

    /// <summary>Resolves with the app's ready promise (window.ecospace exists from the app's first tick).</summary>
    private const string AwaitReady =
        "new Promise(resolve => { const wait = () => window.ecospace ? window.ecospace.ready.then(() => resolve(true)) : setTimeout(wait, 5); wait(); })";

    /// <summary>The app's start-up marks (src/EcoSpace.Web/client/src/util/perf.ts).</summary>
    private const string MarksScript = """
        () => performance.getEntriesByType('mark').filter(m => m.name.startsWith('ecospace:'))
          .map(m => ({ name: m.name.slice('ecospace:'.length), ms: m.startTime }))
        """;

    private sealed class PageMark
    {
        public string Name { get; set; } = "";
        public double Ms { get; set; }
    }

    /// <summary>When the page's requests ran (ms from navigation start), to see where the time to ready goes.</summary>
    private const string TimelineScript = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const rows = performance.getEntriesByType('resource')
            .map(r => `    ${r.startTime.toFixed(0).padStart(5)} +${r.duration.toFixed(0).padStart(4)} ms  ${new URL(r.name).pathname}${new URL(r.name).search}`);
          return `  timeline of the last load (dom content loaded ${nav.domContentLoadedEventEnd.toFixed(0)} ms):\n` + rows.join('\n');
        }
        """;

    /// <summary>
    /// Five 1.5 s view animations (zoom out, pan to Shanghai, zoom in, pan to Qingdao, back to
    /// Lianyungang) while requestAnimationFrame records every frame's interval; then the intervals.
    /// </summary>
    private const string PanAndZoomScript = """
        async () => {
          const map = window.ecospace.map, view = map.getView();
          const mercator = (lon, lat) => [lon * 20037508.342789244 / 180, Math.log(Math.tan((90 + lat) * Math.PI / 360)) * 6378137];
          const intervals = [];
          let last = null, running = true;
          const tick = t => { if (last !== null) intervals.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
          requestAnimationFrame(tick);
          const animate = options => new Promise(done => view.animate({ ...options, duration: 1500 }, done));
          await animate({ zoom: 6 });
          await animate({ center: mercator(121.5, 31.2) });
          await animate({ zoom: 10 });
          await animate({ center: mercator(120.3, 36.1) });
          await animate({ zoom: 9, center: mercator(119.35, 34.65) });
          running = false;
          return intervals;
        }
        """;

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];

    private static Process StartServer(string ecospace, string database, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "exec", ecospace, "--db", database, "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--no-browser" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  server: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUp(Uri uri, Process server)
    {
        using var http = new HttpClient();
        for (int attempt = 0; attempt < 600; attempt++)
        {
            if (server.HasExited)
                throw new InvalidOperationException($"ecospace serve exited with {server.ExitCode}");
            try
            {
                if ((await http.GetAsync(new Uri(uri, "conformance"))).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("ecospace serve did not answer within a minute");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
