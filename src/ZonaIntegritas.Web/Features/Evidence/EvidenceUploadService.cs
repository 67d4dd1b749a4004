using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// Streamed evidence uploads, one file per request: the metadata is checked (with the user's rights) before the
/// first file byte is read; the file is staged while hashed, inspected by content, optionally virus-scanned, then
/// stored by SHA-256 and recorded in one transaction. Any refusal leaves neither a record nor a file behind.
/// </summary>
public sealed class EvidenceUploadService(
    AppDbContext db,
    FileIntake intake,
    EvidenceAccess access,
    EvidenceCatalog catalog,
    AssessmentFreeze freeze,
    IValidator<UploadEvidenceInput> validator,
    UploadGate gate,
    PortalLinks links,
    ILogger<EvidenceUploadService> logger)
{
    public long MaxBytes => intake.MaxBytes(UploadPurpose.Evidence);

    public IFileStore Store => intake.Store;

    /// <summary>Checks the form fields of a new upload (validation, codes, unit and area rights) before the file arrives.</summary>
    public async Task<UploadEvidenceInput> PrepareNewAsync(IReadOnlyDictionary<string, string> fields, CancellationToken ct)
    {
        var input = UploadEvidenceInput.FromFields(fields);
        var result = await validator.ValidateAsync(input, ct);
        if (!result.IsValid)
        {
            throw new UploadRejectedException(string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct()));
        }
        input.QuestionCodes = [.. await catalog.ValidateCodesAsync(input.QuestionCodes, ct)];
        input.AreaCode ??= ChangeAreas.FromLkeCode(input.QuestionCodes[0]);
        await access.EnsureEditAsync(input.UnitId, [input.AreaCode, .. input.QuestionCodes.Select(ChangeAreas.FromLkeCode)], ct);
        await FrozenCheckAsync(() => freeze.EnsureCanChangeAsync(input.UnitId, input.Year, input.QuestionCodes, ct));
        await gate.EnsureMayStartAsync(access.UserId, input.UnitId, ct);
        return input;
    }

    public async Task<UploadResponse> CreateAsync(UploadEvidenceInput input, StreamedUpload upload, CancellationToken ct)
    {
        var (type, fileName) = await VerifyAsync(upload, ct);
        var staged = upload.File!;
        await gate.EnsureFitsAsync(input.UnitId, staged.Length, ct);
        var title = input.Title ?? FileNameSanitizer.Segment(Path.GetFileNameWithoutExtension(fileName), "Eviden", 200);
        var userId = access.UserId;
        var now = access.UtcNow;

        var created = false;
        try
        {
            // Joins the caller's transaction when there is one (documents filed together with other records).
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            created = await StoreAsync(staged, type, ct);
            var item = new EvidenceItem
            {
                UnitId = input.UnitId,
                Title = title,
                Description = input.Description,
                DocumentDate = input.DocumentDate!.Value,
                Year = input.Year,
                AreaCode = input.AreaCode!,
                Tags = EvidenceItem.JoinTags(EvidenceItem.ParseTags(input.Tags)),
                UploadedById = userId,
            };
            var revision = NewRevision(item, 1, staged, type, fileName, userId, now);
            item.Revisions.Add(revision);
            foreach (var code in input.QuestionCodes)
            {
                item.Links.Add(new EvidenceLink { UnitId = input.UnitId, Year = input.Year, QuestionCode = code });
            }
            db.Add(item);
            await db.SaveChangesAsync(ct);
            item.CurrentRevisionId = revision.Id;
            await db.SaveChangesAsync(ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
            logger.LogInformation("Evidence {EvidenceId} uploaded by {UserId}: {Sha256}, {Length} bytes, {ContentType}, deduplicated {Deduplicated}",
                item.Id, userId, staged.Sha256, staged.Length, type.ContentType, !created);
            return new UploadResponse(true, created ? "Berhasil diunggah." : "Berhasil diunggah (isi berkas sama dengan berkas yang sudah tersimpan; disimpan sekali).",
                item.Id, item.Title, input.QuestionCodes, links.EvidenceDetails(item.Id), !created);
        }
        catch
        {
            await ForgetAsync(staged.Sha256, created);
            throw;
        }
    }

    /// <summary>
    /// Files a document the portal generated itself (for example the Pakta Integritas combined PDF) as a new
    /// evidence item linked to <see cref="GeneratedEvidence.QuestionCodes"/>. The calling feature has already
    /// authorised the user and checked the unit scope for its own data; codes, file type and the virus scan are
    /// checked here exactly as for a browser upload. Returns the new item's id.
    /// </summary>
    public async Task<int> FileGeneratedAsync(GeneratedEvidence document, CancellationToken ct)
    {
        var codes = await catalog.ValidateCodesAsync(document.QuestionCodes, ct);
        if (codes.Count == 0)
        {
            throw new DomainException("Pilih minimal satu kode pertanyaan LKE.");
        }
        await freeze.EnsureCanChangeAsync(document.UnitId, document.Year, codes, ct);
        await using var content = new MemoryStream(document.Content, writable: false);
        var staged = await intake.Store.StageAsync(content, MaxBytes, ct);
        await using var upload = new StreamedUpload(new Dictionary<string, string>(), staged, document.FileName);
        var input = new UploadEvidenceInput
        {
            UnitId = document.UnitId,
            Year = document.Year,
            AreaCode = ChangeAreas.FromLkeCode(codes[0]),
            Title = document.Title,
            Description = document.Description,
            DocumentDate = document.DocumentDate,
            Tags = document.Tags,
            QuestionCodes = [.. codes],
        };
        try
        {
            var response = await CreateAsync(input, upload, ct);
            return response.Id!.Value;
        }
        catch (UploadRejectedException ex)
        {
            throw new DomainException(ex.Message);
        }
    }

    /// <summary>Checks a new version's target item and rights before the file arrives; returns the item's id.</summary>
    public async Task<int> PrepareRevisionAsync(int itemId, CancellationToken ct)
    {
        var item = await db.Set<EvidenceItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null || item.IsDeleted)
        {
            throw new NotFoundException("Eviden tidak ditemukan.");
        }
        await access.EnsureEditAsync(item.UnitId, [item.AreaCode], ct);
        var links = await db.Set<EvidenceLink>().AsNoTracking().Where(l => l.EvidenceItemId == itemId)
            .Select(l => new { l.Year, l.QuestionCode }).ToListAsync(ct);
        await FrozenCheckAsync(() => freeze.EnsureCanChangeAsync(item.UnitId, links.Select(l => (l.Year, l.QuestionCode)), skipFinal: true, ct));
        await gate.EnsureMayStartAsync(access.UserId, item.UnitId, ct);
        return item.Id;
    }

    public async Task<UploadResponse> AddRevisionAsync(int itemId, StreamedUpload upload, CancellationToken ct)
    {
        var (type, fileName) = await VerifyAsync(upload, ct);
        var staged = upload.File!;
        var unitId = await db.Set<EvidenceItem>().AsNoTracking().Where(i => i.Id == itemId).Select(i => i.UnitId).FirstOrDefaultAsync(ct);
        await gate.EnsureFitsAsync(unitId, staged.Length, ct);
        var userId = access.UserId;
        var now = access.UtcNow;
        var created = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var item = await db.Set<EvidenceItem>().Include(i => i.Revisions).Include(i => i.Links)
                .FirstOrDefaultAsync(i => i.Id == itemId && i.DeletedAtUtc == null, ct) ?? throw new NotFoundException("Eviden tidak ditemukan.");
            await access.EnsureEditAsync(item.UnitId, [item.AreaCode], ct);
            if (item.Revisions.FirstOrDefault(r => r.Id == item.CurrentRevisionId)?.StoredFileSha256 == staged.Sha256)
            {
                throw new UploadRejectedException("Berkas ini sama persis dengan versi saat ini; tidak ada versi baru yang disimpan.");
            }
            created = await StoreAsync(staged, type, ct);
            var revision = NewRevision(item, item.NextRevisionNumber, staged, type, fileName, userId, now);
            item.Revisions.Add(revision);
            await db.SaveChangesAsync(ct);
            item.CurrentRevisionId = revision.Id;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            logger.LogInformation("Evidence {EvidenceId} revision {Revision} uploaded by {UserId}: {Sha256}", item.Id, revision.Number, userId, staged.Sha256);
            return new UploadResponse(true, $"Versi {revision.Number} berhasil diunggah.", item.Id, item.Title,
                item.Links.Select(l => l.QuestionCode).Distinct().ToList(), links.EvidenceDetails(item.Id), !created);
        }
        catch
        {
            await ForgetAsync(staged.Sha256, created);
            throw;
        }
    }

    /// <summary>Upload endpoints answer refusals before the file arrives as <see cref="UploadRejectedException"/> (409: the year is frozen).</summary>
    private static async Task FrozenCheckAsync(Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (DomainException ex)
        {
            throw new UploadRejectedException(ex.Message, StatusCodes.Status409Conflict);
        }
    }

    /// <summary>The intake's checks (empty, type by content, virus scan). Returns the detected type and the sanitised file name.</summary>
    private async Task<(FileTypeInfo Type, string FileName)> VerifyAsync(StreamedUpload upload, CancellationToken ct)
    {
        if (upload.File is null)
        {
            throw new UploadRejectedException(UploadMessages.NoFile);
        }
        var fileName = FileNameSanitizer.Sanitize(upload.FileName);
        var type = await intake.VerifyAsync(upload.File, fileName, UploadPurpose.Evidence, ct);
        return (type!, fileName);
    }

    /// <summary>Moves the staged file to its address and makes sure its <see cref="StoredFile"/> row exists. True when the content is new.</summary>
    private Task<bool> StoreAsync(StagedFile staged, FileTypeInfo type, CancellationToken ct) =>
        intake.StoreAsync(staged, type.ContentType, ct);

    private static EvidenceRevision NewRevision(EvidenceItem item, int number, StagedFile staged, FileTypeInfo type, string fileName, string userId, DateTime now) => new()
    {
        Item = item,
        Number = number,
        StoredFileSha256 = staged.Sha256,
        SizeBytes = staged.Length,
        ContentType = type.ContentType,
        FileName = fileName,
        Extension = Path.GetExtension(fileName).ToLowerInvariant() is { Length: > 0 } ext ? ext : type.CanonicalExtension,
        UploadedById = userId,
        UploadedAtUtc = now,
    };

    /// <summary>After a failed save: removes content this request added to the store, unless a record refers to it.</summary>
    private async Task ForgetAsync(string sha256, bool created)
    {
        db.ChangeTracker.Clear();
        await intake.ForgetAsync(sha256, created);
    }
}
