using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;
using ZonaIntegritas.Web.Infrastructure.Identity.SignIn;

namespace ZonaIntegritas.Web.Configuration;

public static class IdentitySetup
{
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddStartupTask<Infrastructure.Identity.DataProtectionKeyImport>();
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // ASVS 2.1: length, no composition rules; the rest is PasswordPolicyValidator.
                o.Password.RequiredLength = PasswordPolicyValidator.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicyValidator>();
        services.AddPasswordHashing();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/akun/masuk";
            o.LogoutPath = "/akun/keluar";
            o.AccessDeniedPath = "/akun/akses-ditolak";
            o.Cookie.Name = "zi.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            // Each cookie is a server-side session (UserSession): checked on every request, ended at sign-out,
            // on a password change or deactivation, after the idle timeout and after the absolute lifetime.
            o.EventsType = typeof(SessionCookieEvents);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SignInSessionOptions>, IHostEnvironment>((o, session, env) =>
            {
                o.ExpireTimeSpan = session.Value.IdleTimeout;
                o.Cookie.SecurePolicy = SecureCookies.Policy(env);
            });
        services.AddOptions<SignInSessionOptions>().BindConfiguration(SignInSessionOptions.Section);
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<CurrentSession>();
        services.AddSingleton<SignInCoolDown>();
        services.AddScoped<SignInLanding>();
        // The short-lived cookie between the password and the second factor: as strict as the sign-in cookie.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<IHostEnvironment>((o, env) =>
            {
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = SecureCookies.Policy(env);
            });
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((o, env) => o.Cookie.SecurePolicy = SecureCookies.Policy(env));

        // Keys live in the database: every web node on it shares them (a cookie issued by one is read by the
        // other), and the database backup holds them. Keys an older version kept under {DataPath}/keys are
        // imported once at start-up (DataProtectionKeyImport).
        services.AddDataProtection().SetApplicationName("ZonaIntegritas").PersistKeysToDbContext<AppDbContext>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
