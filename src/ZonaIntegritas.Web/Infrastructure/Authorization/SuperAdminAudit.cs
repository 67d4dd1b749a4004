using Microsoft.AspNetCore.Http.Extensions;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// The single place a Super Admin's reach outside his own unit is recorded: a structured Information entry
/// (<c>SuperAdminAccess</c>, event id 4100) per unit per request, with user, unit, method and path. The audit
/// log (issue 18) picks these up by this method.
/// </summary>
public sealed partial class SuperAdminAudit(ILogger<SuperAdminAudit> logger, IHttpContextAccessor http)
{
    public void LogAccess(string? userId, int unitId)
    {
        var request = http.HttpContext?.Request;
        SuperAdminAccess(logger, userId ?? "-", unitId, request?.Method ?? "-", request is null ? "-" : request.GetEncodedPathAndQuery());
    }

    [LoggerMessage(EventId = 4100, EventName = "SuperAdminAccess", Level = LogLevel.Information,
        Message = "SuperAdminAccess: user {UserId} acted on unit {UnitId} outside own subtree ({Method} {Path})")]
    private static partial void SuperAdminAccess(ILogger logger, string userId, int unitId, string method, string path);
}
