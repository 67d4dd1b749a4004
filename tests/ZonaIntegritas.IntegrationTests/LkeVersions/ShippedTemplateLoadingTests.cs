using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.IntegrationTests.LkeVersions;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class ShippedTemplateLoadingTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ShippedTemplateLoadingTests));

    private const string Code = "permenpanrb-90-2021";

    [Fact]
    public async Task The_shipped_template_is_loaded_into_the_database_at_start_up()
    {
        factory.CreateClient();
        var counts = await factory.WithDbAsync(async db => new
        {
            Versions = await db.Set<LkeVersion>().CountAsync(v => v.Code == Code),
            Questions = await db.Set<LkeQuestion>().CountAsync(),
            Indicators = await db.Set<LkeIndicator>().CountAsync(),
            Options = await db.Set<LkeQuestionOption>().CountAsync(),
            Inputs = await db.Set<LkePercentageInput>().CountAsync(),
            Hasil = await db.Set<LkeHasilItem>().CountAsync(),
        });
        counts.Versions.ShouldBe(1);
        counts.Questions.ShouldBe(110);
        counts.Indicators.ShouldBe(42);
        counts.Options.ShouldBe(354);
        counts.Inputs.ShouldBe(17);
        counts.Hasil.ShouldBe(3);
        var version = await factory.WithDbAsync(db => db.Set<LkeVersion>().AsNoTracking().SingleAsync(v => v.Code == Code));
        version.Source.ShouldBe(LkeVersionSource.Shipped);
        version.Status.ShouldBe(LkeVersionStatus.Active);
        // Locked exactly when an assessment uses it (the worksheet's demo data creates one on this version).
        var used = await factory.WithDbAsync(db => db.Set<Assessment>().AnyAsync(a => a.LkeVersionCode == Code));
        version.IsLocked.ShouldBe(used);
        version.Gates.ShouldBe(GateSettings.Default);
    }

    [Fact]
    public async Task The_provider_serves_the_stored_tree_exactly_as_shipped()
    {
        factory.CreateClient();
        var template = await factory.Services.GetRequiredService<ILkeTemplateProvider>().GetAsync(Code);
        factory.Services.GetRequiredService<ILkeTemplateProvider>().ShouldBeOfType<DbLkeTemplateProvider>();
        LkeTemplateFile.Write(template).ShouldBe(LkeTemplateFile.Write(LkeTemplateFile.LoadEmbedded(Code)));
        (await factory.Services.GetRequiredService<ILkeTemplateProvider>().FindAsync("tidak-ada")).ShouldBeNull();
    }

    [Fact]
    public async Task Running_the_start_up_task_again_adds_nothing()
    {
        factory.CreateClient();
        await factory.WithScopeAsync(async sp =>
        {
            await ActivatorUtilities.CreateInstance<ShippedLkeTemplatesStartupTask>(sp).RunAsync(sp, CancellationToken.None);
            return 0;
        });
        (await factory.WithDbAsync(db => db.Set<LkeVersion>().CountAsync())).ShouldBe(1);
    }
}
