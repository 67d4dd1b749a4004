using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>
/// For streaming upload actions: refuses a request without the antiforgery header before anything reads the
/// body. (Without the header, antiforgery validation would fall back to reading – and buffering – the whole form.)
/// Runs before <see cref="ValidateAntiForgeryTokenAttribute"/>, which still validates the token itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireAntiforgeryHeaderAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        if (options.HeaderName is { } header && string.IsNullOrEmpty(context.HttpContext.Request.Headers[header]))
        {
            context.Result = new JsonResult(new { ok = false, message = "Sesi halaman kedaluwarsa. Muat ulang halaman, lalu coba lagi." })
            {
                StatusCode = StatusCodes.Status400BadRequest,
            };
        }
    }
}
