using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Administration;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.IntegrationTests.Audit;

/// <summary>The audit log on a real database: what a save records, secrets kept out, events, rollback, parallel writers, the pages.</summary>
[Collection(DemoPortalCollection.Name)]
public sealed class AuditTrailTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(AuditTrailTests));

    private Task<List<AuditEntry>> EntriesAsync(string type, string id) =>
        factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == type && e.EntityId == id).OrderBy(e => e.Sequence).ToListAsync());

    private async Task<int> AddStaffAsync(string name)
    {
        var unitId = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        return await factory.WithDbAsync(async db =>
        {
            var staff = new StaffMember { FullName = name, UnitId = unitId, Position = "Penyusun" };
            db.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });
    }

    [Fact]
    public async Task A_change_is_recorded_with_old_and_new_values_its_unit_and_the_command_line_as_actor()
    {
        var id = await AddStaffAsync("Audit Satu");
        await factory.WithDbAsync(async db =>
        {
            var staff = await db.Staff.SingleAsync(s => s.Id == id);
            staff.Position = "Analis";
            await db.SaveChangesAsync();
            db.Remove(staff);
            await db.SaveChangesAsync();
        });

        var entries = await EntriesAsync("StaffMember", id.ToString(CultureInfo.InvariantCulture));
        entries.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted]);
        entries[0].Changes.ShouldContain("\"FullName\":[null,\"Audit Satu\"]");
        entries[1].Changes.ShouldBe("{\"Position\":[\"Penyusun\",\"Analis\"]}");
        entries[2].Changes.ShouldContain("\"Position\":[\"Analis\",null]");
        entries.ShouldAllBe(e => e.ClientAddress == AuditOrigin.Cli && e.UserId == null);
        var unitId = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        entries.ShouldAllBe(e => e.UnitId == unitId);
    }

    [Fact]
    public async Task User_and_role_changes_are_recorded_without_password_hashes_or_stamps()
    {
        var unitId = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var (userId, hash, stamp) = await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "audit.rahasia@zi.demo", Email = "audit.rahasia@zi.demo", FullName = "Audit Rahasia", UnitId = unitId };
            (await users.CreateAsync(user, "KataSandiKuat2026!x")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.AnggotaTim)).Succeeded.ShouldBeTrue();
            (await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "KataSandiLain2026!y")).Succeeded.ShouldBeTrue();
            return (user.Id, user.PasswordHash!, user.SecurityStamp!);
        });

        var rows = await factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityId == userId).ToListAsync());
        rows.ShouldContain(e => e.EntityType == "AppUser" && e.Action == AuditAction.Created);
        rows.ShouldContain(e => e.EntityType == "UserRole" && e.Action == AuditAction.Created);
        rows.ShouldContain(e => e.EntityType == "AppUser" && e.Action == AuditAction.Updated && e.Changes.Contains("\"PasswordHash\":[\"[disembunyikan]\",\"[disembunyikan]\"]"));
        rows.ShouldAllBe(e => !e.Changes.Contains(hash) && !e.Changes.Contains(stamp));
        rows.ShouldAllBe(e => e.UnitId == unitId, "a role row takes its unit from its user");
    }

    [Fact]
    public async Task A_decree_scan_is_logged_as_an_update_of_its_decree()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var decree = await db.Set<TeamDecree>().OrderBy(d => d.Id).FirstAsync();
            decree.Scan = new StoredScan("audit/sk-tim.pdf", "sk-tim.pdf", "application/pdf", 1234);
            await db.SaveChangesAsync();
            return decree.Id;
        });
        var last = (await EntriesAsync("TeamDecree", id.ToString(CultureInfo.InvariantCulture)))[^1];
        last.Action.ShouldBe(AuditAction.Updated);
        last.Changes.ShouldContain("\"Scan.Key\"");
        last.Changes.ShouldContain("audit/sk-tim.pdf");
        last.Changes.ShouldNotContain("Scan.TeamDecreeId");
    }

    [Fact]
    public async Task Events_are_recorded_with_their_details_and_never_a_secret()
    {
        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAuditTrail>().RecordEventAsync(AuditEvents.SignInFailed, details: new Dictionary<string, string?>
            {
                ["Email"] = "tidak.ada@zi.demo",
                ["Token"] = "rahasia-jangan-disimpan",
            }, actor: new AuditActor(null, null, "203.0.113.9"));
            return 0;
        });
        var row = await factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == AuditEvents.SignInFailed).OrderByDescending(e => e.Sequence).FirstAsync());
        row.Action.ShouldBe(AuditAction.Event);
        row.ClientAddress.ShouldBe("203.0.113.9");
        row.Changes.ShouldBe("{\"Email\":\"tidak.ada@zi.demo\"}");
    }

    [Fact]
    public async Task A_failed_save_leaves_neither_the_change_nor_an_audit_row()
    {
        var nip = "199001012020121" + "777";
        await factory.WithDbAsync(async db =>
        {
            var unitId = await db.Units.Select(u => u.Id).FirstAsync();
            db.Add(new StaffMember { FullName = "Pertama", Nip = nip, UnitId = unitId });
            await db.SaveChangesAsync();
        });
        var before = await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());
        await Should.ThrowAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var unitId = await db.Units.Select(u => u.Id).FirstAsync();
            db.Add(new StaffMember { FullName = "Kembar", Nip = nip, UnitId = unitId });
            await db.SaveChangesAsync();
        }));
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync())).ShouldBe(before);
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Changes.Contains("Kembar")))).ShouldBeFalse();
    }

    [Fact]
    public async Task Parallel_writers_append_one_unbroken_chain()
    {
        const int writers = 4;
        const int savesEach = 12;
        var before = await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());
        var ids = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => AddStaffAsync($"Paralel {w}")));
        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            for (var i = 0; i < savesEach; i++)
            {
                await factory.WithDbAsync(async db =>
                {
                    var staff = await db.Staff.SingleAsync(s => s.Id == id);
                    staff.Position = $"Jabatan {i}";
                    await db.SaveChangesAsync();
                });
                await factory.WithScopeAsync(async sp =>
                {
                    await sp.GetRequiredService<IAuditTrail>().RecordEventAsync(AuditEvents.Export, id.ToString(CultureInfo.InvariantCulture));
                    return 0;
                });
            }
        })));

        var report = await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db, CancellationToken.None));
        report.Ok.ShouldBeTrue(report.Summary);
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync())).ShouldBeGreaterThanOrEqualTo(before + (writers * (1 + (2 * savesEach))));
        var sequences = await factory.WithDbAsync(db => db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(i => (long)i).ToList(), "no gaps, no forks");
    }

    [Fact]
    public async Task Administrators_see_the_log_with_filters_export_it_safely_and_see_Riwayat_on_a_staff_page()
    {
        var id = await AddStaffAsync("=HYPERLINK(\"http://contoh.invalid\")");
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var page = await admin.GetDocumentAsync($"/log-audit?EntityType=StaffMember&EntityId={id}");
        var rows = page.QuerySelectorAll("[data-testid=audit-table] tbody tr");
        rows.Length.ShouldBe(1);
        rows[0].TextContent.ShouldContain("Dibuat");

        var csv = await admin.Http.GetAsync($"/log-audit/ekspor?EntityType=StaffMember&EntityId={id}");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.ShouldContain("HYPERLINK");
        text.ShouldNotContain(";=", Case.Sensitive);
        text.ShouldNotContain("\"=", Case.Sensitive);
        text.Split('\n').ShouldAllBe(line => !line.StartsWith('='));
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.EntityType == AuditEvents.Export && e.Changes.Contains("Log audit")))).ShouldBeTrue("the export itself is logged");

        var history = (await admin.GetDocumentAsync($"/pegawai/ubah/{id}")).QuerySelector("[data-testid=audit-history]");
        history.ShouldNotBeNull();
        history!.TextContent.ShouldContain("Dibuat");

        var verify = await admin.GetDocumentAsync("/log-audit/verifikasi");
        verify.QuerySelector("[data-testid=audit-chain-result]")!.ClassName!.ShouldContain("alert-success");

        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        foreach (var url in new[] { "/log-audit", "/log-audit/ekspor", "/log-audit/verifikasi" })
        {
            var denied = await ketua.Http.GetAsync(url);
            denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            denied.Headers.Location!.ToString().ShouldContain("/akun/akses-ditolak");
        }
        (await ketua.GetDocumentAsync($"/pegawai/ubah/{id}")).QuerySelector("[data-testid=audit-history]").ShouldBeNull("Riwayat is for administrators");
    }
}
