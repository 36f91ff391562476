namespace EcoSpace.Cli;

/// <summary>Opens input files with messages that name them.</summary>
public static class InputFiles
{
    public static FileStream OpenRead(string path)
    {
        if (Directory.Exists(path))
            throw new InputFileException($"'{path}' is a folder, not a file");
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputFileException($"'{path}': no such file");
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new InputFileException($"'{path}': cannot be read ({e.Message})", e);
        }
    }
}
