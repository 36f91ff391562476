using EcoSpace.Core.Features;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.Import;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>
    /// Imports a stream of candidates into <paramref name="kind"/> in one transaction (each
    /// feature's own Kind is ignored). All or nothing unless <see cref="ImportOptions.SkipInvalid"/>:
    /// with any error nothing is stored, the file is left as it was, and the result lists every error.
    /// Ids are kept; an empty id becomes <c>{kind}-{fid}</c>. An id already stored is an error unless
    /// <see cref="ImportOptions.Replace"/>; an id twice in the input is always an error.
    /// </summary>
    /// <exception cref="StoreBusyException">Another writer held the file too long; nothing was stored.</exception>
    public ImportResult Import(string kind, IEnumerable<FeatureCandidate> candidates, ImportOptions? options = null,
        CancellationToken cancellation = default) =>
        StoreBusyException.Translate(Path, () =>
            new Importer(connection, KindTable.For(kind), options ?? new ImportOptions()).Run(candidates, cancellation));
}
