using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>Loads signatures with what their PDF needs (letterhead unit, template title, scan file) into <see cref="PactDocument"/>s.</summary>
public sealed class PactDocumentFactory(AppDbContext db, FileIntake intake, PactLinks links, IOptions<PactOptions> options)
{
    public async Task<IReadOnlyList<PactDocument>> LoadAsync(Expression<Func<PactSignature, bool>> filter, CancellationToken ct = default)
    {
        var rows = await db.Set<PactSignature>().AsNoTracking()
            .Where(filter)
            .Select(s => new { Signature = s, CampaignTitle = s.Campaign!.Title })
            .ToListAsync(ct);
        var versionIds = rows.Select(r => r.Signature.TemplateVersionId).Distinct().ToList();
        var titles = await db.Set<IntegrityPactTemplateVersion>().AsNoTracking()
            .Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Title, ct);
        var unitIds = rows.Select(r => r.Signature.SignerUnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Address, u.City, u.TimeZone }).ToDictionaryAsync(u => u.Id, ct);
        var documents = new List<PactDocument>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Signature.SignerUnitName, StringComparer.Ordinal).ThenBy(r => r.Signature.SignerName, StringComparer.Ordinal))
        {
            var s = row.Signature;
            var unit = units[s.SignerUnitId];
            byte[]? scan = null;
            if (s.ScanFileKey is { } key)
            {
                scan = await intake.ReadAllBytesAsync(key, FileIntake.LegacyPactFolder, ct);
            }
            documents.Add(new PactDocument
            {
                Agency = options.Value.LetterheadAgency,
                UnitName = s.SignerUnitName,
                UnitAddress = unit.Address,
                UnitCity = unit.City,
                Zone = unit.TimeZone,
                CampaignTitle = row.CampaignTitle,
                Title = titles[s.TemplateVersionId],
                RenderedText = s.RenderedText,
                SignerName = s.SignerName,
                SignerNip = s.SignerNip,
                Place = s.Place,
                SignedOn = s.SignedOn,
                SignedAtUtc = s.SignedAtUtc,
                Method = s.Method,
                DrawnSignaturePng = s.DrawnSignaturePng,
                TypedName = s.TypedName,
                VerificationCode = s.VerificationCode,
                VerificationUrl = links.Verification(s.VerificationCode),
                TextSha256 = s.TextSha256,
                VoidedAtUtc = s.VoidedAtUtc,
                Scan = scan,
                ScanContentType = s.ScanContentType,
            });
        }
        return documents;
    }

    /// <summary>A file name made of ASCII letters, digits and dashes.</summary>
    public static string FileName(string prefix, string name, string extension)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }
        return $"{prefix}-{(slug.Length == 0 ? "dokumen" : slug)}{extension}";
    }
}
