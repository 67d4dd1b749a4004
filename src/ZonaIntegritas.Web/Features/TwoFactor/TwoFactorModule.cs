namespace ZonaIntegritas.Web.Features.TwoFactor;

public static class TwoFactorModule
{
    public static IServiceCollection AddTwoFactor(this IServiceCollection services) => services.AddScoped<TwoFactorService>();
}
