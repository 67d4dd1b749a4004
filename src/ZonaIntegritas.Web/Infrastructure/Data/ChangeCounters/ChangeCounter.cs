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

    /// <summary>
    /// Any row of any table but <see cref="Unwatched"/>: what a whole cached page depends on (<c>PageCache</c>, ADR 0021).
    /// Its triggers are declared for every table by <see cref="ChangeCounterModel.WatchEveryTable"/>.
    /// </summary>
    public const string All = "all";

    /// <summary>
    /// Tables whose changes raise no counter: the counters themselves, sign-in sessions (touched while a user browses,
    /// shown on no cached page) and the data-protection key ring.
    /// </summary>
    public static readonly IReadOnlySet<string> Unwatched = new HashSet<string>(StringComparer.Ordinal)
    {
        "change_counters", "user_sessions", "data_protection_keys",
    };

    /// <summary>Every counter with a row in <c>change_counters</c>.</summary>
    public static IEnumerable<string> Names => WatchedTables.Keys.Append(All);

    public static readonly IReadOnlyDictionary<string, string[]> WatchedTables = new Dictionary<string, string[]>
    {
        [Answers] = ["assessment_unit_answers", "assessment_assessor_answers", "assessment_hasil_entries"],
        [Evidence] = ["evidence_items", "evidence_revisions", "evidence_links", "evidence_reviews"],
        [Staff] = ["staff_members", "units"],
        [Pacts] = ["pact_signatures", "pact_participants"],
    };

    /// <summary>The trigger on <paramref name="table"/> (SQLite: the prefix of its insert, update and delete triggers).</summary>
    public static string TriggerOf(string table) => $"trg_{table}_change_counter";

    /// <summary>The trigger on <paramref name="table"/> that raises <see cref="All"/> (SQLite: the prefix of three).</summary>
    public static string AllTriggerOf(string table) => $"trg_{table}_all_changes";
}
