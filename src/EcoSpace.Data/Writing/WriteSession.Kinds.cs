using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.Writing;

internal sealed partial class WriteSession
{
    /// <summary>Per kind touched by the session: its prepared commands, next fid and extent.</summary>
    private sealed class KindState(KindCommands commands, long nextFid, ExtentTracker extent, bool fresh)
    {
        public KindCommands Commands { get; } = commands;

        /// <summary>
        /// A bulk session on a layer that was empty and had no history when the session began: an
        /// id is stored only if this session wrote it, and its last version is 0. Saves the two
        /// lookups per imported feature that a first import into a layer would otherwise make.
        /// </summary>
        public bool Fresh { get; } = fresh;

        /// <summary>The ids this session wrote, kept only when <see cref="Fresh"/>.</summary>
        public HashSet<string>? WrittenIds { get; } = fresh ? new HashSet<string>(StringComparer.Ordinal) : null;

        public long NextFid { get; set; } = nextFid;

        public ExtentTracker Extent { get; } = extent;
    }

    private KindState State(KindTable table)
    {
        if (!kinds.TryGetValue(table.Name, out var state))
        {
            var commands = new KindCommands(table, connection, transaction, bulk);
            bool fresh = bulk && !commands.Any() && !history.AnyForKind(table.Name);
            state = new KindState(commands, queries.FirstFreeFid(table), new ExtentTracker(queries.Extent(table)), fresh);
            kinds.Add(table.Name, state);
        }
        return state;
    }

    private void UpdateContents(KindTable table, ExtentTracker tracker)
    {
        if (tracker.Changed)
            queries.SetExtent(table, tracker.Stale ? queries.ComputeExtent(table) : tracker.Extent);
    }
}
