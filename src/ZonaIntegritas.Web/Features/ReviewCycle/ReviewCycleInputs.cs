namespace ZonaIntegritas.Web.Features.ReviewCycle;

/// <summary>
/// One step of the cycle as its form posts it: <c>approve | submit | review | return | close</c>, and for steps
/// into a windowed stage (review → Reviu Penilai Internal, return → Tindak Lanjut) that stage's window, prefilled.
/// </summary>
public sealed class TransitionInput
{
    public string Action { get; set; } = "";
    public DateOnly? WindowStart { get; set; }
    public DateOnly? WindowEnd { get; set; }
    public string? Note { get; set; }
}

/// <summary><c>ReviewCycle:*</c>: default lengths (days, today included) of windows set while entering a stage.</summary>
public sealed class ReviewCycleOptions
{
    public const string Section = "ReviewCycle";

    public int ReviewDays { get; set; } = 14;
    public int FollowUpDays { get; set; } = 14;
}
