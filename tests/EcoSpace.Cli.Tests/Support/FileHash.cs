using System.Security.Cryptography;

namespace EcoSpace.Cli.Tests.Support;

public static class FileHash
{
    /// <summary>SHA-256 of the database file and of its WAL, if any: "the store is exactly as it was".</summary>
    public static string OfStore(string databasePath)
    {
        var parts = new[] { databasePath, databasePath + "-wal" }
            .Where(File.Exists)
            .Select(p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))));
        return string.Join("+", parts);
    }
}
