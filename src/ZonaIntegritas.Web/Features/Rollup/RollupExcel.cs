using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Office;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>The roll-up as one Excel sheet: the threshold row, then one row per unit (numbers as numbers).</summary>
public static class RollupExcel
{
    public static byte[] Write(RollupViewModel model)
    {
        var headers = new List<string> { "Unit", "Tahap" };
        headers.AddRange(model.AreaLabels);
        headers.Add("Pengungkit");
        headers.AddRange(model.HasilLabels);
        headers.AddRange(["Total", "Terjawab (%)", "Eviden (%)", "Pakta (%)", "Pembaruan terakhir", "Status", "Perlu pendampingan"]);
        var rows = new List<IReadOnlyList<object?>>();
        var threshold = new List<object?> { "Ambang batas (WBK)", "" };
        threshold.AddRange(model.Thresholds.Take(model.AreaLabels.Count).Select(c => (object?)Math.Round(c.Value, 2)));
        threshold.Add(null);
        threshold.AddRange(model.Thresholds.Skip(model.AreaLabels.Count).Select(c => (object?)Math.Round(c.Value, 2)));
        rows.Add(threshold);
        foreach (var r in model.Rows)
        {
            var row = new List<object?> { r.UnitName, r.Stage.Label() };
            row.AddRange(r.Areas.Select(c => (object?)Math.Round(c.Value, 2)));
            row.Add(Math.Round(r.Pengungkit.Value, 2));
            row.AddRange(r.Hasil.Select(c => (object?)Math.Round(c.Value, 2)));
            row.AddRange([Math.Round(r.Total.Value, 2), Math.Round(r.AnsweredRatio * 100, 2), Math.Round(r.EvidenceRatio * 100, 2),
                r.PactRatio is { } p ? Math.Round(p * 100, 2) : null,
                r.LastUpdateUtc is { } u ? Fmt.DateTime(u, model.Zone) : "", r.Verdict, r.NeedsMentoring ? r.MentoringReason : ""]);
            rows.Add(row);
        }
        return SimpleXlsx.Write("Rekap unit", headers, rows);
    }
}
