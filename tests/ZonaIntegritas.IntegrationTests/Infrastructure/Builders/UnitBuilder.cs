using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.IntegrationTests.Infrastructure.Builders;

/// <summary>An organisational unit for a test: a Kantor Kemenag in WIB unless told otherwise, with a unique code.</summary>
public sealed record UnitBuilder
{
    public string Code { get; init; } = "UJI-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    public string Name { get; init; } = "Kantor Kementerian Agama Kota Uji";
    public UnitType Type { get; init; } = UnitType.KantorKemenag;
    public IndonesianTimeZone TimeZone { get; init; } = IndonesianTimeZone.Wib;
    public int? ParentId { get; init; }

    public UnitBuilder Named(string name) => this with { Name = name };

    public UnitBuilder OfType(UnitType type) => this with { Type = type };

    public UnitBuilder In(IndonesianTimeZone zone) => this with { TimeZone = zone };

    public UnitBuilder Under(int parentId) => this with { ParentId = parentId };

    public OrgUnit Build() => new() { Code = Code, Name = Name, Type = Type, TimeZone = TimeZone, ParentId = ParentId, City = "Kota Uji" };

    /// <summary>Saves the unit; returns its id.</summary>
    public Task<int> CreateAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
    {
        var unit = Build();
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    });
}
