using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.IntegrationTests.Audit;

/// <summary>Sign-in, failed sign-in and sign-out are events in the audit log, with the e-mail tried and never the password.</summary>
public sealed class SignInAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<List<AuditEntry>> EventsAsync(string kind, long after) => factory.WithDbAsync(db =>
        db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == kind && e.Sequence > after).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task Sign_in_failure_success_and_sign_out_are_recorded()
    {
        var start = await factory.WithDbAsync(db => db.Set<AuditEntry>().Select(e => (long?)e.Sequence).MaxAsync()) ?? 0;
        var client = new PortalClient(factory);
        await client.SignInAsync("ketua@zi.demo", "salah-sekali-kata-sandinya");
        await client.SignInAsync("tidak.ada@zi.demo", "salah-sekali-kata-sandinya");
        await client.SignInAsync("ketua@zi.demo", PortalClient.DemoPassword);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "ketua@zi.demo").Select(u => u.Id).SingleAsync());
        var logout = await client.GetFormAsync("/", "form[action='/akun/keluar']");
        await client.PostFormAsync(logout, []);

        var failed = await EventsAsync(AuditEvents.SignInFailed, start);
        failed.Count.ShouldBe(2);
        failed[0].UserId.ShouldBeNull("the request was not signed in");
        failed[0].EntityId.ShouldBe(userId);
        failed[0].Changes.ShouldContain("ketua@zi.demo");
        failed[0].Changes.ShouldContain("kata sandi salah");
        failed[1].EntityId.ShouldBeNull();
        failed[1].Changes.ShouldContain("akun tidak dikenal");
        failed.ShouldAllBe(e => !e.Changes.Contains("salah-sekali"));

        var succeeded = (await EventsAsync(AuditEvents.SignInSucceeded, start)).ShouldHaveSingleItem();
        succeeded.UserId.ShouldBe(userId);
        succeeded.UserName.ShouldBe("ketua@zi.demo");
        (await EventsAsync(AuditEvents.SignedOut, start)).ShouldHaveSingleItem().UserId.ShouldBe(userId);
    }
}
