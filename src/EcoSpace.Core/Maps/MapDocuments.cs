using System.Text.Json;
using System.Text.RegularExpressions;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Maps;

/// <summary>Reads map documents and says, as data, what is wrong with one.</summary>
public static partial class MapDocuments
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses a document; throws <see cref="JsonException"/> with the position when it is not one.</summary>
    public static MapDocument Parse(string json) =>
        JsonSerializer.Deserialize<MapDocument>(json, Options) ?? throw new JsonException("a map document cannot be null");

    /// <summary>Problems a reader of the map would hit: unknown kinds and properties, bad colours, a view off the globe.</summary>
    public static IReadOnlyList<string> Check(MapDocument map)
    {
        var problems = new List<string>();
        if (map.Format != MapDocument.CurrentFormat)
            problems.Add($"format '{map.Format}' is not '{MapDocument.CurrentFormat}'");
        if (map.View.Center is not [var lon and >= -180 and <= 180, var lat and >= -90 and <= 90] || double.IsNaN(lon + lat))
            problems.Add($"view.center must be [longitude, latitude]");
        if (map.Layers.Count == 0)
            problems.Add("the map has no layers");
        foreach (var layer in map.Layers)
        {
            var kind = KindCatalog.Find(layer.Kind);
            if (kind is null)
            {
                problems.Add($"layer kind '{layer.Kind}' is not one of {string.Join(", ", KindCatalog.Names)}");
                continue;
            }
            if (map.Layers.Count(l => l.Kind == layer.Kind) > 1)
                problems.Add($"layer {layer.Kind} appears more than once");
            if (layer.Opacity is < 0 or > 1)
                problems.Add($"layer {layer.Kind}: opacity {layer.Opacity} is outside 0..1");
            CheckStyle(layer.Style, kind, $"layer {layer.Kind}", problems);
        }
        return problems;
    }

    private static void CheckStyle(LayerStyle style, KindDefinition kind, string where, List<string> problems)
    {
        foreach (var colour in new[] { style.Stroke, style.Fill }.OfType<string>())
            if (!Colour().IsMatch(colour))
                problems.Add($"{where}: colour '{colour}' is not #rrggbb or #rrggbbaa");
        if (style.By is null && (style.Stroke is null || style.Width is not > 0))
            problems.Add($"{where}: a simple style needs 'stroke' and a 'width' above 0");
        if (style.By is not null && style.Default is null)
            problems.Add($"{where}: a categorized style needs a 'default'");
        if (style.By is { } property)
        {
            var definition = kind.FindProperty(property);
            if (definition is null)
                problems.Add($"{where}: styled by '{property}', which {kind.Name} does not have");
            foreach (var (value, classStyle) in style.Classes ?? new Dictionary<string, LayerStyle>())
            {
                if (definition is { Codes.Count: > 0 } && !definition.Allows(value))
                    problems.Add($"{where}: class '{value}' is not a value of {property} ({definition.AllowedValuesText})");
                CheckStyle(classStyle, kind, $"{where} class {value}", problems);
            }
        }
        if (style.Default is { } fallback)
            CheckStyle(fallback, kind, $"{where} default", problems);
    }

    [GeneratedRegex("^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex Colour();
}
