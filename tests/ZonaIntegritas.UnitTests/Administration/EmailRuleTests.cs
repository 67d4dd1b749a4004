using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.Staff;
using ZonaIntegritas.Web.Features.Users;

namespace ZonaIntegritas.UnitTests.Administration;

/// <summary>One e-mail rule (issue 17 item 8): the user form and the staff record (form and import) accept the same addresses.</summary>
public class EmailRuleTests
{
    public static TheoryData<string, bool> Addresses => new()
    {
        { "ahmad@kemenag.go.id", true },
        { "  ahmad@kemenag.go.id  ", true },
        { "ahmad.fauzi+zi@kua-klojen.kemenag.go.id", true },
        { "AHMAD@KEMENAG.GO.ID", true },
        { "ahmad@", false },
        { "@kemenag.go.id", false },
        { "ahmad", false },
        { "ahmad@localhost", false },
        { "ahmad kemenag@go.id", false },
        { "Ahmad <ahmad@kemenag.go.id>", false },
        { "ahmad@kemenag.go.id.", false },
        { "ahmad@@kemenag.go.id", false },
        { new string('a', 251) + "@zi.id", false },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Users_and_staff_accept_the_same_addresses(string email, bool valid)
    {
        EmailAddresses.IsValid(email).ShouldBe(valid);
        StaffRules.IsValidEmail(email).ShouldBe(valid);
        var user = new CreateUserInputValidator().Validate(new CreateUserInput { Email = email });
        user.Errors.Any(e => e.PropertyName == nameof(CreateUserInput.Email)).ShouldBe(!valid, email);
    }

    [Fact]
    public void Staff_email_stays_optional_while_a_user_needs_one()
    {
        StaffRules.IsValidEmail(null).ShouldBeTrue();
        StaffRules.IsValidEmail(" ").ShouldBeTrue();
        EmailAddresses.IsValid(" ").ShouldBeFalse();
    }
}
