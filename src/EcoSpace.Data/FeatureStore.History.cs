using System.Globalization;
using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>Every version of a feature, oldest first, also after it was deleted. Empty when it never existed.</summary>
    public IReadOnlyList<HistoryEntry> History(string kind, string id)
    {
        var table = KindTable.For(kind);
        var rows = db.History.Where(h => h.Kind == table.Name && h.FeatureId == id).OrderBy(h => h.Version).ToList();
        var entries = new List<HistoryEntry>(rows.Count);
        EcoFeature? before = null;
        foreach (var row in rows)
        {
            var after = row.Geom is null
                ? null
                : new EcoFeature(id, table.Name, GeoPackageBinary.Read(row.Geom), JsonNode.Parse(row.Properties ?? "{}") as JsonObject ?? []);
            var at = DateTimeOffset.Parse(row.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            entries.Add(new HistoryEntry(table.Name, id, row.Version, HistoryOperations.Parse(row.Operation), row.User, at,
                row.DataVersion, before, after));
            before = after;
        }
        return entries;
    }
}
