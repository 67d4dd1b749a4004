using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Reports;

/// <summary>Whose answers a report shows: the unit's, the internal assessors' (with the unit's as fallback), or both.</summary>
public enum ReportBasis
{
    Unit = 1,
    Assessor = 2,
    Both = 3,
}

public static class ReportBases
{
    /// <summary>"unit", "assessor" or "both" (also the Indonesian "unit", "penilai", "keduanya"); null when unknown.</summary>
    public static ReportBasis? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "unit" or "mandiri" => ReportBasis.Unit,
        "assessor" or "penilai" => ReportBasis.Assessor,
        "both" or "keduanya" => ReportBasis.Both,
        _ => null,
    };

    public static string Label(this ReportBasis basis) => basis switch
    {
        ReportBasis.Assessor => "Penilai Internal",
        ReportBasis.Both => "Penilaian Mandiri dan Penilai Internal (berdampingan)",
        _ => "Penilaian Mandiri",
    };

    public static string Key(this ReportBasis basis) => basis switch
    {
        ReportBasis.Assessor => "assessor",
        ReportBasis.Both => "both",
        _ => "unit",
    };
}

/// <summary>Someone who signs the report's Pengesahan page (blank name when nobody holds the role).</summary>
public sealed record Signatory(string Role, string? Name, string? Nip);

/// <summary>
/// Everything the report, the Excel, the CSV, the pre-submission check and the pack are made from, loaded once:
/// the assessment, its unit and LKE tree, the answers, both scores, the evidence as laid out in the pack, the
/// signatories and the snapshot code.
/// </summary>
public sealed class ReportData
{
    private readonly Dictionary<string, UnitAnswer> _unit;
    private readonly Dictionary<string, AssessorAnswer> _assessor;
    private readonly ILookup<string, ExportEntry> _evidence;

    public ReportData(Assessment assessment, OrgUnit unit, LkeTemplate template, AssessmentAnswers answers,
        IReadOnlyList<ExportEntry> evidence, IReadOnlyList<Signatory> signatories, DateTime printedAtUtc)
    {
        Assessment = assessment;
        Unit = unit;
        Template = template;
        Answers = answers;
        Evidence = evidence;
        Signatories = signatories;
        PrintedAtUtc = printedAtUtc;
        _unit = answers.Unit.ToDictionary(a => a.QuestionCode, StringComparer.Ordinal);
        _assessor = answers.Assessor.ToDictionary(a => a.QuestionCode, StringComparer.Ordinal);
        _evidence = evidence.ToLookup(e => e.QuestionCode, StringComparer.Ordinal);
        UnitScore = LkeScorer.Score(template, answers.UnitSet(unit.HoldsWbk));
        AssessorScore = LkeScorer.Score(template, answers.AssessorSet(unit.HoldsWbk));
        UnitBoard = ScoreBoard.Build(template, UnitScore, answers.Hasil, assessment.Target);
        AssessorBoard = ScoreBoard.Build(template, AssessorScore, answers.Hasil, assessment.Target);
        SnapshotCode = ComputeSnapshot();
        Root = $"PMPZI_{FileNameSanitizer.Segment(unit.Code, maxLength: 40)}_{assessment.Year}_{SnapshotCode}/";
    }

    public Assessment Assessment { get; }
    public OrgUnit Unit { get; }
    public LkeTemplate Template { get; }
    public AssessmentAnswers Answers { get; }

    /// <summary>Evidence files as they are placed in the pack (an item used by several questions appears under each).</summary>
    public IReadOnlyList<ExportEntry> Evidence { get; }
    public IReadOnlyList<Signatory> Signatories { get; }
    public DateTime PrintedAtUtc { get; }
    public ScoreResult UnitScore { get; }
    public ScoreResult AssessorScore { get; }
    public ScoreBoard UnitBoard { get; }
    public ScoreBoard AssessorBoard { get; }

    /// <summary>Short hash of the answers, values and evidence hashes (10 hex characters).</summary>
    public string SnapshotCode { get; }

    /// <summary>The pack's root folder, <c>PMPZI_&lt;kode-unit&gt;_&lt;tahun&gt;_&lt;snapshot&gt;/</c>.</summary>
    public string Root { get; }

    public IndonesianTimeZone Zone => Unit.TimeZone;

    public bool HasAssessorAnswers => Answers.Assessor.Count > 0;

    public UnitAnswer? UnitAnswer(string code) => _unit.GetValueOrDefault(code);

    public AssessorAnswer? AssessorAnswer(string code) => _assessor.GetValueOrDefault(code);

    public IEnumerable<ExportEntry> EvidenceOf(string code) => _evidence[code];

    /// <summary>1-based number of an evidence file in the pack (its place in <see cref="Evidence"/>).</summary>
    public int FileNumber(ExportEntry entry) => IndexOf(entry) + 1;

    public ScoreResult Score(ReportBasis basis) => basis == ReportBasis.Assessor ? AssessorScore : UnitScore;

    public ScoreBoard Board(ReportBasis basis) => basis == ReportBasis.Assessor ? AssessorBoard : UnitBoard;

    /// <summary>Base file name of the report documents: <c>LKE_PMPZI_&lt;unit&gt;_&lt;tahun&gt;</c>.</summary>
    public string DocumentStem => $"LKE_PMPZI_{FileNameSanitizer.Segment(Unit.Code, maxLength: 40)}_{Assessment.Year}";

    /// <summary>Questions in LKE order with their half, area and indicator.</summary>
    public IEnumerable<(LkeHalfDef Half, LkeAreaDef Area, LkeIndicatorDef Indicator, LkeQuestionDef Question)> Questions() =>
        from half in Template.Halves
        from area in half.Areas
        from indicator in area.Indicators
        from question in indicator.Questions
        select (half, area, indicator, question);

    private Dictionary<ExportEntry, int>? _index;

    private int IndexOf(ExportEntry entry)
    {
        _index ??= Evidence.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        return _index[entry];
    }

    private string ComputeSnapshot()
    {
        var lines = new List<string>
        {
            Join("v", Assessment.LkeVersionCode, Unit.Code, Assessment.Year, Assessment.Target, Unit.HoldsWbk),
        };
        lines.AddRange(Answers.Unit.Select(a => Join("u", a.QuestionCode, a.OptionKey, a.InputsJson, a.Note)));
        lines.AddRange(Answers.Assessor.Select(a => Join("a", a.QuestionCode, a.OptionKey, a.InputsJson, a.Note, a.NeedsFix, a.FixNote)));
        lines.AddRange(Answers.Hasil.Select(h => Join("h", h.Code, h.Index, h.ScaleMin, h.ScaleMax, h.OptionKey, h.Provisional)));
        lines.AddRange(Evidence.Select(e => Join("e", e.QuestionCode, e.EvidenceId, e.Revision, e.Sha256, e.State, e.NeedsRevalidation,
            e.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Title)));
        lines.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return Convert.ToHexString(hash)[..10];

        static string Join(params object?[] parts) =>
            string.Join('\u001f', parts.Select(p => p switch
            {
                null => "",
                decimal d => d.ToString(CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => p.ToString(),
            }));
    }
}

/// <summary>
/// Loads <see cref="ReportData"/> for an assessment. <see cref="LoadAsync"/> checks the current user's access
/// (unit scope; 404 when missing, 403 outside the scope); <see cref="LoadUncheckedAsync"/> is for the portal's
/// commands, which run as the operator against the configured database.
/// </summary>
public sealed class ReportDataLoader(AppDbContext db, ILkeTemplateProvider templates, EvidenceExportService export, ITeamRoster roster,
    ResourceAccess scope, AssessmentAccess access, TimeProvider clock)
{
    public async Task<ReportData> LoadAsync(int assessmentId, CancellationToken ct)
    {
        if (!access.Has(Infrastructure.Authorization.Permissions.ViewAssessments))
        {
            throw new ForbiddenException();
        }
        var unitId = await db.Set<Assessment>().AsNoTracking().Where(a => a.Id == assessmentId).Select(a => (int?)a.UnitId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Penilaian tidak ditemukan.");
        await scope.EnsureAccessAsync(unitId, ct);
        return await LoadUncheckedAsync(assessmentId, ct);
    }

    public async Task<ReportData> LoadUncheckedAsync(int assessmentId, CancellationToken ct)
    {
        var assessment = await db.Set<Assessment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, ct)
            ?? throw new NotFoundException("Penilaian tidak ditemukan.");
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == assessment.UnitId, ct);
        var template = await templates.FindAsync(assessment.LkeVersionCode, ct)
            ?? throw new InvalidOperationException($"LKE version '{assessment.LkeVersionCode}' of assessment {assessment.Id} is not loaded.");
        var unitAnswers = await db.Set<UnitAnswer>().AsNoTracking().Where(a => a.AssessmentId == assessmentId).ToListAsync(ct);
        var hasil = await db.Set<HasilEntry>().AsNoTracking().Where(a => a.AssessmentId == assessmentId).ToListAsync(ct);
        var assessor = await db.Set<AssessorAnswer>().AsNoTracking().Where(a => a.AssessmentId == assessmentId).ToListAsync(ct);
        var answers = new AssessmentAnswers(unitAnswers, hasil, assessor);
        var now = clock.GetUtcNow().UtcDateTime;
        var root = $"PMPZI_{FileNameSanitizer.Segment(unit.Code, maxLength: 40)}_{assessment.Year}_0123456789/";
        var evidence = await export.EntriesAsync(unit.Id, assessment.Year, template, ExportLayout.ByQuestion, root, ct);
        var signatories = await SignatoriesAsync(unit, assessor, DateOnly.FromDateTime(unit.TimeZone.ToLocal(now)), ct);
        return new ReportData(assessment, unit, template, answers, evidence, signatories, now);
    }

    private async Task<IReadOnlyList<Signatory>> SignatoriesAsync(OrgUnit unit, IReadOnlyList<AssessorAnswer> assessor, DateOnly today, CancellationToken ct)
    {
        var members = await roster.MembersOnAsync(unit.Id, today, ct);
        var head = members.FirstOrDefault(m => m.Role == TeamRole.PenanggungJawab) is { } pj
            ? new Signatory("Kepala Kantor", pj.FullName, pj.Nip)
            : await UserInRoleAsync("Kepala Kantor", Roles.Pimpinan, unit.Id, null, ct);
        var lead = members.FirstOrDefault(m => m.Role == TeamRole.Ketua) is { } k
            ? new Signatory("Ketua Tim ZI", k.FullName, k.Nip)
            : await UserInRoleAsync("Ketua Tim ZI", Roles.KetuaTim, unit.Id, null, ct);
        // The assessor who answered most questions, else a Penilai Internal of the unit.
        var assessorId = assessor.GroupBy(a => a.AssessorUserId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var penilai = await UserInRoleAsync("Penilai Internal", Roles.PenilaiInternal, unit.Id, assessorId, ct);
        return [head, lead, penilai];
    }

    private async Task<Signatory> UserInRoleAsync(string label, string role, int unitId, string? userId, CancellationToken ct)
    {
        var roleId = await db.Roles.AsNoTracking().Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var query = db.Users.AsNoTracking().Where(u => u.IsActive);
        query = userId is not null
            ? query.Where(u => u.Id == userId)
            : query.Where(u => u.UnitId == unitId && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        var user = await query.OrderBy(u => u.FullName).Select(u => new { u.FullName, Nip = u.StaffMember == null ? null : u.StaffMember.Nip }).FirstOrDefaultAsync(ct);
        return new Signatory(label, user?.FullName, user?.Nip);
    }
}
