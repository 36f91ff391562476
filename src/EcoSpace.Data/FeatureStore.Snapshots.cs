using System.Globalization;
using System.Text.Json;
using EcoSpace.Data.Database;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.Snapshots;
using EcoSpace.Data.Writing;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>
    /// Names the current data version <paramref name="tag"/> (see <see cref="SnapshotTags"/>), with an
    /// optional note, who and when. Copies no feature: the history keeps every state. Tags are
    /// immutable: a snapshot cannot be renamed, changed or deleted. Does not change the data version.
    /// </summary>
    /// <exception cref="SnapshotTagException">The tag is not valid or already taken; nothing was written.</exception>
    public Snapshot CreateSnapshot(string tag, string? note, string user)
    {
        SnapshotTags.Check(tag);
        return StoreBusyException.Translate(Path, () =>
        {
            // BEGIN IMMEDIATE: no write can come between reading the data version and recording it. A
            // plain statement rather than SqliteTransaction, so that the store's reads (commands without a
            // transaction object) can run inside it.
            StoreConnection.Execute(connection, "BEGIN IMMEDIATE");
            string at = UtcTimestamp.Now();
            long dataVersion;
            Dictionary<string, IReadOnlyList<string>> untracked;
            try
            {
                if (FindSnapshot(tag) is { } taken)
                    throw new SnapshotTagException($"snapshot tag '{tag}' is taken (by '{taken.Tag}', data version {taken.DataVersion}); tags never change: choose another");
                dataVersion = DataVersion;
                untracked = KindTable.All
                    .Select(table => (table.Name, Ids: UntrackedRows.Ids(connection, table)))
                    .Where(k => k.Ids.Count > 0)
                    .ToDictionary(k => k.Name, k => k.Ids, StringComparer.Ordinal);
                Insert(tag, note, user, at, dataVersion, untracked);
                StoreConnection.Execute(connection, "COMMIT");
            }
            catch
            {
                StoreConnection.Execute(connection, "ROLLBACK");
                throw;
            }
            return new Snapshot(tag, note, user, ParseTime(at), dataVersion, untracked);
        });
    }

    private void Insert(string tag, string? note, string user, string at, long dataVersion, Dictionary<string, IReadOnlyList<string>> untracked)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO {SnapshotsDdl.Table} (tag, note, "user", at, data_version, untracked)
            VALUES ($tag, $note, $user, $at, $version, $untracked)
            """;
        command.Parameters.AddWithValue("$tag", tag);
        command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$at", at);
        command.Parameters.AddWithValue("$version", dataVersion);
        command.Parameters.AddWithValue("$untracked", untracked.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(untracked));
        command.ExecuteNonQuery();
    }

    /// <summary>Every snapshot, oldest first.</summary>
    public IReadOnlyList<Snapshot> Snapshots() => ReadSnapshots(null);

    /// <summary>The snapshot of <paramref name="tag"/> (ASCII case ignored), or null.</summary>
    public Snapshot? FindSnapshot(string tag) => ReadSnapshots(tag).SingleOrDefault();

    /// <summary>
    /// Ids of the features of <paramref name="kind"/> whose stored state has no matching history row
    /// (inserted, or their geometry changed, by another tool): snapshots and <see cref="ReadAllAsOf"/> do not see that state.
    /// </summary>
    public IReadOnlyList<string> UntrackedFeatures(string kind) => UntrackedRows.Ids(connection, KindTable.For(kind));

    private List<Snapshot> ReadSnapshots(string? tag)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT tag, note, \"user\", at, data_version, untracked FROM {SnapshotsDdl.Table}" +
            (tag is null ? "" : " WHERE tag = $tag") + " ORDER BY id";
        if (tag is not null)
            command.Parameters.AddWithValue("$tag", tag);
        using var reader = command.ExecuteReader();
        var snapshots = new List<Snapshot>();
        while (reader.Read())
        {
            var untracked = reader.IsDBNull(5)
                ? new Dictionary<string, IReadOnlyList<string>>()
                : JsonSerializer.Deserialize<Dictionary<string, string[]>>(reader.GetString(5))!
                    .ToDictionary(k => k.Key, k => (IReadOnlyList<string>)k.Value, StringComparer.Ordinal);
            snapshots.Add(new Snapshot(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                ParseTime(reader.GetString(3)), reader.GetInt64(4), untracked));
        }
        return snapshots;
    }

    private static DateTimeOffset ParseTime(string at) =>
        DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
