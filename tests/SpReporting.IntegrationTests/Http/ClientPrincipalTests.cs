using System.Text;
using SpReporting.Functions.Http;

namespace SpReporting.IntegrationTests.Http;

/// <summary>The platform's principal header in both shapes it comes in, and the ways it can be wrong.</summary>
public sealed class ClientPrincipalTests
{
    private static string B64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void App_service_principal_is_keyed_by_the_entra_object_id()
    {
        var id = ClientPrincipal.Parse(B64("""
            {"auth_typ":"aad","claims":[
              {"typ":"name","val":"Jo Bloggs"},
              {"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"AB12CD34-0000-4000-8000-000000000001"}],
             "name_typ":"name","role_typ":"roles"}
            """));
        Assert.Equal("aad:ab12cd34-0000-4000-8000-000000000001", id?.ToString());
    }

    [Fact]
    public void Static_web_apps_principal_is_read_too() =>
        Assert.Equal("aad:u-42", ClientPrincipal.Parse(B64("""{"identityProvider":"aad","userId":"u-42","userDetails":"x","userRoles":["authenticated"]}"""))?.ToString());

    [Fact]
    public void Encode_round_trips() =>
        Assert.Equal("aad:0f", ClientPrincipal.Parse(ClientPrincipal.Encode("AAD", "0F"))?.ToString());

    [Theory]
    [InlineData("%%%")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("W10=")]
    [InlineData("eyJhdXRoX3R5cCI6ImFhZCIsImNsYWltcyI6W119")]
    public void Unreadable_or_id_less_principals_are_anonymous(string header) => Assert.Null(ClientPrincipal.Parse(header));
}
