using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Features.Staff;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Features.Users;

namespace ZonaIntegritas.UnitTests.Administration;

public class AdministrationValidatorTests
{
    [Theory]
    [InlineData("pendek1A", "minimal 12 karakter")]
    [InlineData("Password123", "minimal 12 karakter")]
    [InlineData("Password123456", "terlalu umum")]
    [InlineData("Budi.Santoso-Kantor-2026", "nama akun email")]
    public void Typed_temporary_password_follows_the_policy(string password, string message)
    {
        var input = new CreateUserInput { Email = "budi.santoso@zi.demo", FullName = "A", UnitId = 1, Roles = [Roles.Pegawai], PasswordChoice = PasswordChoice.Manual, Password = password };
        var result = new CreateUserInputValidator().Validate(input);
        result.Errors.ShouldContain(e => e.ErrorMessage.Contains(message));
    }

    [Fact]
    public void Generated_password_needs_no_typed_one_and_name_may_come_from_the_staff_record()
    {
        var input = new CreateUserInput { Email = "a@zi.demo", UnitId = 1, StaffMemberId = 5, Roles = [Roles.Pegawai] };
        new CreateUserInputValidator().Validate(input).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Unknown_role_and_area_are_refused()
    {
        var input = new EditUserInput { Email = "a@zi.demo", FullName = "A", UnitId = 1, Roles = ["Raja"], Areas = ["Z"] };
        var messages = new EditUserInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage).ToList();
        messages.ShouldContain("Peran tidak dikenal.");
        messages.ShouldContain("Area perubahan tidak dikenal.");
    }

    [Fact]
    public void Generated_temporary_passwords_satisfy_the_policy()
    {
        for (var i = 0; i < 50; i++)
        {
            var input = new CreateUserInput { Email = "a@zi.demo", FullName = "A", UnitId = 1, Roles = [Roles.Pegawai], PasswordChoice = PasswordChoice.Manual, Password = CreateAdminCommand.GeneratePassword() };
            new CreateUserInputValidator().Validate(input).IsValid.ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(EmploymentType.NonAsn, "", true)]
    [InlineData(EmploymentType.Pppk, "", false)]
    [InlineData(EmploymentType.NonAsn, "123", false)]
    [InlineData(EmploymentType.Cpns, "19850315 201001 1 001", true)]
    public void Staff_nip_is_optional_only_for_non_asn(EmploymentType type, string nip, bool valid)
    {
        var input = new SaveStaffInput { Nip = nip, FullName = "Ahmad", EmploymentType = type, UnitId = 2 };
        new SaveStaffInputValidator().Validate(input).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("ahmad@kemenag.go.id", true)]
    [InlineData("", true)]
    [InlineData("ahmad@", false)]
    [InlineData("ahmad kemenag@go.id", false)]
    [InlineData("Ahmad <ahmad@kemenag.go.id>", false)]
    [InlineData("ahmad@localhost", false)]
    public void Staff_email_is_optional_but_must_be_an_address(string email, bool valid) =>
        StaffRules.IsValidEmail(email).ShouldBe(valid);

    [Theory]
    [InlineData(" kua-klojen ", true)]
    [InlineData("KUA KLOJEN", false)]
    [InlineData("-KUA", false)]
    [InlineData("MIN.1_MALANG", true)]
    public void Unit_code_is_letters_digits_and_separators_without_spaces(string code, bool valid) =>
        new SaveUnitInputValidator().Validate(new SaveUnitInput { Code = code, Name = "Unit" }).IsValid.ShouldBe(valid);

    [Fact]
    public void Nip_prints_in_groups() => StaffRules.FormatNip("198503152010011001").ShouldBe("19850315 201001 1 001");
}
