using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

/// <summary>
/// Password hashes are ASP.NET Core Identity's PBKDF2 (HMAC-SHA512) at Identity's own iteration count (100,000 in
/// .NET 10: ~50 ms of CPU per sign-in on this machine, by design). <c>Security:PasswordHashIterations</c> may raise it;
/// only the Testing environment may lower it (the test hosts do: a fifth of the test run's CPU was password hashing),
/// any other environment refuses a lower count at start-up. A hash records its own count, so existing hashes keep
/// verifying after a change, and Identity re-hashes an old, weaker one at the user's next sign-in.
/// </summary>
public static class PasswordHashing
{
    public const string IterationsKey = "Security:PasswordHashIterations";

    /// <summary>Identity's default: the floor outside the Testing environment.</summary>
    public static readonly int MinimumIterations = new PasswordHasherOptions().IterationCount;

    public static IServiceCollection AddPasswordHashing(this IServiceCollection services)
    {
        services.AddOptions<PasswordHasherOptions>()
            .Configure<IConfiguration>((o, config) =>
            {
                if (config.GetValue<int?>(IterationsKey) is { } iterations)
                {
                    o.IterationCount = iterations;
                }
            })
            .Validate<IHostEnvironment>((o, env) => o.IterationCount >= MinimumIterations || (env.IsEnvironment("Testing") && o.IterationCount >= 1),
                $"{IterationsKey} terlalu kecil: minimal {Fmt.Integer(MinimumIterations)} (nilai yang lebih kecil hanya untuk lingkungan Testing).")
            .ValidateOnStart();
        services.AddSingleton<SignInTimingDummy>();
        return services;
    }
}

/// <summary>
/// A hash made once with the portal's hasher settings and verified for an unknown, inactive or cooling-down account,
/// so that a refused sign-in costs the same as a wrong password and its timing reveals nothing.
/// </summary>
public sealed class SignInTimingDummy(IOptions<PasswordHasherOptions> options)
{
    private readonly Lazy<(AppUser User, string Hash)> _dummy = new(() =>
    {
        var user = new AppUser { UserName = "timing-dummy", FullName = "timing-dummy" };
        return (user, new PasswordHasher<AppUser>(options).HashPassword(user, Guid.NewGuid().ToString("N")));
    });

    public AppUser User => _dummy.Value.User;

    public string Hash => _dummy.Value.Hash;
}
