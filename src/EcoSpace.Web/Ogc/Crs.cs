namespace EcoSpace.Web;

/// <summary>
/// The coordinate reference systems the API names. Features are stored and served as lon/lat on
/// CGCS2000 (EPSG:4490, the storage CRS); the API serves them as CRS84 (lon/lat order), which they
/// are to within centimetres (DOMAIN.md §5), so no coordinate is ever swapped or transformed.
/// </summary>
public static class Crs
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public const string Cgcs2000 = "http://www.opengis.net/def/crs/EPSG/0/4490";

    /// <summary>CRS84 named as a URI, a CURIE or the short form; anything else (EPSG:4326's lat/lon order too) is not served.</summary>
    public static bool IsLonLat(string crs) =>
        crs is Crs84 or "[OGC:CRS84]" or "OGC:CRS84" or "CRS84";
}
