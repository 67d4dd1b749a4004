using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>Reference data: the portal-wide default pact template (both variants), created once.</summary>
public sealed class DefaultPactTemplateSeeder : IStartupTask
{
    public int Order => 200;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Set<IntegrityPactTemplate>().AnyAsync(t => t.UnitId == null, ct))
        {
            return;
        }
        var template = new IntegrityPactTemplate { Name = DefaultPactText.TemplateName };
        template.SaveText(DefaultPactText.Title, DefaultPactText.OfficialBody, DefaultPactText.StaffBody);
        db.Add(template);
        await db.SaveChangesAsync(ct);
    }
}
