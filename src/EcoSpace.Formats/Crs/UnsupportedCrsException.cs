namespace EcoSpace.Formats.Crs;

/// <summary>A coordinate reference system EcoSpace cannot read; the message names it and lists what is supported.</summary>
public sealed class UnsupportedCrsException(string crsName)
    : Exception($"crs '{crsName}' is not supported; EcoSpace reads {InputCrs.SupportedDescription}")
{
    public string CrsName { get; } = crsName;
}
