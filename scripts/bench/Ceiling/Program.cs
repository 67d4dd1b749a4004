using System.Globalization;
using System.Security.Cryptography;

// The most this machine can do for two of issue 19's targets, with no portal in the way: a Kestrel process that
// answers /health, writes one in-memory body of a given size (/blob) and reads an upload to the end, with or without
// SHA-256 of its bytes (/sink, /sink-hash). Usage: Ceiling BLOB-BYTES --urls URL
var blobBytes = int.Parse(args[0], CultureInfo.InvariantCulture);
var builder = WebApplication.CreateBuilder(args[1..]);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = null);
var app = builder.Build();
var blob = new byte[blobBytes];
new Random(19).NextBytes(blob);

app.MapGet("/health", () => "Healthy");
app.MapGet("/blob", async context =>
{
    context.Response.ContentType = "application/pdf";
    context.Response.ContentLength = blob.Length;
    await context.Response.Body.WriteAsync(blob, context.RequestAborted);
});
app.MapPost("/sink", async context => await context.Response.WriteAsync(await ReadAsync(context.Request.Body, null)));
app.MapPost("/sink-hash", async context =>
{
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    await context.Response.WriteAsync(await ReadAsync(context.Request.Body, hash));
});
app.Run();

static async Task<string> ReadAsync(Stream body, IncrementalHash? hash)
{
    var buffer = new byte[1 << 20];
    long total = 0;
    int read;
    while ((read = await body.ReadAsync(buffer)) > 0)
    {
        hash?.AppendData(buffer, 0, read);
        total += read;
    }
    return total.ToString(CultureInfo.InvariantCulture);
}
