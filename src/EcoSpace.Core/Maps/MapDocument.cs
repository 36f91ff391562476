namespace EcoSpace.Core.Maps;

/// <summary>
/// A map document (<c>maps/*.map.json</c>, format <c>ecospace-map/1</c>, see maps/README.md): a titled
/// set of layers with their styles and an initial view. The app and the renderer read them.
/// </summary>
public sealed record MapDocument(
    string Format,
    string Id,
    LocalizedText Title,
    LocalizedText? Description,
    MapView View,
    string? Basemap,
    IReadOnlyList<MapLayer> Layers)
{
    public const string CurrentFormat = "ecospace-map/1";
}

public sealed record LocalizedText(string Zh, string En);

/// <summary>The initial view: centre as [longitude, latitude] (CGCS2000) and a web-map zoom level.</summary>
public sealed record MapView(double[] Center, double Zoom);

/// <summary>One layer of a map: which kind, how it looks, shown or not at start, opacity 0..1.</summary>
public sealed record MapLayer(string Kind, LayerStyle Style, bool Visible = true, double Opacity = 1);

/// <summary>
/// A simple style (<see cref="Stroke"/>, <see cref="Fill"/>, <see cref="Width"/>, <see cref="Hatch"/>),
/// or a categorized one: <see cref="By"/> names a property, <see cref="Classes"/> maps its values to
/// symbols and <see cref="Default"/> draws the rest.
/// </summary>
public sealed record LayerStyle(
    string? Stroke = null,
    double? Width = null,
    string? Fill = null,
    bool? Hatch = null,
    string? By = null,
    IReadOnlyDictionary<string, LayerStyle>? Classes = null,
    LayerStyle? Default = null);
