namespace ZonaIntegritas.Web.Features.StaffImport;

/// <summary>The form field of the upload; the size limit is <c>Uploads:MaxImportBytes</c> (the file intake).</summary>
public static class StaffImportLimits
{
    public const string FileField = "File";
}

/// <summary>One documented column of the CSV template.</summary>
public sealed record StaffImportColumnDoc(string Name, bool Required, string Description, string Example);

public sealed record StaffImportPageViewModel(IReadOnlyList<StaffImportColumnDoc> Columns)
{
    public static readonly IReadOnlyList<StaffImportColumnDoc> Template =
    [
        new(StaffCsvColumns.Nip, false, "NIP 18 digit tanpa spasi. Wajib untuk PNS, CPNS, dan PPPK; boleh kosong untuk Non-ASN. NIP yang sudah terdaftar akan memperbarui data pegawai tersebut.", "198503152010011001"),
        new(StaffCsvColumns.Name, true, "Nama lengkap beserta gelar.", "Ahmad Hidayat, S.Ag."),
        new(StaffCsvColumns.Position, false, "Jabatan.", "Penyuluh Agama Islam"),
        new(StaffCsvColumns.RankGrade, false, "Pangkat/golongan.", "III/c"),
        new(StaffCsvColumns.EmploymentType, true, "PNS, CPNS, PPPK, atau Non-ASN.", "PNS"),
        new(StaffCsvColumns.UnitCode, true, "Kode unit kerja (lihat menu Unit Kerja); harus dalam cakupan Anda.", "KUA-KLOJEN"),
        new(StaffCsvColumns.Email, false, "Email dinas (opsional).", "ahmad.hidayat@kemenag.go.id"),
        new(StaffCsvColumns.Active, false, "ya atau tidak; kosong berarti ya.", "ya"),
    ];
}

public sealed record ImportErrorLine(int Line, string Column, string Message);

public sealed record StaffImportPreviewViewModel(
    string Id,
    string FileName,
    DateTime UploadedAtUtc,
    char Separator,
    IReadOnlyList<string> IgnoredColumns,
    int NewCount,
    int UpdateCount,
    int ErrorCount,
    IReadOnlyList<ImportErrorLine> Errors,
    IReadOnlyList<ImportRowPlan> Rows,
    string? StatusFilter)
{
    public int Total => NewCount + UpdateCount + ErrorCount;

    public int ValidCount => NewCount + UpdateCount;
}

public sealed record StaffImportResult(int Created, int Updated, int Skipped);
