using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.Writing;

internal sealed partial class WriteSession
{
    /// <summary>Per kind touched by the session: its prepared commands, next fid and extent.</summary>
    private sealed class KindState(KindCommands commands, long nextFid, ExtentTracker extent)
    {
        public KindCommands Commands { get; } = commands;

        public long NextFid { get; set; } = nextFid;

        public ExtentTracker Extent { get; } = extent;
    }

    private KindState State(KindTable table)
    {
        if (!kinds.TryGetValue(table.Name, out var state))
        {
            state = new KindState(new KindCommands(table, connection, transaction, bulk), queries.FirstFreeFid(table),
                new ExtentTracker(queries.Extent(table)));
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
