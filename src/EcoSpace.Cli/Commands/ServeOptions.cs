using System.CommandLine;
using System.Net;

namespace EcoSpace.Cli.Commands;

/// <summary>The options of <c>ecospace serve</c>, which <c>ecospace</c> without a command takes too.</summary>
public static class ServeOptions
{
    /// <summary>The default port: fixed, so that a bookmark keeps working; 8765 is rarely taken (Vite uses 5173).</summary>
    public const int DefaultPort = 8765;

    public static readonly Option<int> Port = new("--port", "-p")
    {
        Description = "TCP port to serve on (0: any free port)",
        DefaultValueFactory = _ => DefaultPort,
    };

    public static readonly Option<string> Bind = new("--bind")
    {
        Description = "Address to listen on: 127.0.0.1 is this computer only; 0.0.0.0 lets anyone on the network edit (there is no login)",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public static readonly Option<bool> NoBrowser = new("--no-browser") { Description = "Do not open a browser; just print the address" };

    public static readonly Option<string?> Basemap = new("--basemap")
    {
        Description = "XYZ tile URL template of a background map, e.g. 天地图 (needs the internet). Default: none, the app works offline",
    };

    public static readonly Option<string?> BasemapAttribution = new("--basemap-attribution") { Description = "The basemap's attribution text" };

    public static IEnumerable<Option> All => [Port, Bind, NoBrowser, Basemap, BasemapAttribution];

    public static ServeRequest From(ParseResult parse)
    {
        int port = parse.GetValue(Port);
        if (port is < 0 or > 65535)
            throw new UsageException($"--port {port} is not a TCP port (0-65535; 0 picks a free one)");
        string bind = parse.GetValue(Bind) ?? "127.0.0.1";
        var address = bind == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(bind, out var parsed) ? parsed
            : throw new UsageException($"--bind '{bind}' is not an IP address (e.g. 127.0.0.1, 0.0.0.0, ::1)");
        return new ServeRequest(address, port, parse.GetValue(NoBrowser), parse.GetValue(Basemap), parse.GetValue(BasemapAttribution));
    }
}

public sealed record ServeRequest(IPAddress Address, int Port, bool NoBrowser, string? BasemapUrl, string? BasemapAttribution);
