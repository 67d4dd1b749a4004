using System.IO.Compression;
using System.Text;
using ZonaIntegritas.Web.Features.Evidence;

namespace ZonaIntegritas.UnitTests.Evidence;

/// <summary>Good and bad sample files for the type inspector, made in code.</summary>
internal static class TestFiles
{
    public static byte[] Pdf => EvidenceDemoFiles.Pdf("Uji");
    public static byte[] Png => EvidenceDemoFiles.Png();
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];
    public static byte[] Mp4 => [0, 0, 0, 0x18, .. "ftypmp42"u8, 0, 0, 0, 0, .. "isommp42"u8, 0, 0, 0, 8, .. "free"u8];
    public static byte[] Heic => [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8];
    public static byte[] Exe => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. new byte[64]];
    public static byte[] Elf => [0x7F, .. "ELF"u8, 2, 1, 1, 0, .. new byte[32]];
    public static byte[] Shell => Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /\n");
    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>");
    public static byte[] HtmlWithBom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("  <html><script>alert(1)</script></html>")];
    public static byte[] Svg => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");
    public static byte[] Rar => [.. "Rar!\x1A\x07\x01\x00"u8, .. new byte[16]];
    public static byte[] SevenZip => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4, .. new byte[16]];
    public static byte[] Gzip => [0x1F, 0x8B, 8, 0, .. new byte[16]];
    public static byte[] OldOffice => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[32]];
    public static byte[] Text => Encoding.UTF8.GetBytes("Ini hanya teks biasa.\n");

    public static byte[] Docx => Office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml");
    public static byte[] Xlsx => Office("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml");
    public static byte[] Pptx => Office("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "ppt/presentation.xml");
    public static byte[] Docm => Office("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml", "word/vbaProject.bin");

    /// <summary>Claims to be a Word document but has no word/ part.</summary>
    public static byte[] DocxWithoutParts => Office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "other/thing.xml");

    public static byte[] PlainZip => Zip(("readme.txt", "halo"), ("setup.exe", "MZ"));

    public static byte[] Office(string mainType, string mainPart, params string[] extraParts)
    {
        var partName = "/" + mainPart;
        var types = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="{partName}" ContentType="{mainType}"/>
            </Types>
            """;
        var entries = new List<(string, string)> { ("[Content_Types].xml", types), ("_rels/.rels", "<Relationships/>"), (mainPart, "<doc/>") };
        entries.AddRange(extraParts.Select(p => (p, "binary")));
        return Zip([.. entries]);
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
