using BenchmarkDotNet.Running;
using SpReporting.Benchmarks;

// validate | aggregate: BenchmarkDotNet suites; make-upload DIR, peak FILE, rebuild: end-to-end figures.
return args.FirstOrDefault() switch
{
    "validate" => Run<ValidateBenchmarks>(args),
    "make-upload" => EndToEnd.MakeUpload(args[1]),
    "peak" => EndToEnd.Peak(args[1]),
    "pack" => PackBenchmarks.Run(args),
    "publish" => PublishBenchmark.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    "rebuild" => EndToEnd.Rebuild(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60),
    "readiness" => ReadinessBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60),
    "peers" => PeerBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60),
    _ => Usage(),
};

static int Run<T>(string[] args)
{
    BenchmarkRunner.Run<T>(args: args[1..]);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: validate [BenchmarkDotNet args] | make-upload DIR | peak FILE | rebuild [MONTHS] | readiness [MONTHS] | peers [MONTHS] | publish ICBS MONTHS");
    return 2;
}
