using System.Buffers.Binary;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>What a ZIP package (XLSX, DOCX, PPTX, ZIP) may hold before anything in it is read.</summary>
/// <param name="MaxEntries">Number of entries (files and folders) in the central directory.</param>
/// <param name="MaxEntryBytes">Uncompressed size of any one entry.</param>
/// <param name="MaxTotalBytes">Uncompressed size of all entries together.</param>
/// <remarks>
/// The sizes checked are the ones the central directory declares. That is enough: .NET's <see cref="System.IO.Compression.ZipArchive"/>
/// (which System.IO.Packaging and so the Open XML SDK read through) stops inflating an entry at its declared size,
/// so an entry that understates its size yields no more than it declares.
/// </remarks>
public sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    /// <summary>An imported spreadsheet (work plan): a few sheets of a few thousand rows.</summary>
    public static readonly ZipLimits SpreadsheetImport = new(1_000, 25L * 1024 * 1024, 50L * 1024 * 1024);

    /// <summary>An uploaded Office document whose type is checked (only <c>[Content_Types].xml</c> is read).</summary>
    public static readonly ZipLimits OfficeInspection = new(20_000, 2L * 1024 * 1024 * 1024, 4L * 1024 * 1024 * 1024);
}

/// <summary>Thrown when a package exceeds its <see cref="ZipLimits"/>; the message is for the user.</summary>
public sealed class ZipPackageRefusedException(string message) : Exception(message);

/// <summary>
/// The one guard every ZIP/XLSX read goes through before the package is opened: it reads only the end record
/// and the central directory (bounded by the entry limit), so a 400 KB file that inflates to 400 MB, or one
/// with 100,000 entries, is refused in milliseconds with memory flat. ZIP64 records are understood.
/// </summary>
public static class ZipPackageGuard
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint Zip64EndLocator = 0x07064b50;
    private const uint Zip64End = 0x06064b50;
    private const uint CentralHeader = 0x02014b50;
    private const int EndRecordLength = 22;
    private const int CentralHeaderLength = 46;

    /// <summary>Names and comments of one entry may take at most this much on average in the central directory.</summary>
    private const int MaxCentralBytesPerEntry = 1024;

    /// <summary>Checks <paramref name="package"/> (seekable; its position is restored) against <paramref name="limits"/>.</summary>
    /// <exception cref="ZipPackageRefusedException">Over a limit, with an Indonesian message for the user.</exception>
    /// <exception cref="InvalidDataException">Not a readable ZIP (no end record, a central directory out of bounds or cut short).</exception>
    public static void EnsureWithinLimits(Stream package, ZipLimits limits)
    {
        if (!package.CanSeek)
        {
            throw new ArgumentException("The package stream must be seekable.", nameof(package));
        }
        var start = package.Position;
        try
        {
            var (declaredEntries, centralSize, centralOffset) = ReadEndRecord(package);
            if (declaredEntries > (ulong)limits.MaxEntries)
            {
                throw TooManyEntries(declaredEntries, limits);
            }
            if (centralSize > (ulong)limits.MaxEntries * MaxCentralBytesPerEntry + 64 * 1024)
            {
                throw TooManyEntries(centralSize / CentralHeaderLength, limits);
            }
            if (centralOffset > (ulong)package.Length || centralSize > (ulong)package.Length - centralOffset)
            {
                throw Damaged();
            }
            var central = new byte[(int)centralSize];
            package.Position = (long)centralOffset;
            package.ReadExactly(central);
            CheckCentralDirectory(central, limits);
        }
        catch (EndOfStreamException)
        {
            throw Damaged();
        }
        finally
        {
            package.Position = start;
        }
    }

    private static (ulong Entries, ulong CentralSize, ulong CentralOffset) ReadEndRecord(Stream package)
    {
        var length = package.Length;
        if (length < EndRecordLength)
        {
            throw Damaged();
        }
        var tailLength = (int)Math.Min(length, EndRecordLength + ushort.MaxValue);
        var tail = new byte[tailLength];
        package.Position = length - tailLength;
        package.ReadExactly(tail);
        for (var i = tailLength - EndRecordLength; i >= 0; i--)
        {
            var span = tail.AsSpan(i);
            if (BinaryPrimitives.ReadUInt32LittleEndian(span) != EndOfCentralDirectory
                || BinaryPrimitives.ReadUInt16LittleEndian(span[20..]) != tailLength - i - EndRecordLength)
            {
                continue;
            }
            ulong entries = BinaryPrimitives.ReadUInt16LittleEndian(span[10..]);
            ulong size = BinaryPrimitives.ReadUInt32LittleEndian(span[12..]);
            ulong offset = BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
            if (entries == ushort.MaxValue || size == uint.MaxValue || offset == uint.MaxValue)
            {
                var endPosition = length - tailLength + i;
                (entries, size, offset) = ReadZip64EndRecord(package, endPosition, (entries, size, offset));
            }
            return (entries, size, offset);
        }
        throw Damaged();
    }

    private static (ulong, ulong, ulong) ReadZip64EndRecord(Stream package, long endPosition, (ulong, ulong, ulong) fallback)
    {
        if (endPosition < 20)
        {
            return fallback;
        }
        Span<byte> locator = stackalloc byte[20];
        package.Position = endPosition - 20;
        package.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64EndLocator)
        {
            return fallback;
        }
        var recordOffset = BinaryPrimitives.ReadUInt64LittleEndian(locator[8..]);
        if (recordOffset > (ulong)(endPosition - 56))
        {
            throw Damaged();
        }
        Span<byte> record = stackalloc byte[56];
        package.Position = (long)recordOffset;
        package.ReadExactly(record);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64End)
        {
            throw Damaged();
        }
        return (BinaryPrimitives.ReadUInt64LittleEndian(record[32..]), BinaryPrimitives.ReadUInt64LittleEndian(record[40..]),
            BinaryPrimitives.ReadUInt64LittleEndian(record[48..]));
    }

    private static void CheckCentralDirectory(ReadOnlySpan<byte> central, ZipLimits limits)
    {
        var entries = 0;
        ulong total = 0;
        var position = 0;
        while (position + CentralHeaderLength <= central.Length
            && BinaryPrimitives.ReadUInt32LittleEndian(central[position..]) == CentralHeader)
        {
            if (++entries > limits.MaxEntries)
            {
                throw TooManyEntries((ulong)entries, limits);
            }
            var header = central[position..];
            ulong size = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            var next = position + CentralHeaderLength + nameLength + extraLength + commentLength;
            if (next > central.Length)
            {
                throw Damaged();
            }
            if (size == uint.MaxValue)
            {
                size = Zip64Size(central.Slice(position + CentralHeaderLength + nameLength, extraLength)) ?? throw Damaged();
            }
            if (size > (ulong)limits.MaxEntryBytes)
            {
                throw EntryTooLarge(size, limits);
            }
            total += size;
            if (total > (ulong)limits.MaxTotalBytes)
            {
                throw TotalTooLarge(total, limits);
            }
            position = next;
        }
    }

    /// <summary>The uncompressed size from the ZIP64 extra field (it comes first when the header says 0xFFFFFFFF).</summary>
    private static ulong? Zip64Size(ReadOnlySpan<byte> extra)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (4 + length > extra.Length)
            {
                return null;
            }
            if (id == 0x0001 && length >= 8)
            {
                return BinaryPrimitives.ReadUInt64LittleEndian(extra[4..]);
            }
            extra = extra[(4 + length)..];
        }
        return null;
    }

    private static string Megabytes(ulong bytes) => Fmt.Number(Math.Round(bytes / (1024m * 1024m), 1), 1) + " MB";

    private static ZipPackageRefusedException TooManyEntries(ulong entries, ZipLimits limits) => new(
        $"Berkas ditolak: berisi terlalu banyak bagian ({Fmt.Integer((long)Math.Min(entries, long.MaxValue))}; maksimal " +
        $"{Fmt.Integer(limits.MaxEntries)}). Isinya tidak dibaca.");

    private static ZipPackageRefusedException EntryTooLarge(ulong bytes, ZipLimits limits) => new(
        $"Berkas ditolak: satu bagian di dalamnya menjadi {Megabytes(bytes)} setelah dibuka (maksimal " +
        $"{Megabytes((ulong)limits.MaxEntryBytes)} per bagian). Isinya tidak dibaca.");

    private static ZipPackageRefusedException TotalTooLarge(ulong bytes, ZipLimits limits) => new(
        $"Berkas ditolak: isinya menjadi lebih dari {Megabytes((ulong)limits.MaxTotalBytes)} setelah dibuka " +
        $"(terbaca {Megabytes(bytes)}). Isinya tidak dibaca.");

    /// <summary>Not a readable ZIP: callers already answer that with their own "not a valid …" message.</summary>
    private static InvalidDataException Damaged() => new("The package is not a readable ZIP archive.");
}
