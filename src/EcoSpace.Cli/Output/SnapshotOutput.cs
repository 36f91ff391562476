using System.Globalization;
using EcoSpace.Core.Schema;
using EcoSpace.Data.Snapshots;

namespace EcoSpace.Cli.Output;

/// <summary>A new snapshot, the list of snapshots, and their --json form.</summary>
public static class SnapshotOutput
{
    public static void PrintCreated(Snapshot snapshot, IReadOnlyDictionary<string, long> counts)
    {
        Console.Out.WriteLine($"snapshot '{snapshot.Tag}' = data version {snapshot.DataVersion} ({Time(snapshot.At)}Z, {snapshot.User})");
        var table = new TextTable("kind", "features").AlignRight(1);
        foreach (var kind in KindCatalog.Names.Where(counts.ContainsKey))
            table.Add(kind, counts[kind].ToString(CultureInfo.InvariantCulture));
        if (counts.Count > 0)
            Console.Out.Write(table);
        else
            Console.Out.WriteLine("the project holds no feature yet");
        PrintUntracked(snapshot);
    }

    public static void Print(IReadOnlyList<Snapshot> snapshots)
    {
        if (snapshots.Count == 0)
        {
            Console.Out.WriteLine("no snapshot yet: make one with 'ecospace snapshot create TAG [--note TEXT]'");
            return;
        }
        var table = new TextTable("tag", "data version", "at (UTC)", "user", "note").AlignRight(1);
        foreach (var s in snapshots)
            table.Add(s.Tag, s.DataVersion.ToString(CultureInfo.InvariantCulture), Time(s.At), s.User, s.Note ?? "");
        Console.Out.Write(table);
        foreach (var s in snapshots)
            PrintUntracked(s);
    }

    public static void PrintJson(IReadOnlyList<Snapshot> snapshots) =>
        Json.Print(snapshots.Select(s => new
        {
            tag = s.Tag,
            data_version = s.DataVersion,
            at = s.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            user = s.User,
            note = s.Note,
            untracked = s.Untracked,
        }));

    /// <summary>On stderr: the features the snapshot cannot hold (written by another tool, without history).</summary>
    private static void PrintUntracked(Snapshot snapshot)
    {
        foreach (var (kind, ids) in snapshot.Untracked)
        {
            Console.Error.WriteLine($"ecospace: warning: snapshot '{snapshot.Tag}' lacks {ids.Count} {kind} feature(s) written by another tool " +
                $"without history ({Output.Audit.WarningText.Ids(ids)}): re-save them with EcoSpace (import --replace) before taking a snapshot");
        }
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
