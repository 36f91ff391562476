using EcoSpace.Benchmarks;

// dotnet run -c Release --project tests/EcoSpace.Benchmarks -- measure-kernel [FILE.geojson[.gz] ...]
return args.FirstOrDefault() switch
{
    "measure-kernel" => MeasureKernel.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: EcoSpace.Benchmarks measure-kernel [FILE.geojson[.gz] ...]   (default: the two GSHHG coast files of ../shared/data/perf)");
    return 1;
}
