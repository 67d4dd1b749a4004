using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>Hostile ZIP packages for the read caps (also compiled into scripts/bench/xlsx-caps).</summary>
public static class CraftedZips
{
    /// <summary>
    /// A valid XLSX whose only shared string is <paramref name="cellMegabytes"/> MB of one letter: a few hundred KB on
    /// disk, and a parser that trusts it inflates it all into memory.
    /// </summary>
    public static byte[] XlsxWithHugeCell(int cellMegabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Add(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Rencana" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Add(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
                """);
            Add(zip, "xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>
                """);
            var entry = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal);
            using var stream = entry.Open();
            stream.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"""u8);
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'A');
            for (var i = 0; i < cellMegabytes; i++)
            {
                stream.Write(chunk);
            }
            stream.Write("</t></si></sst>"u8);
        }
        return output.ToArray();
    }

    /// <summary>
    /// A ZIP64 archive whose central directory lists <paramref name="entries"/> entries, all pointing at one empty
    /// stored file: under 5 MB for 100,000 entries, and a reader that trusts it builds 100,000 entry objects.
    /// </summary>
    public static byte[] ZipWithManyEntries(int entries)
    {
        using var output = new MemoryStream();
        var name = "a"u8.ToArray();
        // Local file header (stored, empty).
        Write32(output, 0x04034b50);
        Write16(output, 20); Write16(output, 0); Write16(output, 0); Write16(output, 0); Write16(output, 0x21);
        Write32(output, 0); Write32(output, 0); Write32(output, 0);
        Write16(output, (ushort)name.Length); Write16(output, 0);
        output.Write(name);
        var centralOffset = output.Position;
        for (var i = 0; i < entries; i++)
        {
            Write32(output, 0x02014b50);
            Write16(output, 45); Write16(output, 20); Write16(output, 0); Write16(output, 0); Write16(output, 0); Write16(output, 0x21);
            Write32(output, 0); Write32(output, 0); Write32(output, 0);
            Write16(output, (ushort)name.Length); Write16(output, 0); Write16(output, 0); Write16(output, 0); Write16(output, 0);
            Write32(output, 0); Write32(output, 0);
            output.Write(name);
        }
        var centralSize = output.Position - centralOffset;
        var zip64End = output.Position;
        Write32(output, 0x06064b50);
        Write64(output, 44);
        Write16(output, 45); Write16(output, 45); Write32(output, 0); Write32(output, 0);
        Write64(output, (ulong)entries); Write64(output, (ulong)entries);
        Write64(output, (ulong)centralSize); Write64(output, (ulong)centralOffset);
        Write32(output, 0x07064b50);
        Write32(output, 0); Write64(output, (ulong)zip64End); Write32(output, 1);
        Write32(output, 0x06054b50);
        Write16(output, 0); Write16(output, 0); Write16(output, 0xFFFF); Write16(output, 0xFFFF);
        Write32(output, 0xFFFFFFFF); Write32(output, 0xFFFFFFFF); Write16(output, 0);
        return output.ToArray();
    }

    /// <summary>
    /// A ZIP whose central directory says its one entry is 10 bytes while it inflates to <paramref name="megabytes"/> MB.
    /// </summary>
    public static byte[] ZipThatLiesAboutItsSize(int megabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open();
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(chunk);
            }
        }
        var bytes = output.ToArray();
        // Patch the uncompressed size in the central directory header (offset 24) and the local header (offset 22).
        var central = bytes.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), 10);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), 10);
        return bytes;
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text.Trim()));
    }

    private static void Write16(Stream s, ushort v)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        s.Write(b);
    }

    private static void Write32(Stream s, uint v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        s.Write(b);
    }

    private static void Write64(Stream s, ulong v)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(b, v);
        s.Write(b);
    }
}
