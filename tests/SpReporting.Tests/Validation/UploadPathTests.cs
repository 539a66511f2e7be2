using SpReporting.Returns;

namespace SpReporting.Tests.Validation;

/// <summary>
/// The one check of an upload path's shape: what passes, canonical forms, and that every refusal
/// names the expected shape with a finding code and never repeats the text it refused.
/// </summary>
public class UploadPathTests
{
    [Theory]
    [InlineData("pcn/U00070/2023-11/return.xlsx", "pcn/U00070/2023-11/return.xlsx")]
    [InlineData("PCN/u00070/2023-11/Return_v2.ZIP", "pcn/U00070/2023-11/Return_v2.ZIP")]
    [InlineData("icb/qe1/2024-q1/plan-1.zip", "icb/QE1/2024-Q1/plan-1.zip")]
    public void Well_shaped_paths_parse_to_their_canonical_form(string text, string canonical) =>
        Assert.Equal(canonical, UploadPath.Parse(text).ToString());

    [Theory]
    [InlineData("pcn/X12345/2023-11/r.zip", "SUB001")]
    [InlineData("pcn/ U00070/2023-11/r.zip", "SUB001")]
    [InlineData("pcn/U00070 /2023-11/r.zip", "SUB001")]
    [InlineData("pcn/9434765919/2023-11/r.zip", "SUB001")]
    [InlineData("pcn/../2023-11/r.zip", "SUB001")]
    [InlineData("icb/QE12/2024-Q1/r.zip", "SUB001")]
    [InlineData("gp/U00070/2023-11/r.zip", "SUB001")]
    [InlineData("/pcn/U00070/2023-11/r.zip", "SUB001")]
    [InlineData("pcn/U00070/2023-11/x/r.zip", "SUB001")]
    [InlineData("pcn/U00070/2023-13/r.zip", "SUB002")]
    [InlineData("pcn/U00070/9434765919/r.zip", "SUB002")]
    [InlineData("pcn/U00070/../r.zip", "SUB002")]
    [InlineData("pcn/U00070/ 2023-11/r.zip", "SUB002")]
    [InlineData("pcn/U00070/2024-Q1/r.zip", "SUB002")]
    [InlineData("icb/QE1/2023-11/r.zip", "SUB002")]
    [InlineData("pcn/U00070/2023-11/..", "FIL001")]
    [InlineData("pcn/U00070/2023-11/.zip", "FIL001")]
    [InlineData("pcn/U00070/2023-11/r.csv", "FIL001")]
    [InlineData("pcn/U00070/2023-11/my return.zip", "FIL001")]
    [InlineData("pcn/U00070/2023-11/9434765919 .zip", "FIL001")]
    [InlineData("pcn/U00070/2023-11/r%2e.zip", "FIL001")]
    [InlineData("pcn/U00070/2023-11/9434765919.zip", "PII001")]
    [InlineData("pcn/U00070/2023-11/return-943-476-5919.xlsx", "PII001")]
    [InlineData("icb/QE1/2024-Q1/plan-LS14AP.xlsx", "PII002")]
    public void Odd_paths_are_refused_with_a_code_and_never_repeated(string text, string code)
    {
        var check = UploadPath.Check(text);
        Assert.Null(check.Path);
        Assert.Equal(code, check.Problem!.Code);
        Assert.False(UploadPath.TryParse(text, out _, out var error));
        foreach (var segment in text.Split('/').Where(s => s.Trim().Length > 4))
        {
            Assert.DoesNotContain(segment.Trim(), error, StringComparison.OrdinalIgnoreCase);
        }
    }
}
