using BenchmarkDotNet.Attributes;
using SpReporting.Reference;
using SpReporting.Returns;
using SpReporting.Validation;
using SpReporting.Writing;

namespace SpReporting.Benchmarks;

/// <summary>Validating a 5,000-referral return in each format, end to end from bytes to outcome.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    public const int Referrals = 5_000;

    private byte[] _zip = [];
    private byte[] _xlsx = [];
    private ReturnValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var wb = BenchReturns.Pcn(Referrals);
        using (var ms = new MemoryStream()) { CsvZipReturnWriter.Write(wb, ms); _zip = ms.ToArray(); }
        using (var ms = new MemoryStream()) { XlsxReturnWriter.Write(wb, ms); _xlsx = ms.ToArray(); }
        _validator = new ReturnValidator(new ValidationContext(OrganisationRegistry.Default, new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero)));
        Check(Zip());
        Check(Xlsx());
    }

    [Benchmark]
    public ValidationOutcome Zip() => _validator.Validate(new MemoryStream(_zip), UploadPath.Parse("pcn/U00070/2024-03/r.zip"));

    [Benchmark]
    public ValidationOutcome Xlsx() => _validator.Validate(new MemoryStream(_xlsx), UploadPath.Parse("pcn/U00070/2024-03/r.xlsx"));

    private static void Check(ValidationOutcome o)
    {
        if (!o.Accepted || o.PcnReturn!.Referrals.Count != Referrals)
        {
            throw new InvalidOperationException("The benchmark return must be valid: " + string.Join("; ", o.Findings.Shown.Take(5).Select(f => f.Code + " " + f.Message)));
        }
    }
}
