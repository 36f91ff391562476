using EcoSpace.Benchmarks;

// dotnet run -c Release --project tests/EcoSpace.Benchmarks -- measure-kernel [FILE.geojson[.gz] ...] | province-overlaps | conflicts-incremental | province-topology | vector-tiles [FILE] | sample-load | web-render
return args.FirstOrDefault() switch
{
    "measure-kernel" => MeasureKernel.Run(args[1..]),
    "province-overlaps" => ProvinceOverlaps.Run(),
    "conflicts-incremental" => ConflictsIncremental.Run(),
    "province-topology" => ProvinceTopology.Run(),
    "vector-tiles" => VectorTiles.Run(args[1..]),
    "sample-load" => SampleLoad.Run().GetAwaiter().GetResult(),
    "web-render" => WebRender.Run().GetAwaiter().GetResult(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: EcoSpace.Benchmarks measure-kernel [FILE.geojson[.gz] ...]   (default: the two GSHHG coast files of ../shared/data/perf)");
    Console.Error.WriteLine("       EcoSpace.Benchmarks province-overlaps                       (the 34 DCW provinces against expected/china-provinces-dcw-overlaps.jsonl)");
    Console.Error.WriteLine("       EcoSpace.Benchmarks conflicts-incremental                   (ConflictCheck.ForFeature for every development and red line of layers/, warm: median and max ms)");
    Console.Error.WriteLine("       EcoSpace.Benchmarks province-topology                       (check topology's parts on the 34 DCW provinces: validity, duplicates, overlaps)");
    Console.Error.WriteLine("       EcoSpace.Benchmarks vector-tiles [FILE.geojson[.gz]]         (a coast imported as shoreline, default the 1.9 M-vertex Asia coast: layer preparation and tiles per zoom)");
    Console.Error.WriteLine("       EcoSpace.Benchmarks sample-load                             (the map's first load over HTTP on the sample: /collections and every layer's items)");
    Console.Error.WriteLine("       EcoSpace.Benchmarks web-render                              (the map in chromium: load to ready and pan/zoom frame times, sample and Asia coast; needs the Release CLI)");
    return 1;
}
