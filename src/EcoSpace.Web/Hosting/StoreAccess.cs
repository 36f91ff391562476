using EcoSpace.Data;
using Microsoft.Extensions.Options;

namespace EcoSpace.Web.Hosting;

/// <summary>
/// Opens the project's store. A <see cref="FeatureStore"/> holds one SQLite connection and is not
/// thread-safe, so every request that needs one gets its own (opening costs well under a millisecond
/// once the file is cached), disposed when the request ends (<see cref="EcoSpaceServer"/> registers it
/// scoped). Concurrent requests are then concurrent SQLite connections: reads run side by side in WAL
/// mode, writes take the file's write lock one at a time (waiting up to 30 s, then
/// <see cref="StoreBusyException"/>), and lost updates are prevented by the versions (If-Match).
/// </summary>
public sealed class StoreAccess(IOptions<ServerOptions> options)
{
    public string DatabasePath { get; } = Path.GetFullPath(options.Value.Database);

    public FeatureStore Open() => FeatureStore.Open(DatabasePath);
}
