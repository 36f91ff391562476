using System.Diagnostics;

namespace EcoSpace.Cli.Tests.Support;

/// <summary>Runs GDAL's command-line tools (ogrinfo, ogr2ogr), the outside judge of what EcoSpace writes.</summary>
public static class Gdal
{
    /// <summary>Runs <paramref name="program"/>, asserts it succeeded, and returns its stdout.</summary>
    public static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {stderr}");
        return stdout.Result;
    }
}
