namespace EcoSpace.Data;

/// <summary>The store file cannot be created or opened: missing, not a GeoPackage, corrupt, not an EcoSpace store.</summary>
public class StoreFileException(string path, string problem, Exception? inner = null)
    : Exception($"'{path}': {problem}", inner)
{
    public string Path { get; } = path;
}
