using System.Diagnostics;
using System.Globalization;

namespace EcoSpace.Browser.Tests.Support;

/// <summary>The outside judge of lengths: pyproj's Geod.line_length on GRS80 (CGCS2000), run with Debian's python3.</summary>
internal static class Pyproj
{
    public static double LineLengthMeters(IReadOnlyList<(double Lon, double Lat)> points)
    {
        string lons = string.Join(",", points.Select(p => p.Lon.ToString("R", CultureInfo.InvariantCulture)));
        string lats = string.Join(",", points.Select(p => p.Lat.ToString("R", CultureInfo.InvariantCulture)));
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"import pyproj; print(repr(pyproj.Geod(a=6378137.0, f=1/298.257222101).line_length([{lons}], [{lats}])))");
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pyproj failed: {process.StandardError.ReadToEnd()}");
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }
}
