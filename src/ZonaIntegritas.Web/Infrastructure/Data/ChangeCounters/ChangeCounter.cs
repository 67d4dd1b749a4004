namespace ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

/// <summary>
/// A number the database raises itself, by a trigger on each watched table (<see cref="ChangeCounterNames.WatchedTables"/>),
/// whenever a row is inserted, updated or deleted there: by the portal, a bulk statement, another web node or a
/// script. Aggregates that would otherwise be recounted on every request are cached under it (<see cref="StampedCache"/>):
/// reading the counters is one small query, and any change to the counted rows makes the cached value unreachable.
/// </summary>
public sealed class ChangeCounter
{
    public required string Name { get; init; }

    public long Value { get; set; }
}

/// <summary>The counters and the tables whose changes raise each one (the triggers in the <c>ChangeCounters</c> migrations).</summary>
public static class ChangeCounterNames
{
    /// <summary>Answers of assessments: the unit's, the assessors', the Hasil entries.</summary>
    public const string Answers = "answers";

    /// <summary>Evidence items, their revisions, their links to LKE questions and the reviews of those links.</summary>
    public const string Evidence = "evidence";

    /// <summary>Staff members (active or not, unit) and the units themselves (names, tree).</summary>
    public const string Staff = "staff";

    /// <summary>Pact signatures (signed, voided) and campaign participants.</summary>
    public const string Pacts = "pacts";

    public static readonly IReadOnlyDictionary<string, string[]> WatchedTables = new Dictionary<string, string[]>
    {
        [Answers] = ["assessment_unit_answers", "assessment_assessor_answers", "assessment_hasil_entries"],
        [Evidence] = ["evidence_items", "evidence_revisions", "evidence_links", "evidence_reviews"],
        [Staff] = ["staff_members", "units"],
        [Pacts] = ["pact_signatures", "pact_participants"],
    };

    /// <summary>The trigger on <paramref name="table"/> (SQLite: the prefix of its insert, update and delete triggers).</summary>
    public static string TriggerOf(string table) => $"trg_{table}_change_counter";
}
