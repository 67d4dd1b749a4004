using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Account;

namespace ZonaIntegritas.UnitTests.Platform;

public class ValidationSetupTests
{
    private static readonly Type[] ValidatorTypes = typeof(ValidationSetup).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsValidatorInterface))
        .ToArray();

    private static bool IsValidatorInterface(Type i) => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>);

    [Fact]
    public void Assembly_scan_registers_every_validator_of_the_portal_once_as_a_singleton()
    {
        var services = new ServiceCollection().AddPortalValidation();

        ValidatorTypes.Length.ShouldBeGreaterThanOrEqualTo(33);
        foreach (var validatorType in ValidatorTypes)
        {
            var serviceType = validatorType.GetInterfaces().Single(IsValidatorInterface);
            var registrations = services.Where(d => d.ServiceType == serviceType).ToList();
            registrations.Count.ShouldBe(1, $"{serviceType} is registered {registrations.Count} times");
            registrations[0].ImplementationType.ShouldBe(validatorType);
            registrations[0].Lifetime.ShouldBe(ServiceLifetime.Singleton);
        }
    }

    [Fact]
    public async Task Scanned_validator_resolves_and_validates_like_the_action_calls_it()
    {
        using var provider = new ServiceCollection().AddPortalValidation().BuildServiceProvider(validateScopes: true);

        var validator = provider.GetRequiredService<IValidator<LoginInput>>();
        var result = await validator.ValidateAsync(new LoginInput());

        result.IsValid.ShouldBeFalse();
    }
}
