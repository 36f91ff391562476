using System.Diagnostics;

namespace EcoSpace.Data.Tests.Support;

/// <summary>Runs GDAL's command-line tools, the outside judge of our GeoPackage.</summary>
public static class Gdal
{
    public sealed record Output(int ExitCode, string Stdout, string Stderr)
    {
        public string All => Stdout + Stderr;
    }

    public static Output Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 60 s");
        }
        return new Output(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>Runs the tool and fails the test unless it exits 0.</summary>
    public static string Ok(string tool, params string[] arguments)
    {
        var output = Run(tool, arguments);
        Assert.True(output.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited {output.ExitCode}: {output.All}");
        return output.Stdout;
    }
}
