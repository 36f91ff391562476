using System.Diagnostics;
using System.Text;
using EcoSpace.Tests;

namespace EcoSpace.Browser.Tests.Support;

/// <summary>
/// The real `ecospace serve` process (the executable built beside the tests) on its own project
/// file in a temp folder, created from the sample layers on first start, on a free port. Disposed:
/// the process is killed and the folder removed.
/// </summary>
public sealed class EcospaceServer : IAsyncDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "ecospace.dll");
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public string Folder { get; }
    public string DatabasePath { get; }
    public Uri BaseUri { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }

    private EcospaceServer(string folder, int port)
    {
        Folder = folder;
        DatabasePath = Path.Combine(folder, "project.gpkg");
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "exec", Dll, "--db", DatabasePath, "--user", "browser-test", "serve", "--port", port.ToString(), "--no-browser" })
            start.ArgumentList.Add(arg);
        start.Environment["ECOSPACE_DB"] = "";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    /// <summary>Starts the server and waits (up to a minute) until it answers GET /conformance.</summary>
    public static async Task<EcospaceServer> StartAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), "ecospace-browser-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var server = new EcospaceServer(folder, FreePort.Next());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (server._process.HasExited)
                throw new InvalidOperationException($"ecospace serve exited with {server._process.ExitCode}:\n{server.Log}");
            try
            {
                using var response = await http.GetAsync(new Uri(server.BaseUri, "conformance"));
                if (response.IsSuccessStatusCode)
                    return server;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new TimeoutException($"ecospace serve did not answer within a minute:\n{server.Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
