using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.UnitTests.IntegrityPacts;

public class PactDomainTests
{
    private static readonly PactSigner Signer = new("Siti Syafi'i, S.Ag.", "197001012000032001", "Penata (III/c)", "Penghulu", "KUA Kecamatan Klojen", "Malang", new DateOnly(2026, 1, 6));

    [Fact]
    public void Placeholders_are_filled_with_the_signers_data_and_cannot_add_markdown()
    {
        var text = PactText.Render("Nama: {{nama}}\nNIP: {{ nip }}\nJabatan: {{jabatan}}\n{{unit}}, {{tempat}}, {{tanggal}} {{pangkat}}", Signer with { FullName = "Budi *tebal* <b>" });

        text.ShouldBe("Nama: Budi \\*tebal\\* \\<b\\>\nNIP: 197001012000032001\nJabatan: Penghulu\nKUA Kecamatan Klojen, Malang, 6 Januari 2026 Penata (III/c)");
        PactText.Render("NIP: {{nip}}", Signer with { Nip = null }).ShouldBe("NIP: -");
    }

    [Fact]
    public void Unknown_placeholders_are_reported()
    {
        PactText.UnknownPlaceholders("{{nama}} {{naam}} {{NIP}} {{jabatann}} {{naam}}").ShouldBe(["{{naam}}", "{{jabatann}}"]);
        PactText.UnknownPlaceholders(DefaultPactText.StaffBody).ShouldBeEmpty();
        PactText.UnknownPlaceholders(DefaultPactText.OfficialBody).ShouldBeEmpty();
    }

    [Fact]
    public void The_hash_covers_text_and_signer_data_and_is_stable()
    {
        var signature = NewSignature();
        var hash = PactHash.Compute(signature);

        hash.Length.ShouldBe(64);
        PactHash.Compute(NewSignature()).ShouldBe(hash);
        PactHash.Compute(NewSignature(s => s.RenderedText += ".")).ShouldNotBe(hash);
        PactHash.Compute(NewSignature(s => s.SignerNip = "197001012000032002")).ShouldNotBe(hash);
        PactHash.Compute(NewSignature(s => s.SignedAtUtc = s.SignedAtUtc.AddMilliseconds(1))).ShouldNotBe(hash);
        PactHash.Compute(NewSignature(s => s.Method = SignatureMethod.Paper)).ShouldNotBe(hash);
        PactHash.Compute(NewSignature(s => s.RenderedText = s.RenderedText.Replace("\n", "\r\n", StringComparison.Ordinal))).ShouldBe(hash, "line endings do not matter");
    }

    [Fact]
    public void Verification_codes_carry_160_random_bits_and_normalise_look_alikes()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => VerificationCodes.New()).ToList();

        codes.ShouldAllBe(c => c.Length == 32 && c.All(ch => "0123456789ABCDEFGHJKMNPQRSTVWXYZ".Contains(ch)));
        codes.Distinct().Count().ShouldBe(500);
        var code = codes[0];
        VerificationCodes.Normalize(code.ToLowerInvariant()).ShouldBe(code);
        VerificationCodes.Normalize($" {code[..4]}-{code[4..]} ").ShouldBe(code);
        VerificationCodes.Normalize("O" + code[1..]).ShouldBe("0" + code[1..]);
        VerificationCodes.Normalize("abc").ShouldBeNull();
        VerificationCodes.Normalize(code + "U").ShouldBeNull();
        VerificationCodes.Normalize("../../etc/passwd").ShouldBeNull();
    }

    [Theory]
    [InlineData("Kepala Kantor", PactVariant.Pejabat)]
    [InlineData("Kepala Seksi Bimas Islam", PactVariant.Pejabat)]
    [InlineData("Plt. Kepala KUA", PactVariant.Pejabat)]
    [InlineData("  kepala madrasah", PactVariant.Pejabat)]
    [InlineData("Pejabat Pembuat Komitmen", PactVariant.Pejabat)]
    [InlineData("Analis Kepegawaian", PactVariant.Pegawai)]
    [InlineData("Guru Madrasah", PactVariant.Pegawai)]
    [InlineData(null, PactVariant.Pegawai)]
    public void The_officials_text_goes_to_positions_that_lead_a_unit(string? position, PactVariant expected) =>
        PactVariants.ForPosition(position).ShouldBe(expected);

    [Fact]
    public void A_signed_version_is_locked_and_saving_adds_a_new_version()
    {
        var template = new IntegrityPactTemplate { Name = "Uji" };
        var v1 = template.SaveText("PAKTA", "pejabat", "pegawai");
        template.SaveText("PAKTA", "pejabat 2", "pegawai 2").ShouldBeSameAs(v1, "an unsigned version is edited in place");
        v1.StaffBody.ShouldBe("pegawai 2");

        v1.Lock(DateTime.UtcNow);
        var v2 = template.SaveText("PAKTA", "pejabat 3", "pegawai 3");

        v2.ShouldNotBeSameAs(v1);
        v2.Number.ShouldBe(2);
        v1.StaffBody.ShouldBe("pegawai 2");
        template.Latest.ShouldBeSameAs(v2);
        Should.Throw<DomainException>(() => v1.ChangeText("X", "Y", "Z"));
    }

    [Fact]
    public void Campaign_dates_are_inclusive_and_a_close_before_open_is_refused()
    {
        var campaign = new PactCampaign { Title = "Uji" };
        campaign.Schedule(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 31));

        campaign.StatusOn(new DateOnly(2026, 1, 4)).ShouldBe(PactCampaignStatus.Upcoming);
        campaign.StatusOn(new DateOnly(2026, 1, 5)).ShouldBe(PactCampaignStatus.Open);
        campaign.StatusOn(new DateOnly(2026, 1, 31)).ShouldBe(PactCampaignStatus.Open);
        campaign.StatusOn(new DateOnly(2026, 2, 1)).ShouldBe(PactCampaignStatus.Closed);
        Should.Throw<DomainException>(() => campaign.Schedule(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Voiding_needs_a_reason_and_happens_once()
    {
        var signature = NewSignature();
        Should.Throw<DomainException>(() => signature.Void("salah", "u1", DateTime.UtcNow)).Message.ShouldContain("minimal 10 karakter");

        signature.Void("Pegawai memakai akun orang lain.", "u1", DateTime.UtcNow);

        signature.IsVoided.ShouldBeTrue();
        signature.VoidReason.ShouldBe("Pegawai memakai akun orang lain.");
        Should.Throw<DomainException>(() => signature.Void("Alasan kedua yang panjang.", "u2", DateTime.UtcNow));
        signature.VoidedByUserId.ShouldBe("u1");
    }

    [Fact]
    public void The_canonical_form_names_the_method_and_variant_as_the_zi_pakta_1_format_fixes_them()
    {
        // Stored signatures are verified by recomputing this text: the enum members' code names may change, these words may not.
        var lines = PactHash.CanonicalForm(NewSignature()).Split('\n');
        lines[0].ShouldBe("zi-pakta/1");
        lines.ShouldContain("metode:Elektronik");
        lines.ShouldContain("varian:Pegawai");
        PactHash.CanonicalForm(NewSignature(s => s.Method = SignatureMethod.Paper)).Split('\n').ShouldContain("metode:Kertas");
        PactHash.CanonicalForm(NewSignature(s => s.Variant = PactVariant.Pejabat)).Split('\n').ShouldContain("varian:Pejabat");
    }

    private static PactSignature NewSignature(Action<PactSignature>? change = null)
    {
        var s = new PactSignature
        {
            CampaignId = 3,
            StaffMemberId = 7,
            Method = SignatureMethod.Electronic,
            Variant = PactVariant.Pegawai,
            SignedAtUtc = new DateTime(2026, 1, 6, 2, 30, 15, 123, DateTimeKind.Utc),
            SignedOn = Signer.Date,
            SignerName = Signer.FullName,
            SignerNip = Signer.Nip,
            SignerPosition = Signer.Position,
            SignerUnitName = Signer.UnitName,
            Place = Signer.Place,
            RenderedText = PactText.Render(DefaultPactText.StaffBody, Signer),
            TextSha256 = "",
            VerificationCode = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
        };
        change?.Invoke(s);
        return s;
    }
}
