namespace ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

/// <summary>How <see cref="DomainExceptionFilter"/> answers a broken domain rule for one kind of action.</summary>
public enum DomainErrorResponse
{
    /// <summary>Flash the message (<c>TempData["Error"]</c>) and redirect back: declared target, returnUrl, Referer, home.</summary>
    RedirectBack,

    /// <summary>Add the message to ModelState and run the action once more; it skips its write and renders the form
    /// (or, for htmx, its fragment) with the error. The action asks <see cref="DomainErrorHttpContextExtensions.DomainError"/>.</summary>
    Form,

    /// <summary>A small alert fragment for htmx targets.</summary>
    Htmx,

    /// <summary><c>{ ok: false, message }</c> with status 400 (script uploads).</summary>
    Json,
}

/// <summary>Declares the response kind (and, for redirects, the target) of an action or controller.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = true)]
public sealed class OnDomainErrorAttribute(DomainErrorResponse response) : Attribute
{
    public DomainErrorResponse Response { get; } = response;

    /// <summary>Redirect target action (<see cref="DomainErrorResponse.RedirectBack"/>); same controller unless <see cref="Controller"/>.</summary>
    public string? Action { get; init; }

    public string? Controller { get; init; }

    /// <summary>Route values for the target, read from the action's arguments or their properties (case-insensitive).</summary>
    public string[] RouteKeys { get; init; } = [];
}
