using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Features.StaffImport;

namespace ZonaIntegritas.UnitTests.Administration;

public class StaffImportPlannerTests
{
    private const string NipA = "198503152010011001";
    private const string NipB = "199001012015011002";

    private static readonly Dictionary<string, ImportUnit> Units = new()
    {
        ["KUA-KLOJEN"] = new ImportUnit(3, "KUA-KLOJEN", "KUA Klojen", IsActive: true, InScope: true),
        ["KANWIL-JATIM"] = new ImportUnit(1, "KANWIL-JATIM", "Kanwil", IsActive: true, InScope: false),
        ["KUA-TUTUP"] = new ImportUnit(9, "KUA-TUTUP", "KUA Tutup", IsActive: false, InScope: true),
    };

    private static StaffCsvRow Row(int line, string nip = NipA, string name = "Ahmad", string type = "PNS", string unit = "KUA-KLOJEN",
        string email = "", string active = "ya", string position = "", string grade = "") =>
        new(line, nip, name, position, grade, type, unit, email, active);

    private static ImportRowPlan PlanOne(StaffCsvRow row, params ImportExistingStaff[] existing) =>
        StaffImportPlanner.Plan([row], Units, existing).Single();

    private static ImportExistingStaff Existing(int id, string? nip, string name = "Ahmad", int unitId = 3, bool inScope = true) =>
        new(id, nip, name, null, null, EmploymentType.Pns, unitId, null, true, inScope);

    [Fact]
    public void Valid_row_with_unknown_nip_is_new()
    {
        var plan = PlanOne(Row(2, nip: "19850315 201001 1 001"));
        plan.Status.ShouldBe(ImportRowStatus.New);
        plan.Nip.ShouldBe(NipA);
        plan.Unit!.Id.ShouldBe(3);
        plan.EmploymentType.ShouldBe(EmploymentType.Pns);
        plan.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Known_nip_updates_and_lists_what_changes()
    {
        var plan = PlanOne(Row(2, name: "Ahmad Baru", position: "Penghulu", active: "tidak"), Existing(7, NipA));
        plan.Status.ShouldBe(ImportRowStatus.Update);
        plan.ExistingId.ShouldBe(7);
        plan.Changes.ShouldBe(["nama", "jabatan", "status aktif"]);
    }

    [Fact]
    public void Non_asn_without_nip_matches_by_name_and_unit_ignoring_case_and_spaces()
    {
        var plan = PlanOne(Row(2, nip: "", name: "siti   aminah", type: "non asn"), Existing(8, null, "Siti Aminah"));
        plan.Status.ShouldBe(ImportRowStatus.Update);
        plan.ExistingId.ShouldBe(8);
        plan.Nip.ShouldBeNull();
    }

    [Theory]
    [InlineData("12345", "PNS", "nip", "18 digit")]
    [InlineData("", "PNS", "nip", "wajib diisi untuk pegawai PNS")]
    [InlineData("1.98503E+17", "PNS", "nip", "angka ilmiah")]
    [InlineData(NipA, "", "jenis_pegawai", "wajib diisi")]
    [InlineData(NipA, "Honorer Daerah", "jenis_pegawai", "'Honorer Daerah' tidak dikenal")]
    public void Nip_and_employment_type_problems_name_the_column(string nip, string type, string column, string message)
    {
        var plan = PlanOne(Row(5, nip: nip, type: type));
        plan.Status.ShouldBe(ImportRowStatus.Error);
        plan.Errors.ShouldContain(e => e.Column == column && e.Message.Contains(message));
    }

    [Fact]
    public void Nip_with_leading_apostrophe_from_excel_is_accepted() =>
        PlanOne(Row(2, nip: "'" + NipA)).Nip.ShouldBe(NipA);

    [Theory]
    [InlineData("TIDAK-ADA", "'TIDAK-ADA' tidak ditemukan")]
    [InlineData("kanwil-jatim", "di luar cakupan Anda")]
    [InlineData("KUA-TUTUP", "tidak aktif")]
    [InlineData("", "Kode unit wajib diisi")]
    public void Unit_code_must_exist_be_in_scope_and_active(string code, string message) =>
        PlanOne(Row(2, unit: code)).Errors.ShouldContain(e => e.Column == "kode_unit" && e.Message.Contains(message));

    [Fact]
    public void Name_email_active_and_lengths_are_checked()
    {
        var plan = PlanOne(Row(2, name: "", email: "bukan@", active: "mungkin", position: new string('x', 201), grade: new string('y', 101)));
        plan.Errors.Select(e => e.Column).ShouldBe(["nama", "jabatan", "pangkat_golongan", "email", "aktif"], ignoreOrder: true);
    }

    [Fact]
    public void Duplicate_nip_in_the_file_marks_every_occurrence_with_the_lines()
    {
        var plans = StaffImportPlanner.Plan([Row(2), Row(3, nip: NipB), Row(4, name: "Ahmad Lagi")], Units, []);
        plans[0].Errors.Single().Message.ShouldContain("(baris 2, 4)");
        plans[2].Errors.Single().Message.ShouldContain("(baris 2, 4)");
        plans[1].Status.ShouldBe(ImportRowStatus.New);
    }

    [Fact]
    public void Same_nipless_name_twice_in_one_unit_is_ambiguous()
    {
        var plans = StaffImportPlanner.Plan([Row(2, nip: "", type: "Non-ASN"), Row(3, nip: "", type: "Non-ASN", name: "AHMAD")], Units, []);
        plans.ShouldAllBe(p => p.Status == ImportRowStatus.Error);
        plans[0].Errors.Single().Message.ShouldContain("baris 2, 3");
    }

    [Fact]
    public void Existing_nip_outside_scope_cannot_be_taken_over()
    {
        var plan = PlanOne(Row(2), Existing(9, NipA, unitId: 1, inScope: false));
        plan.Status.ShouldBe(ImportRowStatus.Error);
        plan.Errors.Single().Message.ShouldBe($"NIP {NipA} tidak dapat diimpor ke unit dalam cakupan Anda; hubungi administrator.");
        plan.Errors.Single().Message.ShouldNotContain("terdaftar", customMessage: "the message does not reveal that the NIP exists in another unit");
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "", "Nama pegawai")]
    [InlineData("@SUM(1+1)", "", "Nama pegawai")]
    [InlineData("Ahmad", "+62 Penghulu", "Jabatan")]
    [InlineData("-2+3", "", "Nama pegawai")]
    public void Formula_leading_cells_are_refused(string name, string position, string label)
    {
        var plan = PlanOne(Row(2, name: name, position: position));
        plan.Status.ShouldBe(ImportRowStatus.Error);
        plan.Errors.ShouldContain(e => e.Message.StartsWith(label, StringComparison.Ordinal) && e.Message.Contains("rumus", StringComparison.Ordinal));
    }

    [Fact]
    public void Structure_problem_of_the_row_is_an_error_without_column()
    {
        var plan = PlanOne(Row(2) with { StructureError = "Baris ini memiliki 9 kolom" });
        plan.Errors.ShouldContain(e => e.Column == "" && e.Message.StartsWith("Baris ini"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("Ya", true)]
    [InlineData("1", true)]
    [InlineData("aktif", true)]
    [InlineData("TIDAK", false)]
    [InlineData("nonaktif", false)]
    [InlineData("0", false)]
    [InlineData("mungkin", null)]
    public void Active_column_accepts_ya_tidak_and_synonyms(string text, bool? expected) =>
        StaffImportPlanner.ParseActive(text).ShouldBe(expected);
}
