using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.UnitTests.Staff;

public class NipTests
{
    [Theory]
    [InlineData("198503152010011001")]
    [InlineData("19850315 201001 1 001")]
    public void Valid_nip_passes(string nip) => Nip.Validate(nip).ShouldBeNull();

    [Theory]
    [InlineData("", "NIP wajib diisi.")]
    [InlineData("12345", "NIP harus terdiri dari 18 digit angka.")]
    [InlineData("19850315201001100A", "NIP harus terdiri dari 18 digit angka.")]
    [InlineData("198502302010011001", "8 digit pertama NIP harus tanggal lahir yang valid (ttttbbhh).")]
    [InlineData("198503152010131001", "Digit 9–14 NIP harus tahun dan bulan pengangkatan yang valid.")]
    [InlineData("198503152010013001", "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.")]
    public void Invalid_nip_gets_a_reason_in_bahasa_indonesia(string nip, string reason) => Nip.Validate(nip).ShouldBe(reason);

    [Fact]
    public void Demo_nips_are_valid_and_unique()
    {
        var nips = Enumerable.Range(0, 40).Select(DemoSeeder.DemoNip).ToList();
        nips.ShouldAllBe(n => Nip.IsValid(n));
        nips.Distinct().Count().ShouldBe(40);
    }
}
