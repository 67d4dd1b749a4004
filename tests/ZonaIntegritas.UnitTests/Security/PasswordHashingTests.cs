using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

namespace ZonaIntegritas.UnitTests.Security;

/// <summary>The password-hash cost: Identity's default everywhere, lowered only in the Testing environment.</summary>
public class PasswordHashingTests
{
    private static IServiceProvider Services(string environment, string? iterations)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PasswordHashing.IterationsKey] = iterations }).Build());
        services.AddSingleton<IHostEnvironment>(new Environment(environment));
        services.AddPasswordHashing();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Without_a_setting_the_hash_uses_identitys_default_of_at_least_100000_iterations()
    {
        var options = Services(Environments.Production, null).GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        options.IterationCount.ShouldBe(PasswordHashing.MinimumIterations);
        PasswordHashing.MinimumIterations.ShouldBeGreaterThanOrEqualTo(100_000);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    [InlineData("Staging")]
    public void A_lower_count_is_refused_outside_the_testing_environment(string environment)
    {
        var error = Should.Throw<OptionsValidationException>(() =>
            Services(environment, "1000").GetRequiredService<IOptions<PasswordHasherOptions>>().Value);
        error.Message.ShouldContain("Security:PasswordHashIterations terlalu kecil: minimal 100.000");
    }

    [Fact]
    public void The_testing_environment_may_lower_it_and_a_higher_count_is_allowed_anywhere()
    {
        Services("Testing", "1000").GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount.ShouldBe(1000);
        Services(Environments.Production, "210000").GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount.ShouldBe(210_000);
    }

    [Fact]
    public void The_timing_dummy_is_hashed_with_the_configured_cost()
    {
        var services = Services("Testing", "1000");
        var dummy = services.GetRequiredService<SignInTimingDummy>();
        var hasher = new PasswordHasher<AppUser>(services.GetRequiredService<IOptions<PasswordHasherOptions>>());
        hasher.VerifyHashedPassword(dummy.User, dummy.Hash, "wrong").ShouldBe(PasswordVerificationResult.Failed);
        // Identity v3 hashes carry their iteration count (big-endian, bytes 5..8): the dummy costs what a real hash costs.
        var bytes = Convert.FromBase64String(dummy.Hash);
        (bytes[5] << 24 | bytes[6] << 16 | bytes[7] << 8 | bytes[8]).ShouldBe(1000);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "ZonaIntegritas.Web";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
