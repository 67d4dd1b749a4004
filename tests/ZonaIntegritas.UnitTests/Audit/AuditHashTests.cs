using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.UnitTests.Audit;

public class AuditHashTests
{
    private static AuditEntry Row(string entityId) => new()
    {
        AtUtc = new DateTime(2026, 12, 7, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567),
        UserId = "u1",
        UserName = "Ani <ani@zi.demo>",
        ClientAddress = "10.0.0.1",
        UnitId = 3,
        Action = AuditAction.Updated,
        EntityType = "EvidenceItem",
        EntityId = entityId,
        Changes = "{\"Title\":[\"Lama\",\"Baru\"]}",
        PreviousHash = "",
        Hash = "",
    };

    private static List<AuditEntry> Chain(int length)
    {
        var rows = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            var row = Row(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            AuditHash.Chain(row, rows.Count == 0 ? 0 : rows[^1].Sequence, rows.Count == 0 ? AuditHash.Genesis : rows[^1].Hash);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void A_chain_starts_at_genesis_and_each_row_names_the_previous_hash()
    {
        var rows = Chain(3);
        rows[0].Sequence.ShouldBe(1);
        rows[0].PreviousHash.ShouldBe(AuditHash.Genesis);
        rows[1].PreviousHash.ShouldBe(rows[0].Hash);
        rows[0].Hash.Length.ShouldBe(64);
        AuditChainVerifier.Check(rows[0], null).ShouldBeNull();
        AuditChainVerifier.Check(rows[2], rows[1]).ShouldBeNull();
    }

    [Fact]
    public void Time_is_kept_to_microseconds_so_the_hash_survives_a_database_round_trip()
    {
        var row = Chain(1)[0];
        (row.AtUtc.Ticks % 10).ShouldBe(0);
        var reread = Row("0");
        reread.AtUtc = AuditHash.Truncate(reread.AtUtc);
        reread.Sequence = 1;
        reread.PreviousHash = AuditHash.Genesis;
        AuditHash.Compute(reread).ShouldBe(row.Hash);
    }

    [Fact]
    public void Any_changed_field_a_removed_row_or_a_relinked_row_is_caught()
    {
        var rows = Chain(3);
        rows[1].Changes = "{\"Title\":[\"Lama\",\"Palsu\"]}";
        AuditChainVerifier.Check(rows[1], rows[0])!.ShouldContain("isi baris telah berubah");

        var fresh = Chain(3);
        AuditChainVerifier.Check(fresh[2], fresh[0])!.ShouldContain("hilang");

        var relinked = Chain(3);
        relinked[2].PreviousHash = relinked[0].Hash;
        relinked[2].Hash = AuditHash.Compute(relinked[2]);
        AuditChainVerifier.Check(relinked[2], relinked[1])!.ShouldContain("tidak sama dengan hash baris 2");
    }

    [Fact]
    public void Secrets_are_recognised_and_large_values_are_stored_as_a_hash()
    {
        AuditPolicy.IsSecret("PasswordHash").ShouldBeTrue();
        AuditPolicy.IsSecret("SecurityStamp").ShouldBeTrue();
        AuditPolicy.IsSecret("AuthenticatorKey").ShouldBeTrue();
        AuditPolicy.IsSecret("FullName").ShouldBeFalse();
        AuditPolicy.Format(new byte[] { 1, 2, 3 })!.ShouldStartWith("sha256:");
        AuditPolicy.Format(new string('x', AuditPolicy.MaxTextLength + 1))!.ShouldStartWith("sha256:");
        AuditPolicy.Format(1234.5m).ShouldBe("1234.5");
    }
}
