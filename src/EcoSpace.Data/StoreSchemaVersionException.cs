using EcoSpace.Data.Meta;

namespace EcoSpace.Data;

/// <summary>The file was written by a newer EcoSpace whose store schema this build does not know.</summary>
public sealed class StoreSchemaVersionException(string path, int fileVersion)
    : StoreFileException(path,
        $"store schema version {fileVersion} is newer than this EcoSpace supports ({StoreSchema.Version}); upgrade EcoSpace to open it")
{
    public int FileVersion { get; } = fileVersion;

    public int SupportedVersion => StoreSchema.Version;
}
