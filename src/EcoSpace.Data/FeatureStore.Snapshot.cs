using EcoSpace.Data.Database;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>
    /// Makes every read until the returned object is disposed see one state of the file, the one of
    /// its first read: the data version and all layers together, even while another process imports
    /// (a WAL read transaction). A result stamped with a data version must come from that version.
    /// Do not write through this store meanwhile. Snapshots nest: one taken inside another joins it
    /// (the web API reads both ratios and the areas on one state; each ratio read takes its own).
    /// </summary>
    public IDisposable ReadSnapshot()
    {
        if (_snapshotDepth++ == 0)
        {
            // A plain BEGIN (deferred), not SqliteTransaction: the store's reads are commands made without
            // a transaction object, which Microsoft.Data.Sqlite refuses while it tracks one.
            try
            {
                StoreConnection.Execute(connection, "BEGIN");
            }
            catch
            {
                _snapshotDepth = 0;
                throw;
            }
        }
        return new ReadTransaction(this);
    }

    private int _snapshotDepth;

    private sealed class ReadTransaction(FeatureStore store) : IDisposable
    {
        private bool _ended;

        public void Dispose()
        {
            if (_ended)
                return;
            _ended = true;
            if (--store._snapshotDepth == 0)
                StoreConnection.Execute(store.connection, "COMMIT");
        }
    }
}
