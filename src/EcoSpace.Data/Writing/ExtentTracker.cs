using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Writing;

/// <summary>
/// Keeps a layer's extent exact through a transaction: inserts widen it; removing a geometry that
/// touches the edge marks it stale, and then it is recomputed from every row at commit.
/// </summary>
internal sealed class ExtentTracker(Envelope? current)
{
    private Envelope? extent = current is null ? null : new Envelope(current);

    public bool Changed { get; private set; }

    public bool Stale { get; private set; }

    public Envelope? Extent => extent;

    public void Add(Envelope? envelope)
    {
        Changed = true;
        if (envelope is null || Stale)
            return;
        extent ??= new Envelope();
        extent.ExpandToInclude(envelope);
    }

    public void Remove(Envelope? envelope)
    {
        Changed = true;
        if (envelope is null || extent is null)
            return;
        if (envelope.MinX <= extent.MinX || envelope.MaxX >= extent.MaxX ||
            envelope.MinY <= extent.MinY || envelope.MaxY >= extent.MaxY)
            Stale = true;
    }
}
