using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using SQLitePCL;

namespace EcoSpace.Data.GeoPackage;

/// <summary>
/// The SQL functions the RTree extension's triggers call (OGC 12-128r18 F.3): SQLite has none
/// built in, so every connection that writes a feature table must register them. They are
/// registered through SQLitePCL's raw API: Microsoft.Data.Sqlite's CreateFunction copies each
/// blob argument, which made the triggers cost more than the rest of an import.
/// </summary>
internal static class SpatialFunctions
{
    private const int Utf8Deterministic = raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC;

    public static void Register(SqliteConnection connection)
    {
        var db = connection.Handle!;
        Create(db, "ST_IsEmpty", (ctx, blob) => raw.sqlite3_result_int(ctx, GeoPackageBinary.IsEmpty(blob) ? 1 : 0));
        CreateEnvelopeFunction(db, "ST_MinX", e => e.MinX);
        CreateEnvelopeFunction(db, "ST_MaxX", e => e.MaxX);
        CreateEnvelopeFunction(db, "ST_MinY", e => e.MinY);
        CreateEnvelopeFunction(db, "ST_MaxY", e => e.MaxY);
    }

    private delegate void BlobFunction(sqlite3_context context, ReadOnlySpan<byte> blob);

    private static void CreateEnvelopeFunction(sqlite3 db, string name, Func<Envelope, double> part) =>
        Create(db, name, (ctx, blob) =>
        {
            if (GeoPackageBinary.Envelope(blob) is { } envelope)
                raw.sqlite3_result_double(ctx, part(envelope));
            else
                raw.sqlite3_result_null(ctx);
        });

    private static void Create(sqlite3 db, string name, BlobFunction function)
    {
        int rc = raw.sqlite3_create_function(db, name, 1, Utf8Deterministic, null, (ctx, _, args) =>
        {
            if (raw.sqlite3_value_type(args[0]) != raw.SQLITE_BLOB)
                raw.sqlite3_result_null(ctx);
            else
                function(ctx, raw.sqlite3_value_blob(args[0]));
        });
        if (rc != raw.SQLITE_OK)
            throw new InvalidOperationException($"cannot register SQL function {name}: {raw.sqlite3_errstr(rc).utf8_to_string()}");
    }
}
