namespace EcoSpace.Cli.Tests.Support;

/// <summary>Small GeoJSON inputs written the way QGIS and GDAL write them.</summary>
public static class Samples
{
    /// <summary>Two shoreline segments near 连云港 with Chinese names and an unknown nested property.</summary>
    public const string TwoShorelineSegments = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"s-1","properties":{"name":"连云港区岸段","class":"artificial","use":"port","mainland":true,"region":"320703","图斑":{"编号":"A-17","面积":[1,2.5]},"survey":null},
         "geometry":{"type":"LineString","coordinates":[[119.4401234,34.7500001],[119.4512345,34.7456789],[119.4623456,34.7401234]]}},
        {"type":"Feature","id":"s-2","properties":{"name":"海州湾砂质岸段","class":"sandy","mainland":true,"bay":"海州湾","restored_on":null},
         "geometry":{"type":"LineString","coordinates":[[119.2,34.9],[119.21,34.91]]}}
        ]}
        """;

    /// <summary>Three features of which the second has a class outside the code list and the third a null geometry.</summary>
    public const string OneGoodTwoBad = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"ok-1","properties":{"class":"muddy","mainland":true},"geometry":{"type":"LineString","coordinates":[[119.5,34.5],[119.51,34.49]]}},
        {"type":"Feature","id":"bad-class","properties":{"class":"rocky","mainland":true},"geometry":{"type":"LineString","coordinates":[[119.6,34.5],[119.61,34.49]]}},
        {"type":"Feature","id":"no-geom","properties":{"class":"sandy"},"geometry":null}
        ]}
        """;

    public const string RedLineSquare = """
        {"type":"Feature","id":"rl-1","properties":{"name":"云台山水源涵养红线","domain":"land","function":"water_conservation","region":"320703"},
         "geometry":{"type":"Polygon","coordinates":[[[119.3,34.6],[119.4,34.6],[119.4,34.7],[119.3,34.7],[119.3,34.6]]]}}
        """;
}
