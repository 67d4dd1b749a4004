using System.Diagnostics;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Features.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>The shared ZIP guard: hostile packages are refused from their central directory, before any read.</summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
public class ZipReadCapsTests
{
    private static readonly Lazy<byte[]> HugeCell = new(() => CraftedZips.XlsxWithHugeCell(200));
    private static readonly Lazy<byte[]> ManyEntries = new(() => CraftedZips.ZipWithManyEntries(100_000));

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    [Fact]
    public void An_xlsx_whose_one_cell_inflates_to_200_MB_is_refused_quickly_from_its_central_directory()
    {
        HugeCell.Value.Length.ShouldBeLessThan(1024 * 1024, "the crafted file compresses tiny");
        ZipPackageRefusedException? refusal = null;

        var elapsed = Time(() => refusal = Should.Throw<ZipPackageRefusedException>(
            () => ZipPackageGuard.EnsureWithinLimits(new MemoryStream(HugeCell.Value), ZipLimits.SpreadsheetImport)));

        refusal!.Message.ShouldContain("setelah dibuka");
        refusal.Message.ShouldContain("per bagian");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_zip_with_100000_entries_is_refused_quickly_before_its_entries_are_read()
    {
        ManyEntries.Value.Length.ShouldBeLessThan(5 * 1024 * 1024, "small enough to pass the 5 MB upload limit");
        ZipPackageRefusedException? refusal = null;

        var elapsed = Time(() => refusal = Should.Throw<ZipPackageRefusedException>(
            () => ZipPackageGuard.EnsureWithinLimits(new MemoryStream(ManyEntries.Value), ZipLimits.SpreadsheetImport)));

        refusal!.Message.ShouldContain("terlalu banyak bagian (100.000; maksimal 1.000)");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void An_uploaded_office_file_with_100000_entries_is_refused_by_the_type_check()
    {
        var elapsed = Time(() =>
        {
            var inspection = FileTypeInspector.Inspect(new MemoryStream(ManyEntries.Value), "laporan.docx");
            inspection.IsAllowed.ShouldBeFalse();
            inspection.Error.ShouldNotBeNull().ShouldContain("terlalu banyak bagian");
        });
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_zip_whose_central_directory_understates_an_entry_yields_only_the_declared_bytes()
    {
        // Why the guard may trust declared sizes: ZipArchive (under System.IO.Packaging and the Open XML SDK)
        // stops inflating at the declared size, so a 30 MB entry declared as 10 bytes reads as 10 bytes.
        var lying = new MemoryStream(CraftedZips.ZipThatLiesAboutItsSize(30));
        ZipPackageGuard.EnsureWithinLimits(lying, ZipLimits.SpreadsheetImport);

        using var zip = new System.IO.Compression.ZipArchive(lying);
        using var content = zip.Entries.ShouldHaveSingleItem().Open();
        var read = 0L;
        var buffer = new byte[81920];
        int n;
        while ((n = content.Read(buffer)) > 0)
        {
            read += n;
        }
        read.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public void The_portals_own_work_plan_export_passes_the_guard_and_the_position_is_kept()
    {
        var file = WorkPlanExcel.Write("Rencana", ["Area", "Kegiatan"], [["A", "Apel integritas"], ["B", "Sosialisasi"]]);
        var stream = new MemoryStream(file) { Position = 0 };

        ZipPackageGuard.EnsureWithinLimits(stream, ZipLimits.SpreadsheetImport);

        stream.Position.ShouldBe(0);
    }

    [Fact]
    public void Text_that_is_not_a_zip_is_invalid_data_not_a_limit()
    {
        Should.Throw<InvalidDataException>(() => ZipPackageGuard.EnsureWithinLimits(new MemoryStream("Area;Kegiatan\nA;Rapat"u8.ToArray()), ZipLimits.SpreadsheetImport));
    }

    /// <summary>Used by the work plan page test and the benchmark.</summary>
    internal static byte[] HugeCellFile => HugeCell.Value;

    internal static byte[] ManyEntriesFile => ManyEntries.Value;
}
