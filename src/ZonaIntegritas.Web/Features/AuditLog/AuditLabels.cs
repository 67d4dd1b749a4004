using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.Web.Features.AuditLog;

/// <summary>Indonesian names for what the audit log records.</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["Assessment"] = "Penilaian mandiri",
        ["UnitAnswer"] = "Jawaban unit",
        ["AssessorAnswer"] = "Jawaban penilai",
        ["HasilEntry"] = "Isian hasil",
        ["StageTransition"] = "Perpindahan tahap",
        ["StageWindow"] = "Jadwal tahap",
        ["ExternalStageResult"] = "Hasil tahap eksternal",
        ["EvidenceItem"] = "Eviden",
        ["EvidenceRevision"] = "Versi berkas eviden",
        ["EvidenceLink"] = "Tautan eviden",
        ["EvidenceReview"] = "Reviu eviden",
        ["TeamDecree"] = "SK Tim ZI",
        ["TeamMembership"] = "Anggota Tim ZI",
        ["ChangeAgentDecree"] = "SK Agen Perubahan",
        ["ChangeAgent"] = "Agen Perubahan",
        ["StaffMember"] = "Pegawai",
        ["AreaAssignment"] = "Penugasan area",
        ["WorkPlan"] = "Rencana kerja",
        ["WorkPlanItem"] = "Kegiatan rencana kerja",
        ["WorkPlanApproval"] = "Persetujuan rencana kerja",
        ["WorkPlanItemEvidence"] = "Eviden kegiatan",
        ["WorkPlanItemQuestion"] = "Pertanyaan LKE kegiatan",
        ["WorkPlanItemHelper"] = "Pelaksana kegiatan",
        ["MonitoringEntry"] = "Pemantauan kegiatan",
        ["PactCampaign"] = "Kampanye pakta",
        ["PactParticipant"] = "Peserta pakta",
        ["PactSignature"] = "Tanda tangan pakta",
        ["IntegrityPactTemplate"] = "Templat pakta",
        ["IntegrityPactTemplateVersion"] = "Versi templat pakta",
        ["AppUser"] = "Pengguna",
        ["UserRole"] = "Peran pengguna",
        ["Role"] = "Peran",
        ["OrgUnit"] = "Unit kerja",
        [AuditEvents.SignInSucceeded] = "Masuk berhasil",
        [AuditEvents.SignInFailed] = "Masuk gagal",
        [AuditEvents.SignedOut] = "Keluar",
        [AuditEvents.PasswordReset] = "Reset kata sandi",
        [AuditEvents.PasswordChanged] = "Ganti kata sandi",
        [AuditEvents.TwoFactorChanged] = "Perubahan verifikasi dua langkah",
        [AuditEvents.SuperAdminAccess] = "Akses Super Admin",
        [AuditEvents.Export] = "Ekspor",
    };

    public static string Entity(string type) => Entities.GetValueOrDefault(type, type);

    /// <summary>Every type and event kind the filter offers.</summary>
    public static IEnumerable<(string Value, string Label)> All =>
        Entities.Select(e => (e.Key, e.Value)).OrderBy(e => e.Value, StringComparer.Ordinal);

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Created => "Dibuat",
        AuditAction.Updated => "Diubah",
        AuditAction.Deleted => "Dihapus",
        _ => "Peristiwa",
    };
}
