using System.Security.Cryptography;

namespace EcoSpace.Data.Tests.Support;

public static class FileHash
{
    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
