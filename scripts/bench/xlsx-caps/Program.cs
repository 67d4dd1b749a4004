using System.Diagnostics;
using System.Reflection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Features.WorkPlan;

// Refuses the crafted packages through the work plan import's reader (WorkPlanExcel.Read, the code behind
// POST /WorkPlan/Import) and prints time and resident-memory growth per file.
var cellMegabytes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 400;
const int Rounds = 20;
var read = typeof(WorkPlanExcel).GetMethod("Read", BindingFlags.NonPublic | BindingFlags.Static)
    ?? throw new InvalidOperationException("WorkPlanExcel.Read not found.");

var files = new (string Name, byte[] Bytes)[]
{
    ($"xlsx, one cell of {cellMegabytes} MB", CraftedZips.XlsxWithHugeCell(cellMegabytes)),
    ("zip64, 100,000 entries", CraftedZips.ZipWithManyEntries(100_000)),
};
Console.WriteLine($"{"file",-28} {"size",10} {"refused in",12} {"RSS before",12} {"RSS after",12} {"growth",10}  message");
foreach (var (name, bytes) in files)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var before = Rss();
    var peak = before;
    string message = "(accepted!)";
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < Rounds; i++)
    {
        try
        {
            read.Invoke(null, [new MemoryStream(bytes)]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            message = e.InnerException.Message;
        }
        peak = Math.Max(peak, Rss());
    }
    var perRound = watch.Elapsed.TotalMilliseconds / Rounds;
    Console.WriteLine($"{name,-28} {Kb(bytes.Length),10} {perRound,9:0.0} ms {Kb(before),12} {Kb(peak),12} {Kb(peak - before),10}  {message}");
}

static long Rss()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
    }
    return 0;
}

static string Kb(long bytes) => $"{bytes / 1024:N0} KB";
