namespace EcoSpace.Web.Hosting;

/// <summary>
/// What the server serves: configuration section <c>EcoSpace</c> (<c>--EcoSpace:Database=PATH</c> on
/// the command line of EcoSpace.Web, or set by <c>ecospace serve</c>).
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "EcoSpace";

    /// <summary>The project GeoPackage (must exist: <c>ecospace</c> creates it from the sample).</summary>
    public string Database { get; set; } = "";

    /// <summary>Who writes, for the history, when a request has no <c>X-EcoSpace-User</c> header.</summary>
    public string User { get; set; } = Environment.UserName;

    /// <summary>The built client (index.html and its assets). Default: <c>wwwroot</c> beside the executable, else under the content root.</summary>
    public string? ClientDirectory { get; set; }

    /// <summary>The map documents (<c>*.map.json</c>). Default: <c>maps</c> beside the executable.</summary>
    public string? MapsDirectory { get; set; }

    /// <summary>An XYZ tile URL template for a background map (e.g. 天地图), off (null) by default: the app works offline.</summary>
    public string? BasemapUrl { get; set; }

    /// <summary>The basemap's attribution text, shown on the map.</summary>
    public string? BasemapAttribution { get; set; }

    /// <summary>The directory of the built client, resolved.</summary>
    internal string ResolvedClientDirectory(string contentRoot)
    {
        if (!string.IsNullOrEmpty(ClientDirectory))
            return Path.GetFullPath(ClientDirectory);
        var besideExecutable = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(besideExecutable) ? besideExecutable : Path.Combine(contentRoot, "wwwroot");
    }

    internal string ResolvedMapsDirectory =>
        string.IsNullOrEmpty(MapsDirectory) ? Path.Combine(AppContext.BaseDirectory, "maps") : Path.GetFullPath(MapsDirectory);
}
