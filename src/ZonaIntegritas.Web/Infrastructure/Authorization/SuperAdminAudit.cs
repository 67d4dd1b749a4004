using Microsoft.AspNetCore.Http.Extensions;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// Records every unit a Super Admin reaches outside his own subtree: an event in the audit log (hash-chained,
/// shown in Log Audit) and a structured log line (event id 4100).
/// </summary>
public sealed partial class SuperAdminAudit(ILogger<SuperAdminAudit> logger, IHttpContextAccessor http, IAuditTrail trail)
{
    public async Task LogAccessAsync(string? userId, int unitId, CancellationToken ct = default)
    {
        var request = http.HttpContext?.Request;
        var method = request?.Method ?? "-";
        var path = request is null ? "-" : request.GetEncodedPathAndQuery();
        SuperAdminAccess(logger, userId ?? "-", unitId, method, path);
        await trail.RecordEventAsync(AuditEvents.SuperAdminAccess, userId, unitId,
            new Dictionary<string, string?> { ["Method"] = method, ["Path"] = path }, ct: ct);
    }

    [LoggerMessage(EventId = 4100, EventName = "SuperAdminAccess", Level = LogLevel.Information,
        Message = "SuperAdminAccess: user {UserId} acted on unit {UnitId} outside own subtree ({Method} {Path})")]
    private static partial void SuperAdminAccess(ILogger logger, string userId, int unitId, string method, string path);
}
