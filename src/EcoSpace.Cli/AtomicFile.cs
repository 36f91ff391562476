namespace EcoSpace.Cli;

/// <summary>Writes a file whole or not at all: into a temporary file in the same folder, then moved over the destination.</summary>
public static class AtomicFile
{
    /// <exception cref="UsageException">The folder does not exist, or the file cannot be written there.</exception>
    public static string Write(string path, byte[] content)
    {
        var destination = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(destination)!;
        if (!Directory.Exists(folder))
            throw new UsageException($"cannot write '{destination}': the folder '{folder}' does not exist");
        var partial = Path.Combine(folder, $".{Path.GetFileName(destination)}.partial-{Environment.ProcessId}");
        try
        {
            File.WriteAllBytes(partial, content);
            File.Move(partial, destination, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{destination}': {e.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
        return destination;
    }
}
