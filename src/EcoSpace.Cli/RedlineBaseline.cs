using EcoSpace.Core.Features;
using EcoSpace.Data;
using EcoSpace.Data.Snapshots;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Cli;

/// <summary>
/// What <c>check redline --baseline</c> compares with: a snapshot (every audited kind as of its data
/// version, from the history) or a GeoJSON file of approved features (one kind). A name ending in
/// .geojson, .json, .geojsonl or .geojsons is a file (no tag may end like that, so the two never
/// clash; a missing file is an input error, not an unknown tag); anything else is a tag.
/// </summary>
public sealed record RedlineBaseline(
    Snapshot? Snapshot,
    string? File,
    IReadOnlyDictionary<string, IReadOnlyList<EcoFeature>> Features)
{
    public static bool IsFile(string baseline) => SnapshotTags.LooksLikeFileName(baseline);

    /// <summary>The snapshot's features of <paramref name="kinds"/>; null when no snapshot has the tag.</summary>
    public static RedlineBaseline? FromSnapshot(FeatureStore store, string tag, IReadOnlyList<string> kinds)
    {
        if (store.FindSnapshot(tag) is not { } snapshot)
            return null;
        var features = kinds.ToDictionary(k => k,
            k => (IReadOnlyList<EcoFeature>)store.ReadAllAsOf(k, snapshot.DataVersion).Select(s => s.Feature).ToArray());
        return new RedlineBaseline(snapshot, null, features);
    }

    /// <summary>
    /// The features of a GeoJSON file, read as an import reads them (CRS, ring orientation, ids) but not
    /// checked against the code lists: it is the approved state, whatever it says. A feature that
    /// cannot be read, has no id (features are paired by id) or repeats an id makes the file unusable.
    /// </summary>
    /// <exception cref="InputFileException">The file cannot be read, or a feature is unusable; the message names it.</exception>
    public static RedlineBaseline FromFile(string path, string kind)
    {
        using var stream = InputFiles.OpenRead(path);
        var features = new List<EcoFeature>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var candidate in GeoJsonReader.Read(stream, kind))
            {
                if (candidate.HasErrors)
                {
                    var issue = candidate.Issues.FirstOrDefault(i => i.IsError)?.ToString() ?? "it has no geometry";
                    throw new InputFileException($"'{path}': {candidate.Where}: {issue}");
                }
                var feature = candidate.Feature!;
                if (!feature.HasId)
                    throw new InputFileException($"'{path}': {candidate.Where} has no id; baseline features are paired with the project's by id");
                if (!seen.Add(feature.Id))
                    throw new InputFileException($"'{path}': {candidate.Where}: id \"{feature.Id}\" appears twice");
                features.Add(feature);
            }
        }
        catch (GeoJsonException e)
        {
            throw new InputFileException($"'{path}': {e.Message}", e);
        }
        return new RedlineBaseline(null, Path.GetFullPath(path), new Dictionary<string, IReadOnlyList<EcoFeature>> { [kind] = features });
    }
}
