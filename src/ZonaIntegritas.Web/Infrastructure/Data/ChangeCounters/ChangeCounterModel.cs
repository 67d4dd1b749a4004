using Microsoft.EntityFrameworkCore;

namespace ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

/// <summary>Declares the <see cref="ChangeCounterNames.All"/> trigger of every table in the model.</summary>
public static class ChangeCounterModel
{
    /// <summary>
    /// Every table but <see cref="ChangeCounterNames.Unwatched"/> gets its <see cref="ChangeCounterNames.AllTriggerOf"/>
    /// trigger (created by the <c>AllChangesCounter</c> migrations and the ones after it). Declared here, once, so EF Core
    /// writes no <c>OUTPUT</c>/<c>RETURNING</c> clause on those tables and a new table cannot be forgotten: its migration
    /// shows the trigger in the model, and <c>ChangeCounterTests</c> fails until the migration creates it.
    /// </summary>
    public static void WatchEveryTable(ModelBuilder builder)
    {
        var roots = builder.Model.GetEntityTypes()
            .Where(t => t.FindOwnership() is null && t.BaseType is null && t.GetTableName() is not null)
            .ToList();
        foreach (var type in roots)
        {
            var table = type.GetTableName()!;
            var trigger = ChangeCounterNames.AllTriggerOf(table);
            if (!ChangeCounterNames.Unwatched.Contains(table) && type.FindDeclaredTrigger(trigger) is null)
            {
                type.AddTrigger(trigger);
            }
        }
    }
}
