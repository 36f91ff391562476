using EcoSpace.Data.Features;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Writing;

/// <summary>
/// A feature as the store writes it: its id (empty: assigned on insert), the GeoPackage blob of its
/// normalized geometry (the same array goes to the feature row and the history row), the envelope
/// for the rtree and the layer extent, and its property columns.
/// </summary>
internal sealed record EncodedFeature(string Id, byte[] Blob, Envelope Envelope, PropertyColumns.Split Columns);
