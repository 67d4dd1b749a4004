using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Infrastructure.Audit;

/// <summary>
/// The unit an audited row belongs to, for the viewer's unit filter: the row's own <c>UnitId</c> (or
/// <c>SignerUnitId</c>; a unit is its own), else the <c>UnitId</c> of the row it points to through a foreign key
/// (an answer's assessment, a membership's decree, a role row's user), read inside the saving transaction.
/// </summary>
public sealed class AuditUnitResolver(DbContext db)
{
    private static readonly string[] UnitProperties = ["UnitId", "SignerUnitId"];
    private readonly Dictionary<(IEntityType, object), int?> _cache = [];

    public async Task<int?> UnitOfAsync(EntityEntry entry, CancellationToken ct)
    {
        if (entry.Entity is OrgUnit unit)
        {
            return unit.Id;
        }
        if (Own(entry.Metadata) is { } own)
        {
            return entry.Property(own.Name).CurrentValue as int?;
        }
        foreach (var fk in entry.Metadata.GetForeignKeys())
        {
            var principal = fk.PrincipalEntityType;
            if (Own(principal) is not { } principalUnit || fk.Properties.Count != 1 || fk.PrincipalKey.Properties.Count != 1)
            {
                continue;
            }
            var value = entry.Property(fk.Properties[0].Name).CurrentValue;
            if (value is null)
            {
                continue;
            }
            if (_cache.TryGetValue((principal, value), out var cached))
            {
                return cached;
            }
            var found = await QueryAsync(principal, fk.PrincipalKey.Properties[0], principalUnit, value, ct);
            _cache[(principal, value)] = found;
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }

    private static IProperty? Own(IEntityType type) =>
        UnitProperties.Select(type.FindProperty).FirstOrDefault(p => p is not null && (p.ClrType == typeof(int) || p.ClrType == typeof(int?)));

    private async Task<int?> QueryAsync(IEntityType type, IProperty key, IProperty unitProperty, object value, CancellationToken ct)
    {
        var table = type.GetTableName();
        if (table is null)
        {
            return null;
        }
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {sql.DelimitIdentifier(unitProperty.GetColumnName(store)!)} FROM {sql.DelimitIdentifier(table, type.GetSchema())} WHERE {sql.DelimitIdentifier(key.GetColumnName(store)!)} = @k";
        var p = command.CreateParameter();
        p.ParameterName = "@k";
        p.Value = value;
        command.Parameters.Add(p);
        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? null : Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
