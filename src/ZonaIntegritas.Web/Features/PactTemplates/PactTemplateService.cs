using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.PactTemplates;

/// <summary>
/// Pact templates: the portal-wide default (UnitId null, edited by an Administrator) and unit templates
/// (edited by Administrator/Ketua Tim within their unit scope). Saving edits the latest version while it is
/// unsigned, otherwise creates a new version, so a signed text never changes.
/// </summary>
public sealed class PactTemplateService(AppDbContext db, PactAccess access, ICurrentUser currentUser, UnitClock clock)
{
    public const string PortalWideLabel = "Semua unit (bawaan)";

    /// <summary>Sample signer for previews.</summary>
    public static PactSigner SampleSigner(DateOnly date) =>
        new("Nama Pegawai Contoh", "198001012005011001", "Penata (III/c)", "Analis Kepegawaian", "Kantor Kementerian Agama Kota Contoh", "Kota Contoh", date);

    public async Task<IReadOnlyList<PactTemplateListItem>> ListAsync(CancellationToken ct = default)
    {
        var visible = (await access.VisibleUnitIdsAsync(ct)).ToList();
        var rows = await db.Set<IntegrityPactTemplate>().AsNoTracking()
            .Where(t => t.UnitId == null || visible.Contains(t.UnitId.Value))
            .Select(t => new
            {
                t.Id,
                t.Name,
                t.UnitId,
                UnitName = db.Units.Where(u => u.Id == t.UnitId).Select(u => u.Name).FirstOrDefault(),
                Latest = t.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Number, v.LockedAtUtc }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows
            .OrderBy(t => t.UnitId is null ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new PactTemplateListItem(t.Id, t.Name, t.UnitName ?? PortalWideLabel, t.Latest?.Number ?? 0,
                t.Latest?.LockedAtUtc is not null, CanEdit(t.UnitId)))
            .ToList();
    }

    public async Task<PactTemplateFormViewModel> NewFormAsync(CancellationToken ct = default) =>
        await FormAsync(new SavePactTemplateInput
        {
            UnitId = currentUser.UnitId ?? 0,
            Name = "Pakta Integritas " + clock.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = DefaultPactText.Title,
            OfficialBody = DefaultPactText.OfficialBody,
            StaffBody = DefaultPactText.StaffBody,
        }, ct);

    public async Task<PactTemplateFormViewModel> EditFormAsync(int id, CancellationToken ct = default)
    {
        var template = await LoadEditableAsync(id, ct);
        var latest = template.Latest!;
        return await FormAsync(new SavePactTemplateInput
        {
            Id = template.Id,
            UnitId = template.UnitId ?? 0,
            Name = template.Name,
            Title = latest.Title,
            OfficialBody = latest.OfficialBody,
            StaffBody = latest.StaffBody,
        }, ct);
    }

    public async Task<PactTemplateFormViewModel> FormAsync(SavePactTemplateInput input, CancellationToken ct = default)
    {
        var visible = (await access.VisibleUnitIdsAsync(ct)).ToList();
        var units = await db.Units.AsNoTracking().Where(u => visible.Contains(u.Id) && u.IsActive)
            .Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(ct);
        int? latestNumber = null;
        var latestLocked = false;
        if (input.Id is { } id)
        {
            var latest = await db.Set<IntegrityPactTemplateVersion>().AsNoTracking().Where(v => v.TemplateId == id)
                .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.LockedAtUtc }).FirstOrDefaultAsync(ct);
            latestNumber = latest?.Number;
            latestLocked = latest?.LockedAtUtc is not null;
        }
        return new PactTemplateFormViewModel(input, units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(),
            currentUser.Has(Permissions.ManageNationalPactTemplates), latestNumber, latestLocked);
    }

    public async Task<PactTemplateSaved> SaveAsync(SavePactTemplateInput input, CancellationToken ct = default)
    {
        int? unitId = input.UnitId == 0 ? null : input.UnitId;
        if (!CanEdit(unitId) || (unitId is { } u && !await access.InScopeAsync(u, ct)))
        {
            throw new DomainException(unitId is null
                ? "Hanya Administrator yang dapat mengubah templat bawaan untuk semua unit."
                : "Anda tidak dapat menyimpan templat untuk unit tersebut.");
        }
        IntegrityPactTemplate template;
        if (input.Id is { } id)
        {
            template = await LoadEditableAsync(id, ct);
            template.Name = input.Name!.Trim();
            template.UnitId = unitId;
        }
        else
        {
            template = new IntegrityPactTemplate { Name = input.Name!.Trim(), UnitId = unitId };
            db.Add(template);
        }
        var before = template.Latest?.Number;
        var version = template.SaveText(input.Title!, input.OfficialBody!, input.StaffBody!);
        await db.SaveChangesAsync(ct);
        return new PactTemplateSaved(template.Id, version.Number, before is not null && version.Number != before);
    }

    public async Task<PactTemplateDetailsViewModel> DetailsAsync(int id, int? versionId, CancellationToken ct = default)
    {
        var template = await db.Set<IntegrityPactTemplate>().AsNoTracking().Include(t => t.Versions)
            .FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException();
        await EnsureVisibleAsync(template.UnitId, ct);
        var unitName = template.UnitId is { } uid ? await db.Units.Where(u => u.Id == uid).Select(u => u.Name).FirstAsync(ct) : PortalWideLabel;
        var versions = template.Versions.OrderByDescending(v => v.Number).ToList();
        var shown = versions.FirstOrDefault(v => v.Id == versionId) ?? versions.First();
        var preview = Preview(shown.Title, shown.OfficialBody, shown.StaffBody);
        return new PactTemplateDetailsViewModel(template.Id, template.Name, unitName, CanEdit(template.UnitId),
            versions.Select(Row).ToList(), Row(shown), preview.OfficialHtml, preview.StaffHtml);

        static PactTemplateVersionRow Row(IntegrityPactTemplateVersion v) => new(v.Id, v.Number, v.Title, v.CreatedAtUtc, v.LockedAtUtc);
    }

    public PactTemplatePreviewViewModel Preview(string? title, string? officialBody, string? staffBody)
    {
        var signer = SampleSigner(clock.LatestToday);
        return new PactTemplatePreviewViewModel(title ?? "",
            PactMarkdown.ToHtml(PactText.Render(officialBody ?? "", signer with { Position = "Kepala Kantor" })),
            PactMarkdown.ToHtml(PactText.Render(staffBody ?? "", signer)));
    }

    /// <summary>Callers hold ManagePacts (checked by the controller); the portal-wide default is for Administrators only.</summary>
    private bool CanEdit(int? unitId) => unitId is not null || currentUser.Has(Permissions.ManageNationalPactTemplates);

    private async Task<IntegrityPactTemplate> LoadEditableAsync(int id, CancellationToken ct)
    {
        var template = await db.Set<IntegrityPactTemplate>().Include(t => t.Versions)
            .FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException();
        await EnsureVisibleAsync(template.UnitId, ct);
        if (!CanEdit(template.UnitId))
        {
            throw new ForbiddenException("Hanya Administrator yang dapat mengubah templat bawaan untuk semua unit.");
        }
        return template;
    }

    private async Task EnsureVisibleAsync(int? unitId, CancellationToken ct)
    {
        if (unitId is { } u && !await access.InScopeAsync(u, ct))
        {
            throw new NotFoundException();
        }
    }
}
