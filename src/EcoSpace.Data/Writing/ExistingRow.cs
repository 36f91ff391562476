using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Writing;

/// <summary>What a write needs to know about the stored row of an id.</summary>
internal readonly record struct ExistingRow(long Fid, long Version, Envelope? Envelope);
