using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.SubmissionCheck;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Reports;

/// <summary>A generated download.</summary>
public sealed record ReportFile(byte[] Content, string FileName, string ContentType);

public sealed record ReportsPageViewModel(AssessmentHeader Header, string SnapshotCode, int EvidenceFiles, SubmissionCheckResult Check, bool HasAssessorAnswers);

/// <summary>
/// The report downloads of one assessment (PDF, Excel, CSV, TPN pack). The <c>…Async(int id…)</c> methods check the
/// current user's access; the static ones work on loaded <see cref="ReportData"/> (commands, benchmarks).
/// </summary>
public sealed class ReportService(ReportDataLoader loader, AssessmentAccess access, SubmissionCheckService check, EvidenceExportService export, ILogger<ReportService> logger)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public async Task<ReportsPageViewModel> PageAsync(int id, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var data = await loader.LoadAsync(id, ct);
        return new ReportsPageViewModel(AssessmentService.Header(ctx), data.SnapshotCode, data.Evidence.Count, check.Evaluate(data), data.HasAssessorAnswers);
    }

    public async Task<ReportFile> PdfAsync(int id, ReportBasis basis, CancellationToken ct) => Pdf(await loader.LoadAsync(id, ct), basis);

    public async Task<ReportFile> ExcelAsync(int id, CancellationToken ct) => Excel(await loader.LoadAsync(id, ct));

    public async Task<ReportFile> CsvAsync(int id, CancellationToken ct) => Csv(await loader.LoadAsync(id, ct));

    /// <summary>Loads and checks access before anything is sent (a refusal is still a proper 403/404).</summary>
    public Task<ReportData> LoadAsync(int id, CancellationToken ct) => loader.LoadAsync(id, ct);

    public static ReportFile Pdf(ReportData data, ReportBasis basis) =>
        new(ReportPdfWriter.Write(data, basis), $"{data.DocumentStem}.pdf", "application/pdf");

    public static ReportFile Excel(ReportData data) => new(ReportTables.Excel(data), $"{data.DocumentStem}.xlsx", XlsxType);

    public static ReportFile Csv(ReportData data) => new(ReportTables.AnswersCsv(data), $"Jawaban_{data.DocumentStem}.csv", CsvType);

    public static string PackFileName(ReportData data) => data.Root.TrimEnd('/') + ".zip";

    /// <summary>
    /// Writes the TPN submission pack into <paramref name="output"/> (may be non-seekable): index, report, Excel,
    /// answers, the evidence files per question (streamed one by one through the evidence export) and SHA256SUMS.
    /// </summary>
    public async Task WritePackAsync(ReportData data, ReportBasis basis, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = check.Evaluate(data);
        // ZipArchive writes entry trailers and the central directory synchronously on dispose; the wrapper sends
        // those bytes asynchronously, so the response needs no AllowSynchronousIO.
        await using var sink = new DeferredSyncWriteStream(output);
        await using (var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            var sums = new Dictionary<string, string>(StringComparer.Ordinal);
            async Task AddAsync(string name, byte[] content)
            {
                var entry = zip.CreateEntry(data.Root + name, CompressionLevel.Optimal);
                await using (var stream = await entry.OpenAsync(ct))
                {
                    await stream.WriteAsync(content, ct);
                }
                sums[name] = Convert.ToHexStringLower(SHA256.HashData(content));
            }
            await AddAsync(PackNames.IndexXlsx, ReportTables.IndexExcel(data, result));
            await AddAsync(PackNames.IndexCsv, ReportTables.IndexCsv(data, result));
            await AddAsync(PackNames.Report(data), ReportPdfWriter.Write(data, basis));
            await AddAsync(PackNames.Excel(data), ReportTables.Excel(data));
            await AddAsync(PackNames.Answers, ReportTables.AnswersCsv(data));
            await export.WriteFilesAsync(zip, data.Evidence, data.Root, sums, ct);
            var lines = new StringBuilder();
            foreach (var (path, sha) in sums)
            {
                lines.Append(sha).Append("  ").Append(path).Append('\n');
            }
            var sumsEntry = zip.CreateEntry(data.Root + PackNames.Sums, CompressionLevel.Optimal);
            await using var sumsStream = await sumsEntry.OpenAsync(ct);
            await sumsStream.WriteAsync(Encoding.UTF8.GetBytes(lines.ToString()), ct);
        }
        await sink.FlushAsync(ct);
        logger.LogInformation("Submission pack of assessment {AssessmentId} ({Snapshot}): {Files} evidence files, {Red} questions Tidak sesuai",
            data.Assessment.Id, data.SnapshotCode, data.Evidence.Count, result.TidakSesuai);
    }
}

/// <summary>The fixed file names in the pack (relative to its root folder).</summary>
public static class PackNames
{
    public const string IndexXlsx = "00_INDEKS.xlsx";
    public const string IndexCsv = "00_INDEKS.csv";
    public const string Answers = "03_Jawaban.csv";
    public const string Sums = "SHA256SUMS";

    public static string Report(ReportData data) => $"01_{data.DocumentStem}.pdf";

    public static string Excel(ReportData data) => $"02_{data.DocumentStem}.xlsx";
}
