using System.Text.Json.Serialization;

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

public sealed record MapLayer(string Kind, bool Visible, double Opacity, LayerStyle Style)
{
    [JsonConstructor]
    public MapLayer(string kind, bool? visible, double? opacity, LayerStyle style)
        : this(kind, visible ?? true, opacity ?? 1, style) { }
}

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
