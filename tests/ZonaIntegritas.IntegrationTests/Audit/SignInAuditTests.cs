using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Infrastructure.Builders;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.IntegrationTests.Audit;

/// <summary>Sign-in, failed sign-in and sign-out are events in the audit log, with the e-mail tried and never the password.</summary>
[Collection(SharedPortalCollection.Name)]
public sealed class SignInAuditTests(SharedPortal factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<AuditEntry>> EventsAsync(string kind, long after) => factory.WithDbAsync(db =>
        db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == kind && e.Sequence > after).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task Sign_in_failure_success_and_sign_out_are_recorded()
    {
        var unit = await new UnitBuilder().CreateAsync(factory);
        var ketua = await new UserBuilder(unit).WithEmail("ketua.audit@zi.test").InRole(Roles.KetuaTim).CreateAsync(factory);
        var start = await factory.WithDbAsync(db => db.Set<AuditEntry>().Select(e => (long?)e.Sequence).MaxAsync()) ?? 0;
        var client = new PortalClient(factory);
        await client.SignInAsync(ketua.Email, "salah-sekali-kata-sandinya");
        await client.SignInAsync("tidak.ada@zi.test", "salah-sekali-kata-sandinya");
        await client.SignInAsync(ketua.Email, PortalClient.DemoPassword);
        var userId = ketua.Id;
        var logout = await client.GetFormAsync("/", "form[action='/Account/Logout']");
        await client.PostFormAsync(logout, []);

        var failed = await EventsAsync(AuditEvents.SignInFailed, start);
        failed.Count.ShouldBe(2);
        failed[0].UserId.ShouldBeNull("the request was not signed in");
        failed[0].EntityId.ShouldBe(userId);
        failed[0].Changes.ShouldContain(ketua.Email);
        failed[0].Changes.ShouldContain("kata sandi salah");
        failed[1].EntityId.ShouldBeNull();
        failed[1].Changes.ShouldContain("akun tidak dikenal");
        failed.ShouldAllBe(e => !e.Changes.Contains("salah-sekali"));

        var succeeded = (await EventsAsync(AuditEvents.SignInSucceeded, start)).ShouldHaveSingleItem();
        succeeded.UserId.ShouldBe(userId);
        succeeded.UserName.ShouldBe(ketua.Email);
        (await EventsAsync(AuditEvents.SignedOut, start)).ShouldHaveSingleItem().UserId.ShouldBe(userId);
    }
}
