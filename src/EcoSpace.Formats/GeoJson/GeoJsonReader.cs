using System.Text.Json;
using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;
using EcoSpace.Core.Validation;
using EcoSpace.Formats.Crs;

namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// Reads GeoJSON as a stream of feature candidates for one layer kind (DOMAIN.md §6): a
/// FeatureCollection, a bare Feature or geometry, or a sequence of them (newline-delimited
/// <c>.geojsonl</c> or RFC 8142 RS-delimited <c>.geojsons</c>), told apart by content. Only one
/// feature is held at a time. Reading problems of a feature come back as issues of its candidate
/// and reading goes on; a file that cannot be read further throws <see cref="GeoJsonException"/>
/// (<see cref="GeoJsonSyntaxException"/> for broken JSON). Schema and geometry validity are not
/// checked here: that is Core's FeatureValidator.
/// </summary>
/// <remarks>
/// Decisions a user can see:
/// <list type="bullet">
/// <item>Coordinates become 2-D lon/lat: Z (and anything after it) is dropped with a warning; projected
/// input is transformed (see <see cref="InputCrs"/>). A <c>crs</c> member must come before
/// <c>"features"</c> (GDAL and QGIS write it there) unless it is lon/lat: a projected CRS after the
/// features throws, because the features before it were already given out as lon/lat.</item>
/// <item>Rings are turned to RFC 7946 orientation (exterior counter-clockwise, holes clockwise), with a warning.</item>
/// <item>A GeometryCollection is exploded into parts that fit the kind: lines and areas are each merged
/// into a Multi geometry when the kind takes Multi types, otherwise every part becomes a feature of its
/// own with id <c>id-1</c>, <c>id-2</c>… (same index and line). A part the kind does not take is an error.</item>
/// <item>The id is the Feature's top-level <c>id</c> (a number becomes its text, with a warning); without
/// one, a string or integer <c>properties.id</c> is used; otherwise there is none (the store assigns one).</item>
/// <item><c>bbox</c> and foreign members are ignored.</item>
/// </list>
/// </remarks>
public sealed partial class GeoJsonReader
{
    private readonly KindDefinition _kind;
    private readonly GeoJsonReadOptions _options;
    private readonly InputBuffer _input;
    private readonly Queue<FeatureCandidate> _ready = new();
    private int _nextIndex;

    private GeoJsonReader(Stream stream, KindDefinition kind, GeoJsonReadOptions options)
    {
        _kind = kind;
        _options = options;
        _input = new InputBuffer(stream, options.BufferSizeBytes);
    }

    /// <summary>
    /// The features of <paramref name="stream"/> (UTF-8, with or without BOM) for layer
    /// <paramref name="kind"/>, read lazily in file order; enumerate once. Throws
    /// <see cref="UnknownKindException"/> at once for an unknown kind.
    /// </summary>
    public static IEnumerable<FeatureCandidate> Read(Stream stream, string kind, GeoJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var definition = KindCatalog.Get(kind);
        return new GeoJsonReader(stream, definition, options ?? new GeoJsonReadOptions()).ReadAll();
    }

    private IEnumerable<FeatureCandidate> ReadAll()
    {
        while (true)
        {
            while (_ready.TryDequeue(out var candidate))
                yield return candidate;
            if (!Advance())
                yield break;
        }
    }

    /// <summary>One step through the file; false at its end.</summary>
    private bool Advance()
    {
        if (_phase == Phase.Done)
            return false;
        if (_phase == Phase.BetweenValues)
            return StartNextValue();

        var reader = ResumeReader();
        try
        {
            if (_phase == Phase.RootMembers)
                ReadRootMember(ref reader);
            else
                ReadFeaturesElement(ref reader);
        }
        catch (JsonException e)
        {
            throw Syntax(e);
        }
        return true;
    }

    private void Enqueue(FeatureCandidate candidate) => _ready.Enqueue(candidate);

    private FeatureCandidate Failed(int index, long line, string? id, ValidationIssue issue) =>
        new(index, line, id, null, [issue]);
}
