using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

namespace ZonaIntegritas.UnitTests.Security;

/// <summary>ASVS 2.1: length, no composition rules, any printable Unicode, no common/breached password, no e-mail.</summary>
public class PasswordPolicyTests
{
    [Theory]
    [InlineData("Password123", "minimal 12 karakter")]
    [InlineData("password1234", "terlalu umum")]
    [InlineData("Password123456!", "terlalu umum")]
    [InlineData("siti.rahma#Kantor2026", "nama akun email")]
    [InlineData("dua\tkata sandi panjang", "dapat dicetak")]
    public void Weak_passwords_are_refused_in_Indonesian(string password, string message) =>
        PasswordPolicyValidator.Check(password, "siti.rahma@kemenag.go.id").ShouldContain(m => m.Contains(message, StringComparison.Ordinal));

    [Theory]
    [InlineData("ZonaIntegritas#Demo1")]
    [InlineData("kuda hijau makan rumput")]
    [InlineData("semuahurufkecilsaja")]
    [InlineData("kata sandi ramah 🌺 nusantara")]
    [InlineData("パスワードはとても長いです")]
    public void Long_uncommon_passwords_without_composition_rules_are_accepted(string password) =>
        PasswordPolicyValidator.Check(password, "siti.rahma@kemenag.go.id").ShouldBeEmpty();

    [Fact]
    public void The_shipped_list_is_the_maintained_one_from_the_package()
    {
        CommonPasswords.Shipped.Count.ShouldBeGreaterThan(40_000);
        CommonPasswords.Shipped.IsCommon("Password123").ShouldBeTrue();
        CommonPasswords.Shipped.IsCommon("iloveyou2026!").ShouldBeTrue();
    }

    [Fact]
    public void Length_counts_characters_as_people_see_them()
    {
        // 11 emoji are 22 UTF-16 units but 11 characters: too short.
        PasswordPolicyValidator.Check(string.Concat(Enumerable.Repeat("🌺", 11)), null).ShouldContain(m => m.Contains("minimal 12", StringComparison.Ordinal));
    }
}
