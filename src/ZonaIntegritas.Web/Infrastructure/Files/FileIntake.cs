using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>An upload that passed the gate: staged (not yet stored), its detected type and its sanitised name.</summary>
public sealed class AcceptedFile(StagedFile staged, FileTypeInfo? type, string fileName) : IAsyncDisposable
{
    public StagedFile Staged { get; } = staged;

    /// <summary>The type recognised by content; null for imports whose content is checked by their parser (CSV, JSON).</summary>
    public FileTypeInfo? Type { get; } = type;

    public string FileName { get; } = fileName;

    public ValueTask DisposeAsync() => Staged.DisposeAsync();
}

/// <summary>
/// The one file intake (ADR 0014): every uploaded file passes <see cref="AcceptAsync(IFormFile?, UploadPurpose, CancellationToken)"/>
/// (or <see cref="VerifyAsync"/> for streamed uploads) — empty file, size limit of its <see cref="UploadPurpose"/>,
/// type by content, virus scan — and is kept in the one content-addressed <see cref="IFileStore"/> with a
/// <see cref="StoredFile"/> row (<see cref="StoreAsync"/>). Refusals are <see cref="UploadRejectedException"/> with
/// the messages of <see cref="UploadMessages"/>. Files stored before the intake (decree scans under
/// <c>scans/</c>, pact scans under <c>pakta/</c>) keep their path keys and are read through <see cref="OpenReadAsync"/>.
/// </summary>
public sealed class FileIntake(
    IFileStore store,
    IFileScanner scanner,
    AppDbContext db,
    IOptions<UploadOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ILogger<FileIntake> logger)
{
    /// <summary>Folder of decree scans stored before the intake (keys <c>yyyy/guid.ext</c>).</summary>
    public const string LegacyScanFolder = "scans";

    /// <summary>Folder of pact files stored before the intake (keys <c>pindaian/yyyy/guid.ext</c>).</summary>
    public const string LegacyPactFolder = "pakta";

    public IFileStore Store => store;

    public long MaxBytes(UploadPurpose purpose) => options.Value.MaxBytesFor(purpose);

    /// <summary>The types a purpose accepts; empty for imports whose parser checks the content (CSV, JSON).</summary>
    public static IReadOnlySet<FileKind> KindsFor(UploadPurpose purpose) => purpose switch
    {
        UploadPurpose.Evidence => FileTypeInspector.AllKinds,
        UploadPurpose.DecreeScan or UploadPurpose.PactScan => FileTypeInspector.ScanKinds,
        UploadPurpose.DrawnSignature => SignatureKinds,
        UploadPurpose.WorkPlanImport => SpreadsheetKinds,
        _ => NoKinds,
    };

    private static readonly IReadOnlySet<FileKind> SignatureKinds = new HashSet<FileKind> { FileKind.Png };
    private static readonly IReadOnlySet<FileKind> SpreadsheetKinds = new HashSet<FileKind> { FileKind.Xlsx };
    private static readonly IReadOnlySet<FileKind> NoKinds = new HashSet<FileKind>();

    /// <summary>Checks a bound form file and stages it. Throws <see cref="UploadRejectedException"/>; the caller disposes the result.</summary>
    public async Task<AcceptedFile> AcceptAsync(IFormFile? file, UploadPurpose purpose, CancellationToken ct)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            throw new UploadRejectedException(UploadMessages.NoFile);
        }
        if (file.Length == 0)
        {
            throw new UploadRejectedException(UploadMessages.Empty(file.FileName), StatusCodes.Status415UnsupportedMediaType);
        }
        var max = MaxBytes(purpose);
        if (file.Length > max)
        {
            throw new UploadRejectedException(UploadMessages.TooLarge(max), StatusCodes.Status413PayloadTooLarge);
        }
        await using var content = file.OpenReadStream();
        return await AcceptAsync(content, file.FileName, purpose, ct);
    }

    /// <summary>Checks content given as a stream (a decoded drawn signature, a generated document) and stages it.</summary>
    public async Task<AcceptedFile> AcceptAsync(Stream content, string? fileName, UploadPurpose purpose, CancellationToken ct)
    {
        var max = MaxBytes(purpose);
        StagedFile staged;
        try
        {
            staged = await store.StageAsync(content, max, ct);
        }
        catch (FileTooLargeException)
        {
            throw new UploadRejectedException(UploadMessages.TooLarge(max), StatusCodes.Status413PayloadTooLarge);
        }
        try
        {
            var name = FileNameSanitizer.Sanitize(fileName);
            var type = await VerifyAsync(staged, name, purpose, ct);
            return new AcceptedFile(staged, type, name);
        }
        catch
        {
            await staged.DisposeAsync();
            throw;
        }
    }

    /// <summary>Empty file, type by content (for the purpose), then the virus scan when one is configured.</summary>
    public async Task<FileTypeInfo?> VerifyAsync(StagedFile staged, string fileName, UploadPurpose purpose, CancellationToken ct)
    {
        if (staged.Length == 0)
        {
            throw new UploadRejectedException(UploadMessages.Empty(fileName), StatusCodes.Status415UnsupportedMediaType);
        }
        await using var content = staged.OpenRead();
        FileTypeInfo? type = null;
        var kinds = KindsFor(purpose);
        if (kinds.Count > 0)
        {
            var inspection = FileTypeInspector.Inspect(content, fileName, kinds);
            if (!inspection.IsAllowed)
            {
                logger.LogInformation("Upload for {Purpose} refused: {Reason}", purpose, inspection.Error);
                throw new UploadRejectedException(UploadMessages.WrongType(inspection.Error!, kinds), StatusCodes.Status415UnsupportedMediaType);
            }
            type = inspection.Type;
        }
        if (scanner.IsEnabled)
        {
            content.Position = 0;
            var scan = await scanner.ScanAsync(content, ct);
            if (scan.Outcome == FileScanOutcome.Infected)
            {
                logger.LogWarning("Infected upload rejected: {Signature} in {Sha256} for {Purpose}", scan.Detail, staged.Sha256, purpose);
                throw new UploadRejectedException(UploadMessages.Infected(scan.Detail), StatusCodes.Status422UnprocessableEntity);
            }
            if (scan.Outcome == FileScanOutcome.Failed)
            {
                throw new UploadRejectedException(UploadMessages.ScanFailed, StatusCodes.Status503ServiceUnavailable);
            }
        }
        return type;
    }

    /// <summary>
    /// Moves the staged file to its content address and adds its <see cref="StoredFile"/> row to the context when it is
    /// new (saved by the caller's <c>SaveChangesAsync</c>). True when the content was not stored before; pass it to
    /// <see cref="ForgetAsync"/> when the caller's save fails.
    /// </summary>
    public async Task<bool> StoreAsync(StagedFile staged, string contentType, CancellationToken ct)
    {
        var known = await db.Set<StoredFile>().AnyAsync(f => f.Sha256 == staged.Sha256, ct)
            || db.ChangeTracker.Entries<StoredFile>().Any(e => e.Entity.Sha256 == staged.Sha256);
        var created = await store.CommitAsync(staged, ct);
        if (!known)
        {
            db.Add(new StoredFile { Sha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = contentType, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        return created;
    }

    /// <summary>After a failed save: removes content this request added to the store, unless a saved record refers to it.</summary>
    public async Task ForgetAsync(string sha256, bool created)
    {
        if (created && !await db.Set<StoredFile>().AsNoTracking().AnyAsync(f => f.Sha256 == sha256))
        {
            await store.DeleteAsync(sha256);
        }
    }

    /// <summary>
    /// Opens a stored file by its key: a SHA-256 (the store) or a path key written before the intake, resolved under
    /// <paramref name="legacyFolder"/>. Null when the file is missing.
    /// </summary>
    public async Task<Stream?> OpenReadAsync(string key, string legacyFolder, CancellationToken ct)
    {
        if (FileCleanup.IsSha256(key))
        {
            return await store.ExistsAsync(key, ct) ? await store.OpenReadAsync(key, ct) : null;
        }
        var path = LegacyPath(storage.Value.DataPath, legacyFolder, key);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    /// <summary>Reads a whole stored file (small files: scans for PDFs). Throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    public async Task<byte[]> ReadAllBytesAsync(string key, string legacyFolder, CancellationToken ct)
    {
        await using var stream = await OpenReadAsync(key, legacyFolder, ct) ?? throw new FileNotFoundException("Stored file is missing.", key);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>
    /// Called when a record stops referring to a file. Content-addressed files stay (another record may hold the same
    /// content, like evidence revisions); a pre-intake file owned by that one record is deleted.
    /// </summary>
    public void Release(string? key, string legacyFolder)
    {
        if (key is null || FileCleanup.IsSha256(key))
        {
            return;
        }
        FileCleanup.TryDelete(LegacyPath(storage.Value.DataPath, legacyFolder, key));
    }

    /// <summary>The path of a pre-intake key; refuses keys that would leave the folder.</summary>
    public static string LegacyPath(string dataPath, string legacyFolder, string key)
    {
        var root = Path.GetFullPath(Path.Combine(dataPath, legacyFolder));
        var path = Path.GetFullPath(Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar)));
        if (Path.IsPathRooted(key) || !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The file key leaves the storage folder.", nameof(key));
        }
        return path;
    }
}
