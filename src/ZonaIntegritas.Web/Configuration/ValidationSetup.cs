using FluentValidation;

namespace ZonaIntegritas.Web.Configuration;

public static class ValidationSetup
{
    /// <summary>
    /// Every <c>…InputValidator</c> in the portal, found by assembly scan (FluentValidation.DependencyInjectionExtensions).
    /// Singletons: validators hold no state and take no dependencies. Actions still call <c>ValidateAsync</c>
    /// themselves and copy the errors to ModelState; there is no automatic MVC validation (ADR 0007).
    /// </summary>
    public static IServiceCollection AddPortalValidation(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining(typeof(ValidationSetup), ServiceLifetime.Singleton);
        return services;
    }
}
