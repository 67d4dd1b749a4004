using System.Diagnostics;

namespace ZonaIntegritas.UnitTests.Pdf;

/// <summary>Text of a PDF through poppler's <c>pdftotext</c> (Debian's poppler-utils, installed by the test script).</summary>
public static class PdfTextExtractor
{
    public static string Extract(byte[] pdf, int? page = null)
    {
        var file = Path.Combine(Path.GetTempPath(), "zi-pdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            if (page is { } p)
            {
                start.ArgumentList.Add("-f");
                start.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
                start.ArgumentList.Add("-l");
                start.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            start.ArgumentList.Add("-layout");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}): {errors}");
            }
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var doc = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return doc.PageCount;
    }
}
