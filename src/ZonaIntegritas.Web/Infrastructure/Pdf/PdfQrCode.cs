using PdfSharp.Drawing;
using QRCoder;

namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>Draws a QR code as vector squares (sharp at any zoom, no image decoding).</summary>
public static class PdfQrCode
{
    public static void Draw(XGraphics gfx, string payload, double x, double y, double size)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var count = matrix.Count;
        var module = size / count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < count; row++)
        {
            for (var col = 0; col < count; col++)
            {
                if (matrix[row][col])
                {
                    // A hair of overlap avoids white seams between modules in some viewers.
                    gfx.DrawRectangle(XBrushes.Black, x + col * module, y + row * module, module + 0.05, module + 0.05);
                }
            }
        }
    }
}
