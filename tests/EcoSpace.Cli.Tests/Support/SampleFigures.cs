namespace EcoSpace.Cli.Tests.Support;

/// <summary>
/// Reference figures of the Lianyungang sample, computed outside EcoSpace. Copied from
/// layers/tools/sample_figures.json, which layers/tools/make_sample.py wrote with pyproj
/// (Geod.line_length and Geod.polygon_area_perimeter, |shell| − |holes|, on GRS80 / CGCS2000:
/// a = 6378137, f = 1/298.257222101) and shapely, when it generated the sample.
/// </summary>
internal static class SampleFigures
{
    public const double RedLineTotalSquareMeters = 1876342249.097446;       // red_line.total_area_m2
    public const double RedLineTotalHectares = 187634.2249097446;           // red_line.total_ha
    public const double ProtectedAreaTotalSquareMeters = 722843755.6695665; // protected_area.total_area_m2
    public const double ProtectedAreaTotalHectares = 72284.37556695665;     // protected_area.total_ha
    public const double WetlandRestorationSquareMeters = 1188597.661278069; // restoration_wetland_area_m2["restoration-linhong-wetland"]
    public const double NaturalRatio = 0.35399995546489127;                 // shoreline.natural_ratio
    public const double NaturalNumeratorMeters = 65945.93490096493;         // shoreline.natural_numerator_m
    public const double MainlandMeters = 186287.97513367276;                // shoreline.mainland_length_m
    public const double IslandMeters = 25754.710833782898;                  // shoreline.island_length_m
    public const double BankRatio = 0.4763999859222848;                     // river_bank.ratio
    public const double BankNumeratorMeters = 153946.84940073613;           // river_bank.numerator_m
    public const double BankDenominatorMeters = 323146.20896283886;         // river_bank.denominator_m
    public const double BeautifulBayShare = 0.0;                            // shoreline.beautiful_bay_share

    /// <summary>red_line areas by domain (sums of red_line.by_feature_m2 over the features' domain in layers/red_line.geojson).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RedLinesByDomain = new Dictionary<string, string[]>
    {
        ["land"] = ["red_line-yuntaishan", "red_line-shilianghe", "red_line-xiaotashan", "red_line-linhonghekou", "red_line-xibu-qiuling", "red_line-guanhekou"],
        ["marine"] = ["red_line-haizhouwan", "red_line-qiansandao", "red_line-guanyun-coast", "red_line-ganyu-coast"],
    };

    /// <summary>red_line.by_feature_m2.</summary>
    public static readonly IReadOnlyDictionary<string, double> RedLineSquareMeters = new Dictionary<string, double>
    {
        ["red_line-yuntaishan"] = 167142810.93506634,
        ["red_line-shilianghe"] = 117895612.95183772,
        ["red_line-xiaotashan"] = 56583372.47952053,
        ["red_line-linhonghekou"] = 45098774.21342973,
        ["red_line-xibu-qiuling"] = 159673602.58987042,
        ["red_line-guanhekou"] = 37036964.34968318,
        ["red_line-haizhouwan"] = 925521001.6222905,
        ["red_line-qiansandao"] = 227015228.13205293,
        ["red_line-guanyun-coast"] = 93290044.19791678,
        ["red_line-ganyu-coast"] = 47084837.62577808,
    };

    /// <summary>
    /// Length of restoration-linhong-shoreline (layers/restoration.geojson): not in sample_figures.json;
    /// computed for this test with /usr/bin/python3 and Debian's python3-pyproj,
    /// Geod(a=6378137.0, f=1/298.257222101).line_length(lons, lats) over the feature's coordinates.
    /// </summary>
    public const double ShorelineRestorationMeters = 3175.194368215335;
}
