using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Administration;

/// <summary>The portal with the security stamp checked on every request instead of every five minutes.</summary>
public sealed class ImmediateStampCheckFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
    }
}

public class DeactivationSessionTests(ImmediateStampCheckFactory factory) : IClassFixture<ImmediateStampCheckFactory>
{
    [Fact]
    public async Task Deactivating_a_user_ends_their_open_session()
    {
        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        (await pegawai.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pegawai@zi.demo").Select(u => u.Id).SingleAsync());
        var form = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=deactivate-form]");
        (await admin.PostFormAsync(form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await pegawai.Http.GetAsync("/");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/akun/masuk");
        (await admin.Http.GetAsync("/pengguna")).StatusCode.ShouldBe(HttpStatusCode.OK, "the administrator's own session is untouched");
    }
}
