using System.Text;
using System.Text.Json;
using ZonaIntegritas.Web.Domain.Lke.Planning;

namespace ZonaIntegritas.Web.Domain.Lke.Exchange;

/// <summary>
/// The <c>plan</c> command's output: <c>target</c>, <c>reachable</c>, <c>steps</c>, <c>changes</c>
/// (<c>code</c>, <c>from</c> (null = unanswered), <c>to</c>, <c>steps</c>, <c>gain</c>), <c>unreachableGates</c>
/// (gate codes as in the score output) and <c>scores</c> after the plan (the score output's <c>scores</c> object).
/// </summary>
public static class ZiLkePlanWriter
{
    public static string Write(PredicatePlan plan)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ZiLkeWriter.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("target", plan.Target);
            w.WriteBoolean("reachable", plan.Reachable);
            w.WriteNumber("steps", plan.Steps);
            w.WriteStartArray("changes");
            foreach (var change in plan.Changes)
            {
                w.WriteStartObject();
                w.WriteString("code", change.Code);
                if (change.From is null)
                {
                    w.WriteNull("from");
                }
                else
                {
                    w.WriteString("from", change.From);
                }
                w.WriteString("to", change.To);
                w.WriteNumber("steps", change.Steps);
                w.WriteNumber("gain", LkeDecimal.Trim(change.Gain));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("unreachableGates");
            foreach (var gate in plan.Unreachable)
            {
                w.WriteStringValue(gate.Code);
            }
            w.WriteEndArray();
            ZiLkeWriter.WriteScores(w, plan.After);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
