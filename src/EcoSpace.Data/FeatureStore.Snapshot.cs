using EcoSpace.Data.Database;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>
    /// Makes every read until the returned object is disposed see one state of the file, the one of
    /// its first read: the data version and all layers together, even while another process imports
    /// (a WAL read transaction). A result stamped with a data version must come from that version.
    /// Do not write through this store meanwhile.
    /// </summary>
    public IDisposable ReadSnapshot()
    {
        // A plain BEGIN (deferred), not SqliteTransaction: the store's reads are commands made without
        // a transaction object, which Microsoft.Data.Sqlite refuses while it tracks one.
        StoreConnection.Execute(connection, "BEGIN");
        return new ReadTransaction(this);
    }

    private sealed class ReadTransaction(FeatureStore store) : IDisposable
    {
        private bool _ended;

        public void Dispose()
        {
            if (_ended)
                return;
            _ended = true;
            StoreConnection.Execute(store.connection, "COMMIT");
        }
    }
}
