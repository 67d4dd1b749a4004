using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Reports;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Lke;

// Usage: ReportBench [evidence-rows=500] [pack-megabytes=2048] [pack-files=64]
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var packMegabytes = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 2048;
var packFiles = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
var dataPath = Path.Combine(Path.GetTempPath(), "zi-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dataPath);
try
{
    await using var factory = new BenchFactory(dataPath);
    _ = factory.Server; // start: migrations and demo data
    var (reportId, packId) = await SeedAsync(factory, rows, packMegabytes, packFiles);

    // 1. A full report: 110 questions, both bases, `rows` evidence rows.
    var times = new List<double>();
    var loads = new List<double>();
    byte[] pdf = [];
    for (var i = 0; i < 6; i++)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sw = Stopwatch.StartNew();
        var data = await scope.ServiceProvider.GetRequiredService<ReportDataLoader>().LoadUncheckedAsync(reportId, CancellationToken.None);
        var loaded = sw.Elapsed.TotalMilliseconds;
        pdf = ReportPdfWriter.Write(data, ReportBasis.Both);
        sw.Stop();
        if (i > 0)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
            loads.Add(loaded);
        }
        else
        {
            Console.WriteLine($"report: first run (cold, incl. font and chart start-up) {sw.Elapsed.TotalMilliseconds:0} ms");
        }
    }
    times.Sort();
    Console.WriteLine($"report: {data_count(rows)} · {pdf.Length / 1024} KB PDF · median {times[times.Count / 2]:0} ms, max {times[^1]:0} ms over {times.Count} warm runs (load from database + PDF, both bases; load alone median {loads.Order().ElementAt(loads.Count / 2):0} ms)");

    // 2. The pack of a large evidence set, written to a null stream (as to a slow client): resident memory growth.
    await using (var scope = factory.Services.CreateAsyncScope())
    {
        var sp = scope.ServiceProvider;
        var data = await sp.GetRequiredService<ReportDataLoader>().LoadUncheckedAsync(packId, CancellationToken.None);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = Rss();
        var peak = baseline;
        using var cts = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!cts.IsCancellationRequested)
            {
                peak = Math.Max(peak, Rss());
                await Task.Delay(10);
            }
        });
        var counting = new CountingStream();
        var sw = Stopwatch.StartNew();
        await sp.GetRequiredService<ReportService>().WritePackAsync(data, ReportBasis.Unit, counting, CancellationToken.None);
        sw.Stop();
        await cts.CancelAsync();
        await sampler;
        peak = Math.Max(peak, Rss());
        Console.WriteLine($"pack: {data.Evidence.Count} evidence files, {counting.Length / 1024 / 1024} MB ZIP in {sw.Elapsed.TotalSeconds:0.0} s · RSS {baseline / 1024 / 1024} MB before, peak {peak / 1024 / 1024} MB · growth {(peak - baseline) / 1024.0 / 1024.0:0.0} MB");
    }
}
finally
{
    Directory.Delete(dataPath, recursive: true);
}

static string data_count(int rows) => $"110 questions, {rows} evidence rows";

static long Rss()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
    }
    return Environment.WorkingSet;
}

static async Task<(int Report, int Pack)> SeedAsync(BenchFactory factory, int rows, long packMegabytes, int packFiles)
{
    await using var scope = factory.Services.CreateAsyncScope();
    var sp = scope.ServiceProvider;
    var db = sp.GetRequiredService<AppDbContext>();
    var store = sp.GetRequiredService<IFileStore>();
    var template = LkeTemplateFile.LoadEmbedded();
    var office = await db.Units.FirstAsync(u => u.Code == "KEMENAG-KOTA-MALANG");
    var uploader = await db.Users.Where(u => u.Email == "ketua@zi.demo").Select(u => u.Id).FirstAsync();
    var questions = template.Questions.ToList();

    async Task<int> AssessmentAsync(int year)
    {
        var a = Assessment.Create(office.Id, year, TargetPredicate.Wbk, LkeTemplateFile.DefaultVersion);
        db.Add(a);
        await db.SaveChangesAsync();
        var i = 0;
        foreach (var q in questions)
        {
            i++;
            var (option, inputs) = q.Percentage is { } rule
                ? ((string?)null, (IReadOnlyDictionary<string, long>?)rule.Inputs.ToDictionary(x => x.Key, x => x.Key == rule.Denominator ? 10L : 7L))
                : (q.Options[i % q.Options.Count].Key, null);
            var unit = new UnitAnswer(a.Id, q.Code);
            unit.Change(option, inputs, i % 3 == 0 ? "Catatan unit untuk pertanyaan " + q.Code : null, uploader, "Bench", DateTime.UtcNow);
            db.Add(unit);
            var assessor = new AssessorAnswer(a.Id, q.Code, uploader);
            assessor.Change(q.Percentage is null ? q.Options[(i + 1) % q.Options.Count].Key : null, inputs, "Catatan penilai " + q.Code, i % 10 == 0, i % 10 == 0 ? "Perbaiki " + q.Code : null, uploader, "Bench", DateTime.UtcNow);
            db.Add(assessor);
        }
        foreach (var code in new[] { "HBA", "HBB", "HPA" })
        {
            var entry = new HasilEntry(a.Id, code);
            entry.Change(code == "HBB" ? new HasilAnswer(null, OptionKey: "B", Provisional: true) : new HasilAnswer(3.4m, Provisional: true), "bench", uploader, "Bench", DateTime.UtcNow);
            db.Add(entry);
        }
        await db.SaveChangesAsync();
        return a.Id;
    }

    async Task AddEvidenceAsync(int year, int count, long bytesEach)
    {
        for (var n = 0; n < count; n++)
        {
            await using var staged = await store.StageAsync(new RandomStream(bytesEach), long.MaxValue);
            await store.CommitAsync(staged);
            db.Add(new StoredFile { Sha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = "application/pdf", CreatedAtUtc = DateTime.UtcNow });
            var item = new EvidenceItem
            {
                UnitId = office.Id, Title = $"Dokumen pendukung nomor {n + 1} untuk penilaian {year}", DocumentDate = new DateOnly(year, 1 + n % 12, 1 + n % 28),
                Year = year, AreaCode = questions[n % questions.Count].Code[2..3], UploadedById = uploader,
            };
            var revision = new EvidenceRevision
            {
                Item = item, Number = 1, StoredFileSha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = "application/pdf",
                FileName = $"dokumen-{n + 1}.pdf", Extension = ".pdf", UploadedById = uploader, UploadedAtUtc = DateTime.UtcNow,
            };
            item.Revisions.Add(revision);
            item.Links.Add(new EvidenceLink { UnitId = office.Id, Year = year, QuestionCode = questions[n % questions.Count].Code });
            db.Add(item);
            await db.SaveChangesAsync();
            item.CurrentRevisionId = revision.Id;
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    var reportId = await AssessmentAsync(2091);
    await AddEvidenceAsync(2091, rows, 4096);
    var packId = await AssessmentAsync(2092);
    await AddEvidenceAsync(2092, packFiles, packMegabytes * 1024 * 1024 / packFiles);
    return (reportId, packId);
}

internal sealed class BenchFactory(string dataPath) : WebApplicationFactory<ReportService>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(dataPath, "bench.db")}");
        builder.UseSetting("Storage:DataPath", dataPath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(dataPath, "logs", "bench-.log"));
    }
}

/// <summary>Random bytes of a given length, generated while read (never held in memory).</summary>
internal sealed class RandomStream(long length) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        RandomNumberGenerator.Fill(buffer.AsSpan(offset, n));
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A write-only sink that counts bytes (a client that reads everything).</summary>
internal sealed class CountingStream : Stream
{
    private long _length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => _length += count;
    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) { _length += count; return Task.CompletedTask; }
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) { _length += buffer.Length; return ValueTask.CompletedTask; }
}
